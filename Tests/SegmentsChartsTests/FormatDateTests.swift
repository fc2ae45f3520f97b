import Testing
@testable import SegmentsCharts

/// UTC calendar arithmetic and date labels in both languages.
@Suite("Formatting dates")
struct FormatDateTests {
    static let nbsp = "\u{00A0}"

    @Test("Unix seconds to UTC dates", arguments: [
        (0.0, CivilDate(year: 1970, month: 1, day: 1)),
        (-1, CivilDate(year: 1969, month: 12, day: 31)),
        (1_514_764_800, CivilDate(year: 2018, month: 1, day: 1)),
        (1_456_704_000, CivilDate(year: 2016, month: 2, day: 29)),
        (1_539_797_418, CivilDate(year: 2018, month: 10, day: 17)),
        (951_782_400, CivilDate(year: 2000, month: 2, day: 29)),
    ] as [(Double, CivilDate)])
    func fromSeconds(seconds: Double, date: CivilDate) {
        #expect(CivilDate(unixSeconds: seconds) == date)
    }

    @Test("days round-trip through dates, and consecutive days are consecutive dates")
    func roundTrip() {
        var previous = CivilDate(daysSinceEpoch: -200_000)
        for days in -199_999...200_000 where days % 7 == 0 || days < -199_990 {
            let date = CivilDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(previous < date)
            previous = date
        }
    }

    @Test("month arithmetic crosses years in both directions")
    func months() {
        let december = CivilDate(year: 2017, month: 12, day: 15)
        #expect(december.firstOfMonth(adding: 1) == CivilDate(year: 2018, month: 1, day: 1))
        #expect(december.firstOfMonth(adding: -12) == CivilDate(year: 2016, month: 12, day: 1))
        #expect(december.firstOfMonth(adding: 25) == CivilDate(year: 2020, month: 1, day: 1))
        #expect(CivilDate(year: 1, month: 1, day: 1).firstOfMonth(adding: -1) == CivilDate(year: 0, month: 12, day: 1))
        #expect(CivilDate(year: 2018, month: 11, day: 1).quarter == 4)
    }

    @Test("month, quarter and day labels")
    func labels() {
        let date = CivilDate(year: 2018, month: 1, day: 17)
        #expect(ReportLanguage.en.monthYear(date) == "Jan\(Self.nbsp)2018")
        #expect(ReportLanguage.fr.monthYear(date) == "janv.\(Self.nbsp)2018")
        #expect(ReportLanguage.fr.monthYear(CivilDate(year: 2017, month: 8, day: 1)) == "août\(Self.nbsp)2017")
        #expect(ReportLanguage.en.quarterYear(date) == "Q1\(Self.nbsp)2018")
        #expect(ReportLanguage.fr.quarterYear(CivilDate(year: 2017, month: 11, day: 24)) == "T4\(Self.nbsp)2017")
        #expect(ReportLanguage.en.day(date) == "Jan\(Self.nbsp)17, 2018")
        #expect(ReportLanguage.fr.day(date) == "17\(Self.nbsp)janv.\(Self.nbsp)2018")
        #expect(ReportLanguage.fr.day(CivilDate(year: 2018, month: 5, day: 1)) == "1er\(Self.nbsp)mai\(Self.nbsp)2018")
        #expect(ReportLanguage.fr.isoDate(CivilDate(year: 2018, month: 5, day: 1)) == "2018-05-01")
    }

    @Test("every language names twelve months")
    func monthNames() {
        for language in ReportLanguage.allCases {
            #expect(language.shortMonthNames.count == 12)
            #expect(language.monthNames.count == 12)
        }
    }
}

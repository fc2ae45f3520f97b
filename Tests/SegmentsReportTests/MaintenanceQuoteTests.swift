import Foundation
import SegmentsCharts
import Testing
@testable import SegmentsReport

@Suite("maintenance quote arithmetic")
struct MaintenanceQuoteTests {
    static let issued = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14 22:13 UTC

    static func basis(_ days: Double?, lowerBound: Bool = false) -> QuoteBasis {
        QuoteBasis(
            intervalDays: days, isLowerBound: lowerBound, threshold: 0.8, firstDate: CivilDate(year: 2017, month: 1, day: 1),
            lastDate: CivilDate(year: 2018, month: 8, day: 31), medianARI: [])
    }

    @Test("known answers: 91 days → 5 interventions; lines, totals and tax in cents")
    func knownAnswers() {
        let terms = MaintenanceQuote.Terms(
            dayRate: 850, days: [.dataRefresh: 0.5, .retraining: 1.25, .checks: 0.5, .report: 1], monthlyFee: 99.99,
            taxRate: 0.2, validityDays: 30)
        let quote = MaintenanceQuote(terms: terms, basis: Self.basis(91), dataPeriod: nil, issuedAt: Self.issued)
        #expect(quote.interventionsPerYear == 5)  // 365.25 / 91 = 4.01 → 5
        #expect(quote.lines.map(\.amount) == [425, 1062.5, 425, 850])
        #expect(quote.daysPerIntervention == 3.25)
        #expect(quote.pricePerIntervention == 2762.5)
        #expect(quote.interventionsAmount == 13812.5)
        #expect(quote.monitoringAmount == 1199.88)
        #expect(quote.totalBeforeTax == 15012.38)
        #expect(quote.tax == 3002.48)  // 3002.476 → 3002.48
        #expect(quote.totalAfterTax == 18014.86)
        #expect(quote.issueDate == CivilDate(year: 2023, month: 11, day: 14))
        #expect(quote.validUntil == CivilDate(year: 2023, month: 12, day: 14))
        #expect(quote.dataPeriod == CivilDate(year: 2017, month: 1, day: 1)...CivilDate(year: 2018, month: 8, day: 31))
    }

    @Test(
        "interventions per year = ⌈365.25 / interval⌉, at least one",
        arguments: [
            (30.0, 13), (365.25, 1), (365.0, 2), (400.0, 1), (2000.0, 1), (7.0, 53), (0.2, 366), (182.625, 2), (182.0, 3),
        ])
    func interventions(days: Double, expected: Int) {
        let quote = MaintenanceQuote(terms: .init(), basis: Self.basis(days), dataPeriod: nil, issuedAt: Self.issued)
        #expect(quote.interventionsPerYear == expected)
    }

    @Test(
        "a lower bound of a whole year counts one intervention; a shorter one is rounded up",
        arguments: [(365.0, 1), (366.0, 1), (364.0, 2), (200.0, 2), (90.0, 5)])
    func lowerBoundInterventions(days: Double, expected: Int) {
        let quote = MaintenanceQuote(terms: .init(), basis: Self.basis(days, lowerBound: true), dataPeriod: nil, issuedAt: Self.issued)
        #expect(quote.interventionsPerYear == expected)
    }

    @Test("no interval measured, or no basis at all: one intervention a year, the data's period kept")
    func noInterval() {
        let period = CivilDate(year: 2016, month: 9, day: 4)...CivilDate(year: 2018, month: 10, day: 17)
        let none = MaintenanceQuote(terms: .init(), basis: nil, dataPeriod: period, issuedAt: Self.issued)
        #expect(none.interventionsPerYear == 1)
        #expect(none.dataPeriod == period)
        let unmeasured = MaintenanceQuote(terms: .init(), basis: Self.basis(nil), dataPeriod: period, issuedAt: Self.issued)
        #expect(unmeasured.interventionsPerYear == 1)
        // Defaults: 3 days at R$4,000, 15 % tax.
        #expect(none.pricePerIntervention == 12_000 && none.totalBeforeTax == 12_000 && none.tax == 1_800 && none.totalAfterTax == 13_800)
        #expect(none.monitoringAmount == nil)
    }

    @Test("a lower bound is priced like a measured interval: at most that many interventions")
    func lowerBound() {
        let quote = MaintenanceQuote(terms: .init(), basis: Self.basis(120, lowerBound: true), dataPeriod: nil, issuedAt: Self.issued)
        #expect(quote.interventionsPerYear == 4)  // 365.25 / 120 = 3.04 → 4
        #expect(quote.basis?.isLowerBound == true)
        #expect(quote.totalBeforeTax == 48_000)
    }

    @Test("half cents round away from zero, as written")
    func rounding() {
        #expect(MaintenanceQuote.cents(1.005) == 101)
        #expect(MaintenanceQuote.cents(2.675) == 268)
        #expect(MaintenanceQuote.cents(0.125) == 13)
        #expect(MaintenanceQuote.cents(1_234_567.894) == 123_456_789)
        let terms = MaintenanceQuote.Terms(dayRate: 333.33, days: [.retraining: 1.5], taxRate: 0.075, validityDays: 1)
        let quote = MaintenanceQuote(terms: terms, basis: nil, dataPeriod: nil, issuedAt: Self.issued)
        #expect(quote.lines.map(\.amount) == [500])  // 499.995 → 500.00
        #expect(quote.tax == 37.5)
        #expect(quote.totalAfterTax == 537.5)
        #expect(quote.lines.map(\.task) == [.retraining])  // tasks without days are left out
    }

    @Test("amounts are formatted per language with the configured currency")
    func formatting() {
        #expect(ReportLanguage.en.money(1234.56, currency: .eur) == "€1,234.56")
        #expect(ReportLanguage.fr.money(1234.56, currency: .eur) == "1\u{202F}234,56\u{00A0}€")
        #expect(ReportLanguage.en.money(18014.86, currency: .brl) == "R$18,014.86")
        #expect(ReportLanguage.fr.money(18014.86, currency: .brl) == "18\u{202F}014,86\u{00A0}R$")
    }
}

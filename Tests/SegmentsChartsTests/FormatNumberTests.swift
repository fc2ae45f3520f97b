import Testing
@testable import SegmentsCharts

/// Number, percentage, money and compact formatting in both languages.
@Suite("Formatting numbers")
struct FormatNumberTests {
    static let nnbsp = "\u{202F}"
    static let nbsp = "\u{00A0}"
    static let minus = "\u{2212}"

    @Test("numbers are grouped and rounded per language", arguments: [
        (1234.56, 2, "1,234.56", "1\(nnbsp)234,56"),
        (1_234_567, 0, "1,234,567", "1\(nnbsp)234\(nnbsp)567"),
        (999, 0, "999", "999"),
        (0, 1, "0.0", "0,0"),
        (0.5, 0, "1", "1"),
        (2.5, 0, "3", "3"),
        (-1234.5, 1, "\(minus)1,234.5", "\(minus)1\(nnbsp)234,5"),
        (-0.001, 2, "0.00", "0,00"),
        (0.125, 2, "0.13", "0,13"),
    ] as [(Double, Int, String, String)])
    func numbers(value: Double, decimals: Int, english: String, french: String) {
        #expect(ReportLanguage.en.number(value, decimals: decimals) == english)
        #expect(ReportLanguage.fr.number(value, decimals: decimals) == french)
    }

    @Test("non-finite numbers are written as a dash")
    func nonFinite() {
        for language in ReportLanguage.allCases {
            #expect(language.number(.nan) == "\u{2014}")
            #expect(language.money(.infinity, currency: .brl) == "\u{2014}")
            #expect(language.percent(.nan) == "\u{2014}")
            #expect(language.compact(-.infinity) == "\u{2014}")
        }
    }

    @Test("whole numbers")
    func integers() {
        #expect(ReportLanguage.en.integer(96_096) == "96,096")
        #expect(ReportLanguage.fr.integer(96_096) == "96\(Self.nnbsp)096")
        #expect(ReportLanguage.fr.integer(-7) == "\(Self.minus)7")
    }

    @Test("percentages: 97.1% and 97,1 % with a narrow no-break space")
    func percentages() {
        #expect(ReportLanguage.en.percent(0.971) == "97.1%")
        #expect(ReportLanguage.fr.percent(0.971) == "97,1\(Self.nnbsp)%")
        #expect(ReportLanguage.en.percent(0.03, decimals: 0) == "3%")
        #expect(ReportLanguage.fr.percent(1, decimals: 0) == "100\(Self.nnbsp)%")
    }

    @Test("money: R$1,234.56 and 1 234,56 R$")
    func money() {
        #expect(ReportLanguage.en.money(1234.56, currency: .brl) == "R$1,234.56")
        #expect(ReportLanguage.fr.money(1234.56, currency: .brl) == "1\(Self.nnbsp)234,56\(Self.nbsp)R$")
        #expect(ReportLanguage.en.money(-5, currency: .brl) == "\(Self.minus)R$5.00")
        #expect(ReportLanguage.fr.money(-5, currency: .brl) == "\(Self.minus)5,00\(Self.nbsp)R$")
        #expect(ReportLanguage.en.money(1500, currency: .eur, decimals: 0) == "€1,500")
        #expect(ReportLanguage.fr.money(1500, currency: .eur, decimals: 0) == "1\(Self.nnbsp)500\(Self.nbsp)€")
    }

    @Test("compact labels: 12k / 12 k, 1.2M / 1,2 M", arguments: [
        (12_000, "12k", "12\(nbsp)k"),
        (1_500, "1.5k", "1,5\(nbsp)k"),
        (1_200_000, "1.2M", "1,2\(nbsp)M"),
        (3_400_000_000, "3.4B", "3,4\(nbsp)Md"),
        (999_999.6, "1M", "1\(nbsp)M"),
        (950, "950", "950"),
        (0, "0", "0"),
        (-2_000, "\(minus)2k", "\(minus)2\(nbsp)k"),
    ] as [(Double, String, String)])
    func compact(value: Double, english: String, french: String) {
        #expect(ReportLanguage.en.compact(value) == english)
        #expect(ReportLanguage.fr.compact(value) == french)
    }

    @Test("axis labels take their precision from the tick step")
    func axisLabels() {
        let count = ValueFormat.count
        #expect([0, 500_000, 1_000_000, 1_500_000].map { count.axisLabel($0, step: 500_000, language: .en) }
            == ["0", "500k", "1M", "1.5M"])
        #expect([0.002, 0.004, 0.012].map { count.axisLabel($0, step: 0.002, language: .en) } == ["0.002", "0.004", "0.012"])
        #expect(count.axisLabel(0.30000000000000004, step: 0.1, language: .fr) == "0,3")
        let percent = ValueFormat.percent(decimals: 1)
        #expect(percent.axisLabel(0.2, step: 0.2, language: .en) == "20%")
        #expect(percent.axisLabel(0.025, step: 0.005, language: .fr) == "2,5\(Self.nnbsp)%")
        let money = ValueFormat.money(.brl, decimals: 2)
        #expect(money.axisLabel(12_000, step: 2_000, language: .en) == "R$12k")
        #expect(money.axisLabel(12_000, step: 2_000, language: .fr) == "12\(Self.nbsp)k\(Self.nbsp)R$")
    }

    @Test("value formats write full values")
    func valueFormats() {
        #expect(ValueFormat.count.format(96_096, language: .fr) == "96\(Self.nnbsp)096")
        #expect(ValueFormat.money(.brl, decimals: 2).format(160.99, language: .en) == "R$160.99")
        #expect(ValueFormat.percent(decimals: 1).format(0.031, language: .fr) == "3,1\(Self.nnbsp)%")
    }
}

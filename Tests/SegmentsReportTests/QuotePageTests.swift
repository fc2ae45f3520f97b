import Foundation
import SegmentsAnalytics
import SegmentsCharts
import Testing
@testable import SegmentsReport

@Suite("quote page")
struct QuotePageTests {
    /// A measured basis with a falling median ARI curve.
    static let basis = QuoteBasis(
        intervalDays: 97.4, isLowerBound: false, threshold: 0.8, firstDate: CivilDate(year: 2016, month: 10, day: 1),
        lastDate: CivilDate(year: 2018, month: 8, day: 29),
        medianARI: (0..<10).map { step in
            .init(date: CivilDate(year: 2017, month: 10, day: 1).firstOfMonth(adding: step), value: 1 - 0.045 * Double(step))
        })

    static let terms = MaintenanceQuote.Terms(
        client: "ACME <Retail> & Co", provider: "Data & Co", number: "Q-2026-07", currency: .eur, dayRate: 1_234.5,
        days: [.dataRefresh: 0.5, .retraining: 1, .checks: 0.5, .report: 1], monthlyFee: 150, taxRate: 0.2, validityDays: 45)

    static func site(_ language: ReportLanguage, basis: QuoteBasis?) throws -> Site {
        let dataset = try EDAReportFixture.dataset(EDAReportFixture.texts())
        var analyses = EDAReportFixture.analyses(dataset)
        analyses.quoteBasis = basis
        var request = EDAReportFixture.request(language)
        request.quote = terms
        return try ReportBuilder(templates: TemplateLibrary(), request: request).build(dataset: dataset, analyses: analyses)
    }

    @Test("quote.html validates, is in the navigation and prices the measured interval", arguments: ReportLanguage.allCases)
    func measured(language: ReportLanguage) throws {
        let site = try Self.site(language, basis: Self.basis)
        #expect(site.validationIssues().isEmpty, "\(site.validationIssues())")
        let html = EDAReportFixture.text(site, "quote.html")
        #expect(html.contains("lang=\"\(language.rawValue)\""))
        #expect(EDAReportFixture.text(site, "index.html").contains("href=\"quote.html\""))
        #expect(html.contains("aria-current=\"page\">\(language == .en ? "Maintenance quote" : "Devis de maintenance")</a>"))
        // Markup in configured text renders as text.
        #expect(html.contains("ACME &lt;Retail&gt; &amp; Co"))
        #expect(!html.contains("<Retail>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 1)
        // 365.25 / 97.4 → 4 interventions; 3 days × €1,234.50 = €3,703.50; €150 × 12 = €1,800.
        let amounts: [String]
        if language == .en {
            amounts = ["€617.25", "€1,234.50", "€3,703.50", "€14,814.00", "€1,800.00", "€16,614.00", "€3,322.80", "€19,936.80"]
            #expect(html.contains(language.day(CivilDate(year: 2023, month: 11, day: 14))))
            #expect(html.contains(language.day(CivilDate(year: 2023, month: 12, day: 29))))
            #expect(html.contains("4 interventions a year"))
        } else {
            let space = "\u{202F}"
            amounts = ["617,25\u{00A0}€", "1\(space)234,50\u{00A0}€", "3\(space)703,50\u{00A0}€", "14\(space)814,00\u{00A0}€",
                       "1\(space)800,00\u{00A0}€", "16\(space)614,00\u{00A0}€", "3\(space)322,80\u{00A0}€", "19\(space)936,80\u{00A0}€"]
            #expect(html.contains("4 interventions par an"))
        }
        for amount in amounts { #expect(html.contains(amount), "missing \(amount)") }
        // results.json → quote holds every line and total.
        let json = try #require(site["data/results.json"])
        let results = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let quote = try #require(results["quote"] as? [String: Any])
        #expect(quote["interventions_per_year"] as? Int == 4)
        #expect(quote["total_after_tax"] as? Double == 19_936.8)
        #expect(quote["monitoring_amount"] as? Double == 1_800)
        #expect(quote["issue_date"] as? String == "2023-11-14")
        #expect(quote["valid_until"] as? String == "2023-12-29")
        #expect((quote["lines"] as? [[String: Any]])?.count == 4)
        if let directory = ProcessInfo.processInfo.environment["SEGMENTS_QUOTE_PAGES"] {
            try Data(EDAReportFixture.text(site, "quote.html").utf8).write(
                to: URL(fileURLWithPath: directory).appendingPathComponent("quote-\(language.rawValue).html"))
        }
    }

    @Test("without a measured interval the quote says so and assumes one intervention a year", arguments: ReportLanguage.allCases)
    func unmeasured(language: ReportLanguage) throws {
        let site = try Self.site(language, basis: nil)
        #expect(site.validationIssues().isEmpty, "\(site.validationIssues())")
        let html = EDAReportFixture.text(site, "quote.html")
        #expect(html.contains(language == .en ? "No maintenance interval was measured" : "Aucun intervalle de maintenance n’a été mesuré"))
        #expect(!html.contains("<svg"))
        let json = try #require(site["data/results.json"])
        let quote = try #require((try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])?["quote"] as? [String: Any])
        #expect(quote["interventions_per_year"] as? Int == 1)
        #expect(quote["interval_measured"] as? Bool == false)
    }

    @Test("a lower bound is said as one")
    func lowerBound() throws {
        var basis = Self.basis
        basis.isLowerBound = true
        basis.intervalDays = 240
        let html = EDAReportFixture.text(try Self.site(.en, basis: basis), "quote.html")
        #expect(html.contains("never fell below 0.80"))
        #expect(html.contains("at least 240\u{00A0}days"))
    }
}

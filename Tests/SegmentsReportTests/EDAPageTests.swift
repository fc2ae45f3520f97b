import Foundation
import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading
import Testing
@testable import SegmentsReport

@Suite("EDA page")
struct EDAPageTests {
    static let sections = EDAPage.sections.map(\.id)

    @Test("eda.html is well-formed, has every section and a figure with a caption per chart", arguments: ReportLanguage.allCases)
    func page(language: ReportLanguage) throws {
        let site = try EDAReportFixture.site(language)
        #expect(site.validationIssues().isEmpty, "\(site.validationIssues())")
        let html = EDAReportFixture.text(site, "eda.html")
        for id in Self.sections {
            #expect(html.contains("<section id=\"\(id)\""), "missing section \(id)")
            #expect(html.contains("href=\"#\(id)\""), "missing contents link to \(id)")
        }
        let figures = html.components(separatedBy: "<figure").count - 1
        #expect(figures == 12)
        #expect(html.components(separatedBy: "<figcaption>").count - 1 == figures)
        #expect(html.components(separatedBy: "<svg").count - 1 == figures)
        #expect(html.contains("lang=\"\(language.rawValue)\""))
        #expect(html.contains("href=\"data/rfm.csv\""))
        #expect(html.contains("aria-current=\"page\">\(language == .fr ? "Exploration" : "Exploration")</a>"))
    }

    @Test("figures and commentary are written in the page's language")
    func languages() throws {
        let english = EDAReportFixture.text(try EDAReportFixture.site(.en), "eda.html")
        let french = EDAReportFixture.text(try EDAReportFixture.site(.fr), "eda.html")
        // 2,040 valid orders; 97.5 % of buyers ordered once; R$ amounts; the median repeat buyer sentence.
        #expect(english.contains("2,040 valid orders"))
        #expect(french.contains("2\u{202F}040 commandes valides"))
        #expect(english.contains("97.5% of buyers ordered only once"))
        #expect(french.contains("97,5\u{202F}% des acheteurs n’ont commandé qu’une fois"))
        #expect(english.contains("The median buyer who comes back does so after 31\u{00A0}days"))
        #expect(french.contains("L’acheteur médian qui revient le fait au bout de 31\u{00A0}jours"))
        #expect(english.contains("R$104.53"))
        #expect(french.contains("104,53\u{00A0}R$"))
        #expect(!french.contains("Key figures") && french.contains("Chiffres clés"))
    }

    @Test("the overview's headline figures come from the exploratory analysis")
    func overview() throws {
        let site = try EDAReportFixture.site(.en)
        let html = EDAReportFixture.text(site, "index.html")
        #expect(html.contains("<span class=\"value\">2,040</span><span class=\"label\">valid orders"))
        #expect(html.contains("<span class=\"value\">1,980</span><span class=\"label\">buyers"))
        #expect(html.contains("href=\"eda.html\""))
    }

    @Test("a dataset whose orders are all canceled still renders a valid page")
    func degenerate() throws {
        var texts = try EDAReportFixture.texts()
        let orders = OlistFile.orders.rawValue
        texts[orders] = texts[orders]!.replacingOccurrences(of: ",delivered,", with: ",canceled,")
            .replacingOccurrences(of: ",shipped,", with: ",canceled,").replacingOccurrences(of: ",invoiced,", with: ",canceled,")
            .replacingOccurrences(of: ",processing,", with: ",canceled,").replacingOccurrences(of: ",approved,", with: ",canceled,")
            .replacingOccurrences(of: ",created,", with: ",canceled,")
        let dataset = try EDAReportFixture.dataset(texts)
        let site = try EDAReportFixture.site(dataset, language: .fr)
        #expect(site.validationIssues().isEmpty, "\(site.validationIssues())")
        let html = EDAReportFixture.text(site, "eda.html")
        #expect(html.contains("Aucune donnée"))
        let rfm = EDAReportFixture.text(site, "data/rfm.csv")
        #expect(rfm == RFMExport.header + "\n")
    }
}

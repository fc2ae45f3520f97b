import Foundation
import SegmentsCharts
import SegmentsLoading
import Testing
@testable import SegmentsReport

@Suite("EDA escaping")
struct EDAEscapingTests {
    @Test("category, state, city and origin names from the data render escaped only", arguments: ReportLanguage.allCases)
    func script(language: ReportLanguage) throws {
        var texts = try EDAReportFixture.texts()
        let translation = OlistFile.categoryTranslation.rawValue
        let customers = OlistFile.customers.rawValue
        texts[translation] = texts[translation]!.replacingOccurrences(of: ",health_beauty", with: ",<script>alert(1)</script>")
        texts[customers] = texts[customers]!.replacingOccurrences(of: ",SP\n", with: ",<script>alert(2)</script>\n")
            .replacingOccurrences(of: ",santo andre,", with: ",\"<img src=x onerror=alert(3)>\",")
        let dataset = try EDAReportFixture.dataset(texts, origin: "<script>alert(4)</script>")
        let site = try EDAReportFixture.site(dataset, language: language)
        #expect(site.validationIssues().isEmpty, "\(site.validationIssues())")
        for page in ["eda.html", "index.html"] {
            let html = EDAReportFixture.text(site, page)
            #expect(!html.contains("<script"), "raw script tag in \(page)")
            #expect(!html.contains("<img"), "raw img tag in \(page)")
            #expect(html.contains("&lt;script&gt;alert(4)&lt;/script&gt;"), "origin not shown escaped in \(page)")
        }
        let eda = EDAReportFixture.text(site, "eda.html")
        #expect(eda.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(eda.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
    }
}

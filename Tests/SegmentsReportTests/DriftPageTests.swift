import Foundation
import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading
import Testing
@testable import SegmentsReport

@Suite("Drift page")
struct DriftPageTests {
    static let model = DriftModel(featureSet: .rfmSatisfaction, algorithm: .kmeans, clusterCount: 3)

    /// The EDA fixture's analyses with a K-means drift analysis (or the one `configuration` gives).
    static func analyses(_ configuration: DriftConfiguration = DriftConfiguration()) throws -> (OlistDataset, ReportAnalyses) {
        let dataset = try EDAReportFixture.dataset(EDAReportFixture.texts())
        var analyses = EDAReportFixture.analyses(dataset)
        analyses.drift = try DriftAnalysis(model: model, configuration: configuration).run(dataset, orders: analyses.exploration.orders)
        return (dataset, analyses)
    }

    static let measured: Result<(OlistDataset, ReportAnalyses), any Error> = Result { try analyses() }

    static func site(_ language: ReportLanguage, _ input: (OlistDataset, ReportAnalyses)) throws -> Site {
        try ReportBuilder(templates: TemplateLibrary(), request: EDAReportFixture.request(language)).build(
            dataset: input.0, analyses: input.1)
    }

    @Test("drift.html validates, has every section, three charts and is in the navigation", arguments: ReportLanguage.allCases)
    func page(language: ReportLanguage) throws {
        let site = try Self.site(language, Self.measured.get())
        #expect(site.validationIssues().isEmpty, "\(site.validationIssues())")
        let html = EDAReportFixture.text(site, "drift.html")
        for id in DriftPage.sections.map(\.id) {
            #expect(html.contains("<section id=\"\(id)\""), "missing section \(id)")
        }
        #expect(html.components(separatedBy: "<figure").count - 1 == 3)
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.contains("lang=\"\(language.rawValue)\""))
        let words = Catalogue(language)
        #expect(html.contains(words("drift.psi.stable")))
        for page in ["index.html", "eda.html", "drift.html"] {
            #expect(EDAReportFixture.text(site, page).contains("href=\"drift.html\""), "\(page) links to drift.html")
        }
        #expect(EDAReportFixture.text(site, "data/drift-labels.csv").hasPrefix("kind,start,date,buyers,labels\n"))
    }

    @Test("results.json → drift holds the figures the page shows")
    func results() throws {
        let (dataset, analyses) = try Self.measured.get()
        let site = try Self.site(.en, (dataset, analyses))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(site["data/results.json"]!)) as? [String: Any])
        let drift = try #require(json["drift"] as? [String: Any])
        let result = try #require(analyses.drift)
        #expect(drift["too_short"] as? Bool == false)
        #expect(drift["threshold"] as? Double == 0.8)
        let interval = try #require(drift["interval"] as? [String: Any])
        #expect(same([interval["days"] as? Double], [result.interval!.days]))
        #expect(interval["lower_bound"] as? Bool == result.interval?.isLowerBound)
        let starts = try #require(drift["starts"] as? [[String: Any]])
        #expect(starts.count == result.starts.count)
        let steps = try #require(starts[0]["steps"] as? [[String: Any]])
        // JSON text round trips within an ulp.
        func same(_ a: [Double?], _ b: [Double]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { x, y in x.map { abs($0 - y) <= 1e-15 * max(1, abs(y)) } ?? false }
        }
        #expect(same(steps.map { $0["ari"] as? Double }, result.starts[0].steps.map(\.ari)))
        let curve = try #require(drift["curve"] as? [[String: Any]])
        #expect(same(curve.map { $0["median"] as? Double }, result.curve.map(\.median)))
        let features = try #require(drift["features"] as? [[String: Any]])
        #expect(features.map { $0["name"] as? String } == ["recency", "frequency", "monetary", "review"])
        #expect((features[0]["psi"] as? [Double])?.count == steps.count)
        #expect((features[0]["ks_p_value"] as? [Double])?.count == steps.count)
        let sizes = try #require(drift["sizes"] as? [String: Any])
        #expect((sizes["buyers"] as? [[Int]])?.count == steps.count + 1)
        // The page writes the median ARI of each step, as results.json has it.
        let html = EDAReportFixture.text(site, "drift.html")
        #expect(html.contains(ReportLanguage.en.number(result.curve.last!.median, decimals: 2)))
    }

    @Test("the sizes chart names the segments as segmentation.html does, by number when two share a name", arguments: ReportLanguage.allCases)
    func sizeNames(language: ReportLanguage) throws {
        var (dataset, analyses) = try Self.measured.get()
        let profile = try #require(analyses.segmentation)
        let names = profile.segments.map(\.name)
        try #require(names.count >= 2)
        let words = Catalogue(language)
        analyses.drift!.sizeNames = [names[0], names[1], nil]
        var html = EDAReportFixture.text(try Self.site(language, (dataset, analyses)), "drift.html")
        #expect(html.contains(SegmentationPageTests.escaped(words.segmentTitle(names[0]))))
        #expect(html.contains(SegmentationPageTests.escaped(words.segmentTitle(names[1]))))
        #expect(html.contains(SegmentationPageTests.escaped(words("drift.segment", ["number": "3"]))))
        analyses.drift!.sizeNames = [names[0], names[0], nil]
        html = EDAReportFixture.text(try Self.site(language, (dataset, analyses)), "drift.html")
        let shared = words.segmentTitle(names[0]) + " (" + words("drift.segment", ["number": "2"]) + ")"
        #expect(html.contains(SegmentationPageTests.escaped(shared)))
        // results.json has the names' identifiers.
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(try Self.site(language, (dataset, analyses))["data/results.json"]!)) as? [String: Any])
        let sizes = try #require((json["drift"] as? [String: Any])?["sizes"] as? [String: Any])
        #expect((sizes["names"] as? [Any])?.first as? String == names[0].identifier)
    }

    @Test("counted sentences are singular for 1, and for 0 in French")
    func plurals() {
        let en = Catalogue(.en)
        let fr = Catalogue(.fr)
        #expect(en.counted("drift.previous.grew", 1, count: "1") == "1 segment grew")
        #expect(en.counted("drift.previous.grew", 0, count: "0") == "0 segments grew")
        #expect(en.counted("drift.previous.grew", 2, count: "2") == "2 segments grew")
        #expect(fr.counted("drift.previous.shrank", 1, count: "1") == "1 a diminué")
        #expect(fr.counted("drift.previous.shrank", 0, count: "0") == "0 a diminué")
        #expect(fr.counted("drift.previous.shrank", 3, count: "3") == "3 ont diminué")
        #expect(fr.counted("drift.previous.grew", 1, count: "1") == "1 segment a grandi")
    }

    @Test("a dataset too short for the window and two steps gets one sentence, no crash", arguments: ReportLanguage.allCases)
    func tooShort(language: ReportLanguage) throws {
        let input = try Self.analyses(DriftConfiguration(initialMonths: 23))
        #expect(input.1.drift?.isTooShort == true)
        let site = try Self.site(language, input)
        #expect(site.validationIssues().isEmpty, "\(site.validationIssues())")
        let html = EDAReportFixture.text(site, "drift.html")
        #expect(html.contains("<section id=\"drift-unavailable\""))
        #expect(!html.contains("<figure"))
        #expect(html.contains(language == .en ? "too short for the drift analysis" : "trop court pour l’analyse de dérive"))
        #expect(site["data/drift-labels.csv"] == nil)
        // Without a segmentation, the page says there is nothing to age.
        var none = input
        none.1.drift = nil
        let plain = EDAReportFixture.text(try Self.site(language, none), "drift.html")
        #expect(plain.contains(Catalogue(language)("drift.noSegmentation").replacingOccurrences(of: "’", with: "’")))
    }
}

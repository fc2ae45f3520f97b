import Foundation
@testable import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading
import Testing
@testable import SegmentsReport

@Suite("Segmentation page")
struct SegmentationPageTests {
    /// `text` as Mustache escapes it in a page.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// `data/results.json` of a site, decoded.
    static func results(_ site: Site) throws -> [String: Any] {
        let bytes = try #require(site["data/results.json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    /// `segmentation.chosen.segments` of a site's results.
    static func segments(_ site: Site) throws -> [[String: Any]] {
        let segmentation = try #require(try results(site)["segmentation"] as? [String: Any])
        let chosen = try #require(segmentation["chosen"] as? [String: Any])
        return try #require(chosen["segments"] as? [[String: Any]])
    }

    @Test("segmentation.html is well-formed, has every section, chart and segment", arguments: ReportLanguage.allCases)
    func page(language: ReportLanguage) throws {
        let site = try EDAReportFixture.site(language)
        #expect(site.validationIssues().isEmpty, "\(site.validationIssues())")
        let html = EDAReportFixture.text(site, "segmentation.html")
        for (id, _) in SegmentationPage.sections {
            #expect(html.contains("<section id=\"\(id)\""), "missing section \(id)")
            #expect(html.contains("href=\"#\(id)\""), "missing contents link to \(id)")
        }
        for figure in ["seg-elbow", "seg-silhouette-k", "seg-k-distance-1", "seg-k-distance-2", "seg-dendrogram-chart", "seg-radars",
                       "seg-radar-overlay", "seg-knife", "seg-map-chart"] {
            #expect(html.contains("<figure id=\"\(figure)\""), "missing figure \(figure)")
        }
        #expect(html.components(separatedBy: "<figcaption>").count == html.components(separatedBy: "<figure ").count)
        #expect(html.contains("lang=\"\(language.rawValue)\""))
        #expect(html.contains("<tr class=\"chosen\">"))
        #expect(html.components(separatedBy: "<tr class=\"chosen\">").count == 2, "exactly one chosen run")
        let start = try #require(html.range(of: "<main"))
        let main = String(html[start.lowerBound...])
        #expect(!main.contains("{"), "an unfilled placeholder")
        #expect(main.firstMatch(of: #/(segment|segmentation|feature|algorithm)\.[a-z_]+\.?[a-zA-Z]/#) == nil, "a catalogue key instead of its text")
        let words = Catalogue(language)
        #expect(html.contains(words("page.segmentation")))
        // Every segment's name, description and action as results.json words them.
        let segments = try Self.segments(site)
        #expect(segments.count >= 2)
        for segment in segments {
            for key in ["display_name", "description", "action_text"] {
                let text = try #require(segment[key] as? String)
                #expect(html.contains(Self.escaped(text)), "\(key) \(text)")
            }
            let buyers = try #require(segment["buyers"] as? Int)
            #expect(html.contains("<td class=\"num\">\(language.integer(buyers))</td>"))
            for key in ["id", "name", "share", "revenue_share", "centroid_raw", "centroid_scaled", "radar", "rfm_mix"] {
                #expect(segment[key] != nil, "segments[] lacks \(key)")
            }
        }
        // The overview summarises the segments and links to the page.
        let index = EDAReportFixture.text(site, "index.html")
        #expect(index.contains("href=\"segmentation.html\""))
        for segment in segments {
            #expect(index.contains(Self.escaped(try #require(segment["display_name"] as? String))))
        }
        let eda = EDAReportFixture.text(site, "eda.html")
        #expect(eda.contains("<a href=\"segmentation.html\">\(words("page.segmentation"))</a>"))
    }

    @Test("without a model search the page and the overview say so in one sentence", arguments: ReportLanguage.allCases)
    func noSegmentation(language: ReportLanguage) throws {
        let dataset = try EDAReportFixture.dataset(EDAReportFixture.texts())
        var analyses = EDAReportFixture.analyses(dataset, embedding: false)
        analyses.search = nil
        analyses.segmentation = nil
        let site = try ReportBuilder(templates: TemplateLibrary(), request: EDAReportFixture.request(language)).build(
            dataset: dataset, analyses: analyses)
        #expect(site.validationIssues().isEmpty, "\(site.validationIssues())")
        let html = EDAReportFixture.text(site, "segmentation.html")
        let words = Catalogue(language)
        let sentence = words("segmentation.unavailable.fewBuyers", ["buyers": language.integer(analyses.exploration.buyers.count)])
        #expect(html.contains(Self.escaped(sentence)))
        #expect(!html.contains("<figure"))
        #expect(!html.contains("<section id=\"seg-"))
        #expect(EDAReportFixture.text(site, "index.html").contains(Self.escaped(words("index.segmentation.none"))))
        #expect(try Self.results(site)["segmentation"] == nil)
    }

    @Test("a skipped t-SNE leaves one sentence instead of the map")
    func skippedMap() throws {
        let dataset = try EDAReportFixture.dataset(EDAReportFixture.texts())
        let analyses = EDAReportFixture.analyses(dataset, embedding: false)
        let page = SegmentationPage(
            frame: PageFrame(request: EDAReportFixture.request(.en)), buyers: analyses.exploration.buyers.count,
            search: analyses.search, profile: analyses.segmentation, embedding: nil)
        let model = page.model().page
        #expect(model.map.figures.isEmpty)
        #expect(model.map.paragraphs == [Catalogue(.en)("segmentation.map.skipped")])
    }

    @Test("the chosen run is the rule's and the table has every run")
    func comparison() throws {
        let dataset = try EDAReportFixture.dataset(EDAReportFixture.texts())
        let analyses = EDAReportFixture.analyses(dataset, embedding: false)
        let search = try #require(analyses.search)
        let page = SegmentationPage(
            frame: PageFrame(request: EDAReportFixture.request(.en)), buyers: analyses.exploration.buyers.count,
            search: search, profile: analyses.segmentation, embedding: nil)
        let model = page.model().page
        #expect(model.runRows.count == search.runs.count)
        #expect(model.runRows.firstIndex { $0.class == "chosen" } == search.chosen?.index)
        #expect(model.featureRows.count == FeatureSet.full.features.count)
        #expect(model.featureRows.first?.sets.map(\.value) == ["✓", "✓"])
        #expect(model.rule.contains("3 to 8 segments") && model.rule.contains("2%"))
        #expect(model.profileRows.count == analyses.segmentation?.segments.count)
        #expect(model.radars.figures.count == 2)
        // One-order segments rank among the one-order buyers (about half of the ties), not
        // at 0 or 1 because their mean of log1p(1) is a hair off.
        let profile = try #require(analyses.segmentation)
        let frequency = try #require(profile.features.firstIndex(of: .frequency))
        for segment in profile.segments where segment.rawMeans[frequency] == 1 {
            #expect(segment.radar[frequency] > 0.4 && segment.radar[frequency] < 0.6, "\(segment.radar)")
        }
    }

    @Test("the fallback sentence is used when no run meets the rule")
    func fallback() throws {
        let dataset = try EDAReportFixture.dataset(EDAReportFixture.texts())
        let exploration = ExploratoryAnalysis().run(dataset, logger: EDAReportFixture.logger)
        // No run can have 40 to 50 segments with k ≤ 4.
        let configuration = ModelSearch.Configuration(
            featureSets: [.rfm], clusterCounts: 2...4, algorithms: [.kmeans], kmeansRestarts: 2, seed: 7,
            selection: ModelSelection(clusterRange: 40...50))
        let search = try ModelSearch(configuration).run(exploration.buyers, logger: EDAReportFixture.logger)
        let chosen = try #require(search.chosen)
        #expect(chosen.basis == .fallback)
        let profile = SegmentationProfile(chosen, buyers: exploration.buyers, rfm: exploration.rfm)
        for language in ReportLanguage.allCases {
            let page = SegmentationPage(
                frame: PageFrame(request: EDAReportFixture.request(language)), buyers: exploration.buyers.count,
                search: search, profile: profile, embedding: nil)
            let model = page.model().page
            #expect(model.choice.hasPrefix(Catalogue(language)("segmentation.choice.fallback").prefix(9)))
            #expect(model.dendrogram.figures.isEmpty && model.kDistance.figures.isEmpty)
            #expect(model.runRows.allSatisfy { $0.class != "" })
        }
    }

    @Test("a constructed profile is named, described and given its action by the rule")
    func namesFollowProfile() throws {
        let features: [BuyerFeature] = [.recency, .frequency, .monetary, .review]
        // Mid recency, repeat, big spender, satisfied: the gap of old rule (it said keep_engaged).
        let radar = [0.5, 0.97, 0.9, 0.7]
        let means = [200.0, 2.1, 480.0, 4.7]
        let traits = features.indices.compactMap { SegmentTrait.of(features[$0], radar: radar[$0], mean: means[$0]) }
        #expect(traits == [.repeat, .bigSpender, .satisfied])
        let name = SegmentName.distinct(traits: [traits], sizes: [100])[0]
        #expect(name.action == .rewardLoyalty)
        let segment = SegmentProfile(
            id: 0, buyers: 100, share: 0.05, revenueShare: 0.2, rawMeans: means, centroid: [0, 2, 1.5, 0.4], radar: radar,
            rfmMix: RFMSegment.allCases.map { $0 == .champions ? 100 : 0 }, meanSilhouette: 0.4, name: name)
        let english = Catalogue(.en)
        #expect(english.segmentTitle(name) == "Repeat buyers, big spenders, satisfied")
        #expect(english.segmentDescription(segment, features: features)
            == "Buyers who ordered more than once, spent more than most buyers and gave high review scores. On average: last order 200\u{00A0}days ago, 2.10 orders, R$480.00 paid and a review score of 4.70\u{00A0}★.")
        #expect(english.segmentAction(name.action).hasPrefix("Reward their loyalty"))
        let french = Catalogue(.fr)
        #expect(french.segmentTitle(name) == "Fidèles, gros paniers, satisfaits")
        #expect(french.segmentDescription(segment, features: features).hasPrefix("Des acheteurs qui ont commandé plusieurs fois, ont dépensé plus"))
        #expect(french.segmentAction(name.action).hasPrefix("Récompenser leur fidélité"))
        // The other rules on constructed trait sets.
        #expect(SegmentAction(traits: [.bigSpender]) == .premiumFollowUp)
        #expect(SegmentAction(traits: [.recent, .bigSpender]) == .premiumFollowUp)
        #expect(SegmentAction(traits: [.recent, .repeat]) == .rewardLoyalty)
        #expect(SegmentAction(traits: [.lapsed, .repeat, .bigSpender]) == .winBack)
        #expect(SegmentAction(traits: [.repeat, .unhappy]) == .fixExperience)
        #expect(SegmentAction(traits: [.recent, .smallBasket]) == .upsell)
        #expect(SegmentAction(traits: [.recent]) == .encourageSecondOrder)
        // Typical buyers, and a repeated name.
        let typical = SegmentName.distinct(traits: [[], []], sizes: [5, 9])[0]
        #expect(english.segmentTitle(typical) == "Typical buyers (2)")
    }

    @Test("every name, description and action of the segments has words in every language", arguments: ReportLanguage.allCases)
    func segmentWords(language: ReportLanguage) {
        let words = Catalogue(language)
        var keys = SegmentTrait.allCases.flatMap { ["segment.trait.\($0.rawValue)", "segment.trait.\($0.rawValue).phrase"] }
        keys += SegmentAction.allCases.map { "segment.action.\($0.rawValue)" }
        keys += BuyerFeature.allCases.flatMap { ["feature.\($0.rawValue)", "feature.\($0.rawValue).meaning", "feature.\($0.rawValue).why", "segment.mean.\($0.rawValue)"] }
        keys += BuyerFeature.allCases.map { "transform.\(SegmentationPage.transformKey($0.transformName))" }
        keys += ModelAlgorithm.allCases.map { "algorithm.\($0.rawValue)" }
        keys += FeatureSet.builtIn.map { "featureSet.\($0.name)" }
        keys += SegmentationPage.sections.map(\.title)
        for key in keys {
            #expect(words.entries[key] != nil, "\(language.rawValue): \(key)")
        }
        let titles = SegmentTrait.allCases.map { words("segment.trait.\($0.rawValue)") }
        #expect(Set(titles).count == titles.count, "two traits share a name")
    }
}

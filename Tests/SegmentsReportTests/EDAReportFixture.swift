import Foundation
import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading
import SegmentsTestSupport
@testable import SegmentsReport

/// The generated EDA fixture folder of the analytics tests (2,000 buyers, seed 7), read from
/// the source tree, and sites built from it.
enum EDAReportFixture {
    static let logger = quietLogger

    /// `Tests/SegmentsAnalyticsTests/Fixtures/eda`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SegmentsAnalyticsTests/Fixtures/eda")

    /// The CSV files of the fixture as text, keyed by file name.
    static func texts() throws -> [String: String] {
        var texts: [String: String] = [:]
        for file in OlistFile.allCases where file.isRequired {
            texts[file.rawValue] = try String(contentsOf: folder.appendingPathComponent(file.rawValue), encoding: .utf8)
        }
        return texts
    }

    static func dataset(_ texts: [String: String], origin: String = "eda-fixture") throws -> OlistDataset {
        try OlistDataset.load(files: texts.mapValues { Array($0.utf8) }, origin: origin, logger: logger)
    }

    /// A request with a pinned clock, so that pages are reproducible.
    static func request(_ language: ReportLanguage, origin: String = "eda-fixture") -> ReportRequest {
        let provenance = Provenance(
            toolVersion: "test", generatedAt: Date(timeIntervalSince1970: 1_700_000_000), clockPinned: true, runSeconds: nil,
            seed: 7, origin: origin)
        return ReportRequest(language: language, provenance: provenance, settings: [.init(key: "seed", value: "7")])
    }

    static func site(_ dataset: OlistDataset, language: ReportLanguage) throws -> Site {
        try ReportBuilder(templates: TemplateLibrary(), request: request(language, origin: dataset.origin)).build(
            dataset: dataset, analyses: analyses(dataset))
    }

    /// The site of the unmodified fixture in each language, built once for the whole suite.
    static let sites: [ReportLanguage: Result<Site, any Error>] = Dictionary(uniqueKeysWithValues: ReportLanguage.allCases.map { language in
        (language, Result { try site(dataset(texts()), language: language) })
    })

    /// The site of the unmodified fixture in `language`.
    static func site(_ language: ReportLanguage) throws -> Site {
        try sites[language]!.get()
    }

    static func text(_ site: Site, _ path: String) -> String {
        site[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The analyses of `dataset`: a small model search (two feature sets, k = 2…6) and a
    /// short t-SNE of the chosen matrix; no search when there are too few buyers, as in the
    /// command. `embedding: false` leaves the t-SNE out.
    static func analyses(_ dataset: OlistDataset, embedding withEmbedding: Bool = true) -> ReportAnalyses {
        let exploration = ExploratoryAnalysis().run(dataset, logger: logger)
        let configuration = ModelSearch.Configuration(featureSets: [.rfm, .full], clusterCounts: 2...6, kmeansRestarts: 3, seed: 7)
        var search: ModelSearchResult?
        if exploration.buyers.count > configuration.clusterCounts.upperBound {
            search = try? ModelSearch(configuration).run(exploration.buyers, logger: logger)
        }
        let profile = search?.chosen.map { SegmentationProfile($0, buyers: exploration.buyers, rfm: exploration.rfm) }
        let features = search?.chosen?.features ?? FeatureMatrix(exploration.buyers, featureSet: .full)
        var embedding: TSNEResult?
        if withEmbedding, features.matrix.rows > 10 {
            var tsne = TSNE.Configuration()
            tsne.earlyExaggerationIterations = 50
            tsne.iterations = 50
            tsne.seed = 7
            embedding = try? TSNE(tsne).fit(features.matrix, logger: logger)
        }
        return ReportAnalyses(
            exploration: exploration, features: features, embedding: embedding, search: search, segmentation: profile)
    }
}

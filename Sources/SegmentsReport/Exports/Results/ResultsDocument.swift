import Foundation
import SegmentsAnalytics
import SegmentsLoading

/// `data/results.json`: every figure the pages show, under stable snake_case keys.
struct ResultsDocument: Encodable {
    struct Tool: Encodable {
        var name = "segments"
        var version: String
        var generatedAt: String
        var runSeconds: Double?
    }

    struct Input: Encodable {
        struct Table: Encodable {
            var file: String
            var bytes: Int
            var sha256: String
            var encoding: String
            var columns: Int
            var records: Int
            var rows: Int
        }
        var origin: String
        var bytes: Int
        var tables: [Table]
        /// `olist` or `transaction_log`.
        var kind: String
        /// The kinds of information the data holds and lacks (see `DatasetCapabilities`).
        var fields: [String]
        var missingFields: [String]
    }

    /// A feature set asked for that the data cannot provide.
    struct UnavailableSet: Encodable {
        var name: String
        var missingFields: [String]
    }


    var tool: Tool
    var seed: UInt64
    var language: String
    var settings: [ReportRequest.Setting]
    /// The effective configuration, in the configuration file's shape.
    var configuration: EncodedConfiguration?
    var input: Input
    /// The exploration page's figures (see `ResultsDocument+EDA.swift`).
    var eda: EDA
    /// The buyer feature matrix (see `ResultsDocument+Segmentation.swift`).
    var features: Features
    /// The t-SNE map; absent when it was skipped.
    var tsne: Embedding?
    /// The model search and the chosen segments (see `ResultsDocument+ModelSearch.swift`).
    var segmentation: Segmentation?
    /// The maintenance quote, every line and total (see `ResultsDocument+Quote.swift`).
    var quote: Quote
    /// Feature sets left out for lack of data.
    var unavailableFeatureSets: [UnavailableSet]
    /// How the chosen model ages (see `ResultsDocument+Drift.swift`).
    var drift: Drift?
    /// A previous delivery compared (see `ResultsDocument+Transitions.swift`).
    var transitions: Transitions?

    init(request: ReportRequest, dataset: OlistDataset, analyses: ReportAnalyses) {
        let exploration = analyses.exploration
        let frame = PageFrame(request: request)
        tool = Tool(
            version: request.provenance.toolVersion, generatedAt: frame.generatedAt,
            runSeconds: request.provenance.runSeconds)
        seed = request.provenance.seed
        language = request.language.code
        settings = request.settings
        configuration = request.configuration.map(EncodedConfiguration.init)
        input = Input(
            origin: request.provenance.origin, bytes: dataset.inputBytes,
            tables: dataset.provenance.map {
                .init(file: $0.file, bytes: $0.byteCount, sha256: $0.sha256, encoding: $0.encoding.rawValue, columns: $0.columns, records: $0.records, rows: $0.rows)
            },
            kind: dataset.capabilities.isTransactionLog ? "transaction_log" : "olist",
            fields: DatasetCapabilities.Field.allCases.filter(dataset.capabilities.has).map(\.rawValue),
            missingFields: dataset.capabilities.missing.map(\.rawValue))
        unavailableFeatureSets = analyses.unavailableFeatureSets.map {
            UnavailableSet(name: $0.name, missingFields: $0.missing.map(\.rawValue))
        }
        eda = EDA(exploration, dataset: dataset, words: request.catalogue)
        features = Features(analyses.features)
        tsne = analyses.embedding.map(Embedding.init)
        quote = Quote(MaintenanceQuote(request: request, analyses: analyses))
        drift = analyses.drift.map(Drift.init)
        transitions = analyses.previous.map(Transitions.init)
        segmentation = analyses.search.map {
            Segmentation(
                $0, profile: analyses.segmentation, durations: !request.provenance.clockPinned, words: Catalogue(request.language))
        }
    }

    /// Pretty-printed JSON with sorted keys, so the same figures give the same bytes.
    func encoded() throws(ReportError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        do {
            return Array(try encoder.encode(self)) + [0x0A]
        } catch {
            throw .writeFailed(path: "data/results.json", reason: "\(error)")
        }
    }
}

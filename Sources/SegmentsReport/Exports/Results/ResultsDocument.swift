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
        var tables: [Table]
    }


    var tool: Tool
    var seed: UInt64
    var language: String
    var settings: [ReportRequest.Setting]
    var input: Input
    /// The exploration page's figures (see `ResultsDocument+EDA.swift`).
    var eda: EDA
    /// The buyer feature matrix (see `ResultsDocument+Segmentation.swift`).
    var features: Features
    /// The t-SNE map; absent when it was skipped.
    var tsne: Embedding?
    /// The model search and the chosen segments (see `ResultsDocument+ModelSearch.swift`).
    var segmentation: Segmentation?
    /// How the chosen model ages (see `ResultsDocument+Drift.swift`).
    var drift: Drift?

    init(request: ReportRequest, dataset: OlistDataset, analyses: ReportAnalyses) {
        let exploration = analyses.exploration
        let frame = PageFrame(request: request)
        tool = Tool(
            version: request.provenance.toolVersion, generatedAt: frame.generatedAt,
            runSeconds: request.provenance.runSeconds)
        seed = request.provenance.seed
        language = request.language.rawValue
        settings = request.settings
        input = Input(
            origin: request.provenance.origin,
            tables: dataset.provenance.map {
                .init(file: $0.file, bytes: $0.byteCount, sha256: $0.sha256, encoding: $0.encoding.rawValue, columns: $0.columns, records: $0.records, rows: $0.rows)
            })
        eda = EDA(exploration, dataset: dataset, words: Catalogue(request.language))
        features = Features(analyses.features)
        tsne = analyses.embedding.map(Embedding.init)
        drift = analyses.drift.map(Drift.init)
        segmentation = analyses.search.map {
            Segmentation($0, profile: analyses.segmentation, durations: !request.provenance.clockPinned)
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

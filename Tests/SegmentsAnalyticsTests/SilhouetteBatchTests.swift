import Foundation
import Testing
@testable import SegmentsAnalytics

/// `SilhouetteBatch` against scikit-learn (`scripts/golden_silhouette_batch.py`).
@Suite("Batched silhouettes")
struct SilhouetteBatchTests {
    struct Case: Decodable {
        let labels: [Int]
        let silhouette: Double?
        let samples: [Double?]?
    }

    static let golden: [String: [Case]] = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("clustering/silhouette_batch.json")
        return try! JSONDecoder().decode([String: [Case]].self, from: Data(contentsOf: url))
    }()

    @Test("one pass gives scikit-learn's silhouettes for every labeling", arguments: ["blobs2d", "duplicates"], [nil, 12])
    func golden(name: String, maxCells: Int?) throws {
        let data = ClusteringFixtures.dataset(name).matrix
        let cases = try #require(Self.golden[name])
        let batch = SilhouetteBatch(maxCells: maxCells)
        let passes = batch.passes(cases.map(\.labels), rows: data.rows)
        if maxCells == nil { #expect(passes.count == 1) } else { #expect(passes.count > 1) }
        let results = try batch.silhouettes(data, labelings: cases.map(\.labels))
        for (expected, result) in zip(cases, results) {
            guard let silhouette = expected.silhouette, let samples = expected.samples else {
                #expect(result == nil)
                continue
            }
            let got = try #require(result)
            #expect(abs(got.mean - silhouette) <= 1e-9)
            for (value, reference) in zip(got.values, samples) {
                if let reference { #expect(abs(value - reference) <= 1e-9) } else { #expect(value.isNaN) }
            }
        }
    }

    @Test("equals the one-labeling silhouette bit for bit in its mean to 1e-12")
    func matchesSingle() throws {
        let data = ClusteringFixtures.dataset("buyers8d").matrix
        let labelings = [2, 4, 7].map { k in (0..<data.rows).map { ($0 * 7919) % k } }
        let results = try SilhouetteBatch().silhouettes(data, labelings: labelings)
        for (labels, result) in zip(labelings, results) {
            let single = try ClusterScores.silhouette(data, labels: labels, noise: .exclude)
            #expect(abs(try #require(result).mean - single.mean) <= 1e-12)
        }
    }

    @Test("rejects labels of the wrong length")
    func wrongLength() {
        let data = Matrix(rows: 4, cols: 1, values: [0, 1, 2, 3])
        #expect(throws: ClusteringError.labelCountMismatch(labels: 3, rows: 4)) {
            try SilhouetteBatch().silhouettes(data, labelings: [[0, 1, 0]])
        }
    }
}

import Foundation
import Testing
import SegmentsLoading
@testable import SegmentsAnalytics

/// t-SNE end to end: against openTSNE's golden figures and on known structures.
@Suite("t-SNE")
struct TSNETests {
    /// openTSNE's figures for the fixture (scripts/golden_tsne.py).
    struct Golden: Decodable {
        struct Parameters: Decodable {
            var perplexity: Double
            var early_exaggeration_iter: Int
            var early_exaggeration: Double
            var n_iter: Int
            var initial_momentum: Double
            var final_momentum: Double
            var theta: Double
        }
        var parameters: Parameters
        var kl_divergence: Double
        var preservation: Double
    }

    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("tsne")

    /// A CSV with a header row and an id column, as data/features.csv.
    static func readFeatures(_ url: URL) throws -> Matrix {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        var values: [Double] = []
        var cols = 0
        for line in lines {
            let fields = line.split(separator: ",").dropFirst()
            cols = fields.count
            values.append(contentsOf: fields.map { Double($0)! })
        }
        return Matrix(rows: lines.count, cols: cols, values: values)
    }

    /// Gaussian blobs in `d` dimensions, centres 20 apart, unit spread; labels by blob.
    static func blobs(_ perBlob: Int, blobs: Int, d: Int, seed: UInt64) -> (Matrix, [Int]) {
        var rng = SplitMix64(seed: seed)
        var values: [Double] = []
        var labels: [Int] = []
        for b in 0..<blobs {
            for _ in 0..<perBlob {
                for j in 0..<d { values.append((j == b % d ? 20.0 * Double(b / d + 1) : 0) + TSNEInitialization.normal(&rng)) }
                labels.append(b)
            }
        }
        return (Matrix(rows: blobs * perBlob, cols: d, values: values), labels)
    }

    static func quick(_ iterations: Int = 100) -> TSNE.Configuration {
        var c = TSNE.Configuration()
        c.earlyExaggerationIterations = iterations / 2
        c.iterations = iterations / 2
        return c
    }

    @Test("neighbour preservation within 0.02 of openTSNE and a comparable KL on the golden fixture")
    func golden() throws {
        let data = try Self.readFeatures(Self.fixtures.appendingPathComponent("features.csv"))
        let golden = try JSONDecoder().decode(Golden.self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("openTSNE.json")))
        var c = TSNE.Configuration()
        c.perplexity = golden.parameters.perplexity
        c.earlyExaggerationIterations = golden.parameters.early_exaggeration_iter
        c.earlyExaggeration = golden.parameters.early_exaggeration
        c.iterations = golden.parameters.n_iter
        c.initialMomentum = golden.parameters.initial_momentum
        c.finalMomentum = golden.parameters.final_momentum
        c.method = .barnesHut(theta: golden.parameters.theta)
        let result = try TSNE(c).fit(data)
        let preservation = NeighborPreservation.score(
            features: data, embedding: result.embedding, k: 10, sample: Array(0..<data.rows))
        print("golden: ours KL \(result.klDivergence) pres \(preservation) vs \(golden.kl_divergence) \(golden.preservation)")
        #expect(preservation >= golden.preservation - 0.02, "ours \(preservation), openTSNE \(golden.preservation)")
        #expect(abs(result.klDivergence - golden.kl_divergence) <= 0.05 * golden.kl_divergence,
                "ours \(result.klDivergence), openTSNE \(golden.kl_divergence)")
        #expect(result.history.count == c.totalIterations / 50)
    }
}

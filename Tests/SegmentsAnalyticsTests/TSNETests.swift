import Foundation
import SegmentsCore
import SegmentsLoading
import Testing
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
        #expect(preservation >= golden.preservation - 0.02, "ours \(preservation), openTSNE \(golden.preservation)")
        #expect(abs(result.klDivergence - golden.kl_divergence) <= 0.05 * golden.kl_divergence,
                "ours \(result.klDivergence), openTSNE \(golden.kl_divergence)")
        #expect(result.history.count == c.totalIterations / 50)
    }

    @Test("well-separated Gaussian blobs come out as separate islands")
    func blobs() throws {
        let (data, labels) = Self.blobs(120, blobs: 5, d: 6, seed: 1)
        let result = try TSNE(Self.quick(500)).fit(data)
        let y = result.embedding
        let graph = KDTree(y).nearestNeighbors(k: 5)
        for i in 0..<data.rows {
            #expect((0..<5).allSatisfy { labels[graph.neighbor(i, $0)] == labels[i] }, "point \(i)")
        }
        var centroid = [[Double]](repeating: [0, 0], count: 5)
        for i in 0..<data.rows {
            centroid[labels[i]][0] += y[i, 0] / 120
            centroid[labels[i]][1] += y[i, 1] / 120
        }
        var radius = [Double](repeating: 0, count: 5)
        for i in 0..<data.rows {
            let c = centroid[labels[i]]
            radius[labels[i]] += ((y[i, 0] - c[0]) * (y[i, 0] - c[0]) + (y[i, 1] - c[1]) * (y[i, 1] - c[1])) / 120
        }
        radius = radius.map { $0.squareRoot() }
        for a in 0..<5 {
            for b in (a + 1)..<5 {
                let gap = ((centroid[a][0] - centroid[b][0]) * (centroid[a][0] - centroid[b][0])
                    + (centroid[a][1] - centroid[b][1]) * (centroid[a][1] - centroid[b][1])).squareRoot()
                #expect(gap > radius[a] + radius[b], "blobs \(a) and \(b): gap \(gap)")
            }
        }
    }

    @Test("many copies of one row, more than a neighbourhood, stay together and finite")
    func duplicates() throws {
        var rng = SplitMix64(seed: 2)
        var values: [Double] = []
        for i in 0..<800 {
            if i % 8 < 3 {
                values += [1.5, -0.5, 2, 0]  // 300 copies of one row
            } else if i % 8 == 3 && i > 8 {
                values += values[((i - 5) * 4)..<((i - 4) * 4)]  // exact pairs
            } else {
                values += (0..<4).map { _ in TSNEInitialization.normal(&rng) }
            }
        }
        let data = Matrix(rows: 800, cols: 4, values: values)
        let result = try TSNE(Self.quick(200)).fit(data)
        #expect(result.embedding.values.allSatisfy { $0.isFinite })
        #expect(result.klDivergence.isFinite && result.klDivergence > 0)
        #expect(!result.perplexityWasReduced)
        let copies = (0..<800).filter { $0 % 8 < 3 }
        let others = (0..<800).filter { $0 % 8 >= 4 }
        func distance(_ i: Int, _ j: Int) -> Double {
            let dx = result.embedding[i, 0] - result.embedding[j, 0], dy = result.embedding[i, 1] - result.embedding[j, 1]
            return (dx * dx + dy * dy).squareRoot()
        }
        let spread = copies.map { distance($0, copies[0]) }.max()!
        let typical = others.map { distance($0, others[0]) }.sorted()[others.count / 2]
        #expect(spread < typical / 2, "copies spread \(spread), typical distance \(typical)")
    }

    @Test("constant columns change nothing")
    func constantColumns() throws {
        let (data, _) = Self.blobs(80, blobs: 3, d: 3, seed: 3)
        var widened: [Double] = []
        for i in 0..<data.rows { widened += [7] + data.row(i) + [0] }
        let wide = Matrix(rows: data.rows, cols: 5, values: widened)
        let a = try TSNE(Self.quick()).fit(data)
        let b = try TSNE(Self.quick()).fit(wide)
        #expect(a.embedding == b.embedding)
        #expect(a.klDivergence == b.klDivergence)
    }

    @Test("all rows identical give a finite embedding")
    func identicalRows() throws {
        let data = Matrix(rows: 200, cols: 3, values: [Double](repeating: 4.2, count: 600))
        let result = try TSNE(Self.quick()).fit(data)
        #expect(result.embedding.values.allSatisfy { $0.isFinite })
        #expect(result.klDivergence.isFinite)
    }

    @Test("tiny inputs: perplexity lowered to (n − 1) / 3 and reported", arguments: [0, 1, 2, 3, 10, 91, 92])
    func tiny(n: Int) throws {
        var rng = SplitMix64(seed: UInt64(n))
        let data = Matrix(rows: n, cols: 3, values: (0..<(3 * n)).map { _ in rng.nextUnit() })
        let result = try TSNE(Self.quick()).fit(data)
        #expect(result.embedding.rows == n && result.embedding.cols == 2)
        #expect(result.embedding.values.allSatisfy { $0.isFinite })
        if n >= 2 {
            #expect(result.perplexity == min(30, Double(n - 1) / 3))
            #expect(result.perplexityWasReduced == (n < 91))
            #expect(result.klDivergence.isFinite && result.klDivergence >= 0)
        } else {
            #expect(result.embedding.values.allSatisfy { $0 == 0 })
        }
    }

    /// Interpolation is slow in debug builds: a few iterations exercise it.
    @Test("the same seed gives the same embedding over both cores",
          arguments: [(TSNE.GradientMethod.barnesHut, 40), (.interpolation, 4)])
    func determinism(method: TSNE.GradientMethod, iterations: Int) throws {
        let (data, _) = Self.blobs(220, blobs: 5, d: 4, seed: 4)  // 1,100 rows: 16 parallel chunks
        var c = Self.quick(iterations)
        c.method = method
        let first = try TSNE(c).fit(data)
        let second = try TSNE(c).fit(data)
        #expect(first.embedding == second.embedding)
        #expect(first.klDivergence == second.klDivergence)
        c.seed = 99
        let other = try TSNE(c).fit(data)
        #expect(other.embedding != first.embedding)
    }

    @Test("progress reports the KL divergence every 50 iterations")
    func progress() throws {
        let (data, _) = Self.blobs(40, blobs: 3, d: 3, seed: 5)
        var reports: [TSNEProgress] = []
        let result = try TSNE(Self.quick(200)).fit(data) { reports.append($0) }
        #expect(reports.map(\.iteration) == [50, 100, 150, 200])
        #expect(reports.map(\.isEarlyExaggeration) == [true, true, false, false])
        #expect(reports.allSatisfy { $0.totalIterations == 200 && $0.klDivergence > 0 })
        #expect(reports == result.history)
        #expect(result.iterations == 200)
        // The KL divergence falls once exaggeration ends and the layout settles.
        #expect(result.klDivergence < reports[1].klDivergence)
    }

    @Test("bad input and configuration throw typed errors")
    func errors() {
        func error(_ tsne: TSNE, _ data: Matrix) -> TSNEError? {
            do {
                _ = try tsne.fit(data)
                return nil
            } catch {
                return error
            }
        }
        var values = [Double](repeating: 1, count: 30)
        values[7] = .nan
        #expect(error(TSNE(), Matrix(rows: 10, cols: 3, values: values)) == .nonFiniteValue(row: 2, column: 1))
        var c = TSNE.Configuration()
        c.perplexity = 0
        #expect(error(TSNE(c), Matrix(rows: 10, cols: 3)) == .invalidConfiguration(parameter: "perplexity", value: 0, expected: "a positive number"))
        c = TSNE.Configuration()
        c.learningRate = .fixed(-1)
        #expect(error(TSNE(c), Matrix(rows: 10, cols: 3)) != nil)
    }
}

import Foundation

/// The symmetric joint probabilities `P` of t-SNE as a sparse CSR matrix: row `i` holds
/// `p_ij` for `j` in `columns[rowStart[i]..<rowStart[i + 1]]`. `p_ij = p_ji` and the
/// entries sum to 1.
struct TSNEAffinities: Sendable {
    /// Number of points.
    let count: Int
    /// Row offsets, `count + 1` values.
    let rowStart: [Int]
    /// Column of each entry.
    let columns: [Int32]
    /// Value of each entry.
    let values: [Double]
    /// `Σ p_ij log p_ij`, the constant part of KL(P‖Q).
    let negativeEntropy: Double

    /// Calibrates conditional Gaussian affinities on the neighbour graph and symmetrises
    /// them: `P = (P_cond + P_condᵀ) / 2n` (van der Maaten & Hinton, "Visualizing data using
    /// t-SNE", JMLR 2008; sparse form from van der Maaten 2014).
    /// - Parameters:
    ///   - graph: the `k` nearest neighbours of every point, the point itself excluded.
    ///   - perplexity: target perplexity of every conditional distribution.
    /// - Complexity: O(n·k·s) for s bisection steps (about 20–60), both cores; O(n·k) memory.
    init(graph: NeighborGraph, perplexity: Double) {
        let n = graph.count
        let k = graph.k
        var conditional = [Double](repeating: 0, count: n * k)
        graph.distances.withUnsafeBufferPointer { distances in
            conditional.withUnsafeMutableBufferPointer { out in
                let shared = SharedMutablePointer(out)
                Parallel.forEachChunk(n) { _, range in
                    for i in range {
                        PerplexityCalibration.calibrate(
                            distances: UnsafeBufferPointer(rebasing: distances[(i * k)..<((i + 1) * k)]),
                            perplexity: perplexity,
                            into: shared.base! + i * k)
                    }
                }
            }
        }
        self.init(symmetrizing: conditional, graph: graph)
    }

    /// `(P + Pᵀ) / 2n` of the row-stochastic `n × k` conditional matrix on `graph`.
    private init(symmetrizing conditional: [Double], graph: NeighborGraph) {
        let n = graph.count
        let k = graph.k
        // Unmerged rows: row i gets its k outgoing entries and one entry per incoming edge
        // j → i, in order of the source row (a fixed order, so the sums below are too).
        var start = [Int](repeating: 0, count: n + 1)
        for i in 0..<n { start[i + 1] = k }
        for j in graph.indices { start[Int(j) + 1] += 1 }
        for i in 0..<n { start[i + 1] += start[i] }
        var cols = [Int32](repeating: 0, count: start[n])
        var vals = [Double](repeating: 0, count: start[n])
        var cursor = Array(start[0..<n])
        let scale = 1 / (2 * Double(n))
        for i in 0..<n {
            for t in 0..<k {
                let j = Int(graph.indices[i * k + t])
                let p = conditional[i * k + t] * scale
                cols[cursor[i]] = Int32(j); vals[cursor[i]] = p; cursor[i] += 1
                cols[cursor[j]] = Int32(i); vals[cursor[j]] = p; cursor[j] += 1
            }
        }
        // Merge the entries of each row that share a column; counts land in `merged`.
        var merged = [Int](repeating: 0, count: n)
        cols.withUnsafeMutableBufferPointer { cb in
            vals.withUnsafeMutableBufferPointer { vb in
                merged.withUnsafeMutableBufferPointer { mb in
                    let c = SharedMutablePointer(cb), v = SharedMutablePointer(vb)
                    let m = SharedMutablePointer(mb)
                    Parallel.forEachChunk(n) { _, range in
                        var slot = [Int32](repeating: -1, count: n)
                        for i in range {
                            var end = start[i]
                            for e in start[i]..<start[i + 1] {
                                let j = Int(c[e])
                                if slot[j] >= 0 {
                                    v[Int(slot[j])] += v[e]
                                } else {
                                    slot[j] = Int32(end)
                                    c[end] = c[e]; v[end] = v[e]
                                    end += 1
                                }
                            }
                            for e in start[i]..<end { slot[Int(c[e])] = -1 }
                            m[i] = end - start[i]
                        }
                    }
                }
            }
        }
        var rowStart = [Int](repeating: 0, count: n + 1)
        for i in 0..<n { rowStart[i + 1] = rowStart[i] + merged[i] }
        var columns = [Int32](repeating: 0, count: rowStart[n])
        var values = [Double](repeating: 0, count: rowStart[n])
        var entropy = 0.0
        for i in 0..<n {
            for t in 0..<merged[i] {
                let p = vals[start[i] + t]
                columns[rowStart[i] + t] = cols[start[i] + t]
                values[rowStart[i] + t] = p
                if p > 0 { entropy += p * log(p) }
            }
        }
        self.count = n
        self.rowStart = rowStart
        self.columns = columns
        self.values = values
        self.negativeEntropy = entropy
    }
}

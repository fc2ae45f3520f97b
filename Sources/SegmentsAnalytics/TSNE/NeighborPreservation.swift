/// How well an embedding keeps local neighbourhoods: the share of each sampled point's `k`
/// nearest embedded neighbours that are among its `k` nearest in feature space, averaged
/// over the sample (a k-NN recall, as used to compare t-SNE implementations by Linderman et
/// al. 2019 and Kobak & Berens, "The art of using t-SNE for single-cell transcriptomics",
/// Nat. Commun. 2019). Feature-space ties count: a neighbour exactly as far as the k-th
/// nearest is a hit, so duplicate rows do not make the score depend on tie order.
public enum NeighborPreservation {
    /// The score, in [0, 1].
    /// - Parameters:
    ///   - features: the input rows.
    ///   - embedding: one row per input row.
    ///   - k: neighbours per point, `1 ≤ k < n`.
    ///   - sample: rows to average over (`evenlySpacedSample` for a fixed one).
    /// - Returns: mean share of preserved neighbours; 0 for an empty sample.
    /// - Complexity: about O(n·log n + m·k·log n) for m sampled rows, both cores.
    public static func score(features: Matrix, embedding: Matrix, k: Int = 10, sample: [Int]) -> Double {
        precondition(features.rows == embedding.rows, "one embedded row per feature row")
        precondition(k >= 1 && k < features.rows, "k must be in 1..<n")
        guard !sample.isEmpty else { return 0 }
        let featureGraph = KDTree(features).nearestNeighbors(of: rows(sample, of: features), k: k + 1)
        let embeddedGraph = KDTree(embedding).nearestNeighbors(of: rows(sample, of: embedding), k: k + 1)
        var hits = 0
        for (a, i) in sample.enumerated() {
            let radius = featureGraph.distance(a, k) * (1 + 1e-12)
            var taken = 0
            for t in 0...k where taken < k {
                let j = embeddedGraph.neighbor(a, t)
                if j == i { continue }
                taken += 1
                var s = 0.0
                for c in 0..<features.cols {
                    let diff = features[i, c] - features[j, c]
                    s += diff * diff
                }
                if s.squareRoot() <= radius { hits += 1 }
            }
        }
        return Double(hits) / Double(k * sample.count)
    }

    /// `size` rows evenly spaced over `0..<n` (`i·n / size`), the fixed sample the
    /// benchmark scripts share; all rows when `size ≥ n`.
    /// - Complexity: O(size).
    public static func evenlySpacedSample(count n: Int, size: Int) -> [Int] {
        let m = min(size, n)
        return (0..<m).map { $0 * n / m }
    }

    private static func rows(_ sample: [Int], of matrix: Matrix) -> Matrix {
        var values: [Double] = []
        values.reserveCapacity(sample.count * matrix.cols)
        for i in sample { values.append(contentsOf: matrix.values[(i * matrix.cols)..<((i + 1) * matrix.cols)]) }
        return Matrix(rows: sample.count, cols: matrix.cols, values: values)
    }
}

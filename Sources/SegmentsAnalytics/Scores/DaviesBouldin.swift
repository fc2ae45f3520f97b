extension ClusterScores {
    /// The Davies–Bouldin index (Davies & Bouldin, "A cluster separation measure", IEEE
    /// TPAMI 1979), as scikit-learn's `davies_bouldin_score`: the mean over clusters of the
    /// largest (sᵢ + sⱼ) / ‖cᵢ − cⱼ‖, where sᵢ is the mean distance of cluster i's points to
    /// its centroid cᵢ. Lower is better; 0 when all sᵢ or all centroid distances are ≈ 0
    /// (within 1e-8), and coinciding centroids are ignored, as scikit-learn does.
    /// - Parameters:
    ///   - data: one observation per row.
    ///   - labels: one label per row.
    ///   - noise: how rows labelled `-1` are treated.
    /// - Returns: the index, ≥ 0.
    /// - Throws: `ClusteringError` for a label count that is not the row count, fewer than 2
    ///   or more than n − 1 clusters, or a non-finite value.
    /// - Complexity: O(n·d + k²·d).
    public static func daviesBouldin(
        _ data: Matrix, labels: [Int], noise: NoiseHandling = .asCluster
    ) throws(ClusteringError) -> Double {
        let encoded = try encode(data, labels, noise: noise)
        let k = encoded.clusterCount
        let d = data.cols
        let centroids = encoded.centroids(of: data)
        var spread = [Double](repeating: 0, count: k)
        for c in 0..<k {
            var s = 0.0
            for row in encoded.rows[encoded.starts[c]..<encoded.starts[c + 1]] {
                var squared = 0.0
                for j in 0..<d {
                    let diff = data.values[row * d + j] - centroids[c * d + j]
                    squared += diff * diff
                }
                s += squared.squareRoot()
            }
            spread[c] = s / Double(encoded.size(c))
        }
        var separation = [Double](repeating: 0, count: k * k)
        for a in 0..<k {
            for b in 0..<k {
                var squared = 0.0
                for j in 0..<d {
                    let diff = centroids[a * d + j] - centroids[b * d + j]
                    squared += diff * diff
                }
                separation[a * k + b] = squared.squareRoot()
            }
        }
        if spread.allSatisfy({ abs($0) <= 1e-8 }) || separation.allSatisfy({ abs($0) <= 1e-8 }) { return 0 }
        var total = 0.0
        for a in 0..<k {
            var worst = 0.0
            for b in 0..<k where separation[a * k + b] != 0 {
                worst = max(worst, (spread[a] + spread[b]) / separation[a * k + b])
            }
            total += worst
        }
        return total / Double(k)
    }
}

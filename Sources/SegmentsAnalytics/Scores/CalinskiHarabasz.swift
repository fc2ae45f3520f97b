extension ClusterScores {
    /// The Calinski–Harabasz index or variance ratio criterion (Caliński & Harabasz, "A
    /// dendrite method for cluster analysis", Communications in Statistics 1974), as
    /// scikit-learn's `calinski_harabasz_score`: between-cluster dispersion over
    /// within-cluster dispersion, times (n − k)/(k − 1); 1 when the within dispersion is 0.
    /// Higher is better.
    /// - Parameters:
    ///   - data: one observation per row.
    ///   - labels: one label per row.
    ///   - noise: how rows labelled `-1` are treated.
    /// - Returns: the index, ≥ 0.
    /// - Throws: `ClusteringError` for a label count that is not the row count, fewer than 2
    ///   or more than n − 1 clusters, or a non-finite value.
    /// - Complexity: O(n·d).
    public static func calinskiHarabasz(
        _ data: Matrix, labels: [Int], noise: NoiseHandling = .asCluster
    ) throws(ClusteringError) -> Double {
        let encoded = try encode(data, labels, noise: noise)
        let k = encoded.clusterCount
        let n = encoded.includedCount
        let d = data.cols
        let centroids = encoded.centroids(of: data)
        var mean = [Double](repeating: 0, count: d)
        for row in encoded.rows {
            for j in 0..<d { mean[j] += data.values[row * d + j] }
        }
        for j in 0..<d { mean[j] /= Double(n) }
        var between = 0.0
        var within = 0.0
        for c in 0..<k {
            var squared = 0.0
            for j in 0..<d {
                let diff = centroids[c * d + j] - mean[j]
                squared += diff * diff
            }
            between += Double(encoded.size(c)) * squared
            for row in encoded.rows[encoded.starts[c]..<encoded.starts[c + 1]] {
                for j in 0..<d {
                    let diff = data.values[row * d + j] - centroids[c * d + j]
                    within += diff * diff
                }
            }
        }
        guard within != 0 else { return 1 }
        return between * Double(n - k) / (within * Double(k - 1))
    }
}

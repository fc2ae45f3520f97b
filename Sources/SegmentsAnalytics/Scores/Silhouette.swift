extension ClusterScores {
    /// The exact silhouette (Rousseeuw, "Silhouettes: a graphical aid to the interpretation
    /// and validation of cluster analysis", J. Comput. Appl. Math. 1987) with Euclidean
    /// distances, as scikit-learn's `silhouette_samples`/`silhouette_score`: for row i with
    /// mean distance a to the other rows of its cluster and smallest mean distance b to the
    /// rows of another cluster, s = (b − a) / max(a, b); 0 in a singleton cluster and when
    /// a = b = 0.
    ///
    /// Every pair of rows is visited, no n × n matrix is stored: rows are sorted by cluster
    /// into a coordinate-major copy so each cluster's distance sum is one contiguous,
    /// vectorised loop. With up to 64 clusters each pair's distance is computed once and
    /// added to both rows (16 × 16 tiles scheduled round-robin so concurrent tiles write
    /// disjoint rows); with more, row by row. Both use both cores with a fixed split, so the
    /// values do not depend on thread timing. Distances are computed directly, not as
    /// ‖x‖² + ‖y‖² − 2x·y, so duplicates are exactly 0 apart.
    /// - Parameters:
    ///   - data: one observation per row.
    ///   - labels: one label per row.
    ///   - noise: how rows labelled `-1` are treated.
    /// - Returns: the mean and the per-row values.
    /// - Throws: `ClusteringError` for a label count that is not the row count, fewer than 2
    ///   or more than n − 1 clusters, or a non-finite value.
    /// - Complexity: O(n²·d) time (n²·d/2 with ≤ 64 clusters) on both cores; O(n·d + n·k)
    ///   memory with ≤ 64 clusters, O(n·d) otherwise.
    public static func silhouette(
        _ data: Matrix, labels: [Int], noise: NoiseHandling = .asCluster
    ) throws(ClusteringError) -> SilhouetteResult {
        let encoded = try encode(data, labels, noise: noise)
        let kernel = SilhouetteKernel(data: data, encoded: encoded)
        let sorted = kernel.run()
        var values = [Double](repeating: .nan, count: data.rows)
        for (position, row) in encoded.rows.enumerated() { values[row] = sorted[position] }
        let mean = ChunkedWork(concurrent: false).sum(sorted.count) { sorted[$0] } / Double(sorted.count)
        return SilhouetteResult(mean: mean, values: values, scoredCount: encoded.includedCount)
    }
}

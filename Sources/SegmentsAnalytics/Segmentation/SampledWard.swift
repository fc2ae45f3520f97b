import Logging

/// Ward's tree on a seeded sample of the rows, for matrices above `ScaleLimits.exactWardRows`:
/// each cut labels the sampled rows as the tree does, and every other row gets the cut
/// cluster whose centroid (the mean of its sampled rows) is nearest (first on ties, as
/// `KMeansResult.nearest`). The centroids are the cut's assignment rule, so the saved model
/// (`nearest_centroid`) reproduces every non-sampled row's label.
struct SampledWard {
    /// One cut of the sampled tree.
    struct Cut {
        var labels: [Int]
        /// Centroids of the cut clusters over the sampled rows, `clusters × d`.
        var centers: Matrix
    }

    let sampleSize: Int
    let seed: UInt64

    /// The sample's Ward tree and its cut at each of `clusterCounts`, extended to every row.
    /// - Returns: the linkage of the sampled rows and one cut per cluster count.
    /// - Complexity: Ward's cost on the sample, then O(n·k·d) per cut.
    func fit(_ data: Matrix, clusterCounts: ClosedRange<Int>, logger: Logger) throws(ClusteringError)
        -> (linkage: Linkage, cuts: [Cut])
    {
        let sample = SampledSilhouette.sampleRows(rows: data.rows, size: sampleSize, seed: seed ^ 0x3A2D)
        let d = data.cols
        var values = [Double]()
        values.reserveCapacity(sample.count * d)
        for row in sample { values.append(contentsOf: data.values[(row * d)..<((row + 1) * d)]) }
        let sampled = Matrix(rows: sample.count, cols: d, values: values)
        let linkage = try WardClustering(.init(clusterCount: 1)).fit(sampled, logger: logger).linkage
        let cuts = clusterCounts.map { k in
            let cut = linkage.labels(clusterCount: k)
            let centers = FittedDriftModel.centroids(sampled, labels: cut)
            var labels = KMeansResult.nearest(data, centers: centers)
            for (s, row) in sample.enumerated() { labels[row] = cut[s] }
            return Cut(labels: labels, centers: centers)
        }
        return (linkage, cuts)
    }
}

import Logging

/// K-means for matrices above `ScaleLimits.exactKMeansRows`: the k-means++ restarts run on a
/// seeded sample of the rows, and the best of them (lowest inertia on the sample) is iterated
/// to convergence on every row. The labels, centres and inertia are those of a K-means fixed
/// point of the whole matrix; only the choice of the start is made on the sample.
public struct SampledKMeans: Sendable {
    public let configuration: KMeans.Configuration
    /// Rows the restarts run on.
    public let sampleSize: Int

    public init(_ configuration: KMeans.Configuration, sampleSize: Int) {
        self.configuration = configuration
        self.sampleSize = sampleSize
    }

    /// Fits the restarts on the sample, then refines the best on `data`.
    /// - Throws: `ClusteringError` as `KMeans.fit`.
    /// - Complexity: the restarts' cost on the sample, then one K-means run on all rows.
    public func fit(_ data: Matrix, logger: Logger = Logger(label: "segments.kmeans")) throws(ClusteringError) -> KMeansResult {
        guard data.rows > sampleSize else { return try KMeans(configuration).fit(data, logger: logger) }
        let rows = SampledSilhouette.sampleRows(rows: data.rows, size: sampleSize, seed: configuration.seed ^ 0x4B3E)
        let start = try KMeans(configuration).fit(data.selecting(rows: rows), logger: logger)
        let tolerance = configuration.tolerance * data.meanColumnVariance()
        return data.values.withUnsafeBufferPointer { x in
            KMeansRun(x: x, rows: data.rows, cols: data.cols, k: configuration.clusterCount, seed: configuration.seed,
                      work: ChunkedWork(concurrent: true))
                .refine(from: start.centers, maxIterations: configuration.maxIterations, tolerance: tolerance, restart: start.restart)
        }
    }
}

/// The outcome of a K-means fit.
public struct KMeansResult: Sendable, Equatable {
    /// Cluster of every row, in `0..<k`.
    public let labels: [Int]
    /// The k centres, one per row.
    public let centers: Matrix
    /// Sum of squared Euclidean distances of the rows to their centres.
    public let inertia: Double
    /// Lloyd iterations run by the kept restart (scikit-learn's `n_iter_`).
    public let iterations: Int
    /// Index of the kept restart.
    public let restart: Int

    /// Number of clusters.
    public var clusterCount: Int { centers.rows }
}

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

    /// Creates a result, e.g. from a saved model's centres, to `predict` new rows.
    /// - Precondition: `labels` are in `0..<centers.rows`.
    public init(labels: [Int], centers: Matrix, inertia: Double, iterations: Int, restart: Int) {
        precondition(labels.allSatisfy { (0..<centers.rows).contains($0) }, "labels out of range")
        self.labels = labels
        self.centers = centers
        self.inertia = inertia
        self.iterations = iterations
        self.restart = restart
    }

    /// Number of clusters.
    public var clusterCount: Int { centers.rows }
}

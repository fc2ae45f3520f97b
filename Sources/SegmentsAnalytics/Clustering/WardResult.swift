/// The outcome of a Ward fit.
public struct WardResult: Sendable, Equatable {
    /// The full hierarchy, SciPy-style.
    public let linkage: Linkage
    /// Flat labels for the configured cluster count (`linkage.labels(clusterCount:)`).
    public let labels: [Int]
}

/// The outcome of a DBSCAN fit.
public struct DBSCANResult: Sendable, Equatable {
    /// Cluster of every row, in `0..<clusterCount`, or −1 for noise.
    public let labels: [Int]
    /// Whether each row is a core row.
    public let isCore: [Bool]
    /// The radius used.
    public let eps: Double
    /// The k-distance curve `eps` was chosen from; `nil` when `eps` was given.
    public let kDistance: KDistanceCurve?

    /// Number of clusters, noise excluded.
    public var clusterCount: Int { (labels.max() ?? -1) + 1 }
    /// Number of noise rows.
    public var noiseCount: Int { labels.count { $0 == -1 } }
}

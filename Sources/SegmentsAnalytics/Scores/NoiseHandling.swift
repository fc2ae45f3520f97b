/// How a score treats rows labelled `-1` (DBSCAN noise).
public enum NoiseHandling: String, Sendable, CaseIterable {
    /// `-1` is a cluster like any other (scikit-learn's behaviour).
    case asCluster
    /// Rows labelled `-1` are left out of the score.
    case exclude
}

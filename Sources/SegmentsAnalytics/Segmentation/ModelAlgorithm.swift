/// A clustering algorithm of the model search, named as in configuration and exports.
public enum ModelAlgorithm: String, Sendable, Hashable, CaseIterable, Codable {
    /// K-means (`KMeans`), one run per k.
    case kmeans
    /// Ward's hierarchical clustering (`WardClustering`), one linkage per feature set cut at each k.
    case ward
    /// DBSCAN (`DBSCAN`), one run per eps.
    case dbscan

    /// Rank in tie-breaking: K-means, then Ward, then DBSCAN (centroid models first, as they
    /// assign new buyers most simply).
    var tieRank: Int { Self.allCases.firstIndex(of: self)! }
}

/// Internal validity scores of a clustering (silhouette, Davies–Bouldin, Calinski–Harabasz)
/// and the adjusted Rand index between two clusterings, with scikit-learn's definitions
/// and special cases.
///
/// Labels are arbitrary integers; `-1` is DBSCAN's noise label. With
/// `NoiseHandling.asCluster` noise is one more cluster, as scikit-learn treats it; with
/// `.exclude` the noise rows are left out before scoring.
public enum ClusterScores {}

extension ClusterScores {
    /// Checks that `labels` has one entry per row and the matrix is finite, and encodes it.
    static func encode(_ data: Matrix, _ labels: [Int], noise: NoiseHandling) throws(ClusteringError)
        -> EncodedLabels
    {
        guard labels.count == data.rows else {
            throw .labelCountMismatch(labels: labels.count, rows: data.rows)
        }
        try data.checkFinite()
        let encoded = EncodedLabels(labels, noise: noise)
        try encoded.checkClusterCount()
        return encoded
    }
}

import Logging

/// Density-based clustering (Ester, Kriegel, Sander & Xu, "A density-based algorithm for
/// discovering clusters in large spatial databases with noise", KDD 1996), exact and with
/// scikit-learn's conventions: a core row has at least `minSamples` rows, itself included,
/// within distance `eps` (inclusive); clusters are the connected groups of core rows plus
/// the non-core rows within `eps` of one of them; the rest is noise (label −1).
///
/// Clusters are numbered as scikit-learn numbers them (in the order of their lowest core
/// row), so core rows and noise match scikit-learn exactly; a border row near two clusters
/// may go to either. Nothing like scikit-learn's list of every neighbourhood is stored: the
/// core test stops counting at `minSamples`, and the expansion asks a k-d tree for the
/// still unlabelled rows near one core row at a time, skipping labelled subtrees, so memory
/// is O(n) and dense data costs far less than its neighbourhoods' total size.
public struct DBSCAN: Sendable {
    /// Parameters of a DBSCAN fit.
    public struct Configuration: Sendable, Equatable {
        /// Neighbourhood radius; `nil` chooses it at the knee of the k-distance curve.
        public var eps: Double?
        /// Rows within `eps`, the row itself included, that make a row core (≥ 2 when `eps`
        /// is chosen from the curve).
        public var minSamples: Int

        /// Creates a configuration; `minSamples` defaults to scikit-learn's 5.
        public init(eps: Double? = nil, minSamples: Int = 5) {
            self.eps = eps
            self.minSamples = minSamples
        }
    }

    /// The parameters of this model.
    public let configuration: Configuration

    /// Creates a DBSCAN model with `configuration`.
    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Clusters the rows of `data`.
    /// - Parameters:
    ///   - data: one observation per row.
    ///   - logger: receives the chosen `eps` and the cluster count at debug level.
    /// - Returns: labels (−1 for noise), core mask, the `eps` used and, when it was chosen,
    ///   the k-distance curve.
    /// - Throws: `ClusteringError` for `eps` ≤ 0 or not finite, `minSamples` < 1 (< 2 without
    ///   `eps`), too few rows for the curve, or a non-finite value.
    /// - Complexity: about O(n·(log n + minSamples)) for the core test (both cores) plus
    ///   one range search per core row restricted to unlabelled rows, in low dimensions;
    ///   plus the curve's cost when `eps` is chosen; O(n) memory besides the k-d tree.
    public func fit(_ data: Matrix, logger: Logger = Logger(label: "segments.dbscan")) throws(ClusteringError)
        -> DBSCANResult
    {
        let minSamples = configuration.minSamples
        guard minSamples >= 1 else {
            throw .invalidParameter(name: "minSamples", value: "\(minSamples)", expected: "at least 1")
        }
        if let eps = configuration.eps, !(eps > 0 && eps.isFinite) {
            throw .invalidParameter(name: "eps", value: "\(eps)", expected: "a finite value > 0")
        }
        try data.checkFinite()
        let tree = KDTree(data)
        var curve: KDistanceCurve?
        let eps: Double
        if let given = configuration.eps {
            eps = given
        } else {
            guard minSamples >= 2 else {
                throw .invalidParameter(
                    name: "minSamples", value: "\(minSamples)", expected: "at least 2 to choose eps")
            }
            guard data.rows >= minSamples else {
                throw .tooFewRows(rows: data.rows, required: minSamples, reason: "min_samples")
            }
            curve = try KDistanceCurve(tree: tree, minSamples: minSamples, maxPoints: 500)
            eps = curve!.eps
        }
        let isCore = tree.hasNeighbors(atLeast: minSamples, within: eps)
        let labels = Self.expand(tree: tree, isCore: isCore, eps: eps)
        let result = DBSCANResult(labels: labels, isCore: isCore, eps: eps, kDistance: curve)
        logger.debug(
            "dbscan", metadata: ["eps": "\(eps)", "clusters": "\(result.clusterCount)", "noise": "\(result.noiseCount)"])
        return result
    }
}

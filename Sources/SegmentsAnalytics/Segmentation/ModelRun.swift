/// One fitted model of the search: a feature set, an algorithm and its parameters, with the
/// resulting partition's scores.
public struct ModelRun: Sendable, Equatable {
    /// The parameters that define the run.
    public struct Parameters: Sendable, Equatable, Codable {
        /// Requested clusters (K-means, Ward); `nil` for DBSCAN.
        public var k: Int?
        /// DBSCAN's radius.
        public var eps: Double?
        /// DBSCAN's `min_samples` (the row itself included).
        public var minSamples: Int?
        /// K-means restarts.
        public var restarts: Int?
        /// K-means seed of the restarts.
        public var seed: UInt64?

        public init(k: Int? = nil, eps: Double? = nil, minSamples: Int? = nil, restarts: Int? = nil, seed: UInt64? = nil) {
            self.k = k
            self.eps = eps
            self.minSamples = minSamples
            self.restarts = restarts
            self.seed = seed
        }
    }

    /// Name of the feature set (`FeatureSet.name`).
    public var featureSet: String
    public var algorithm: ModelAlgorithm
    public var parameters: Parameters
    /// Clusters found, noise excluded.
    public var clusterCount: Int
    /// Share of the buyers labelled noise (DBSCAN), 0 otherwise.
    public var noiseShare: Double
    /// Mean silhouette over the non-noise buyers (scikit-learn's `silhouette_score`
    /// on them), exact up to `ScaleLimits.exactSilhouetteRows` buyers and estimated on a sample
    /// above; `nil` when it is undefined (fewer than 2 clusters).
    public var silhouette: Double?
    /// Davies–Bouldin and Calinski–Harabasz indices over the non-noise buyers; `nil` when
    /// undefined.
    public var daviesBouldin: Double?
    public var calinskiHarabasz: Double?
    /// Sum of squared distances to the centres (K-means only).
    public var inertia: Double?
    /// Smallest and largest cluster as a share of all buyers (noise counted in the total).
    public var smallestClusterShare: Double
    public var largestClusterShare: Double
    /// Seconds spent on this run: its fit (Ward: the linkage shared by its cuts, divided
    /// among them), its scores and its share of the silhouette pass.
    public var seconds: Double
    /// The 95 % interval of `silhouette` when it was estimated on a sample
    /// (`ScaleLimits`); `nil` when it is exact.
    public var silhouetteInterval: SilhouetteInterval? = nil

    public init(
        featureSet: String, algorithm: ModelAlgorithm, parameters: Parameters, clusterCount: Int,
        noiseShare: Double, silhouette: Double?, daviesBouldin: Double?, calinskiHarabasz: Double?,
        inertia: Double?, smallestClusterShare: Double, largestClusterShare: Double, seconds: Double
    ) {
        self.featureSet = featureSet
        self.algorithm = algorithm
        self.parameters = parameters
        self.clusterCount = clusterCount
        self.noiseShare = noiseShare
        self.silhouette = silhouette
        self.daviesBouldin = daviesBouldin
        self.calinskiHarabasz = calinskiHarabasz
        self.inertia = inertia
        self.smallestClusterShare = smallestClusterShare
        self.largestClusterShare = largestClusterShare
        self.seconds = seconds
    }
}

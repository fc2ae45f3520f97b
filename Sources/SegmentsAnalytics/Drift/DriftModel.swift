/// The model whose ageing the drift analysis measures: the chosen run's feature set,
/// algorithm and parameters.
public struct DriftModel: Sendable, Equatable {
    public var featureSet: FeatureSet
    public var algorithm: ModelAlgorithm
    /// Clusters (K-means, Ward).
    public var clusterCount: Int?
    /// DBSCAN's radius and `min_samples`.
    public var eps: Double?
    public var minSamples: Int?

    public init(featureSet: FeatureSet, algorithm: ModelAlgorithm, clusterCount: Int? = nil, eps: Double? = nil, minSamples: Int? = nil) {
        self.featureSet = featureSet
        self.algorithm = algorithm
        self.clusterCount = clusterCount
        self.eps = eps
        self.minSamples = minSamples
    }

    /// The model of a search's chosen run (nil when its feature set is not among `featureSets`).
    public init?(_ run: ModelRun, featureSets: [FeatureSet]) {
        guard let set = featureSets.first(where: { $0.name == run.featureSet }) else { return nil }
        self.init(
            featureSet: set, algorithm: run.algorithm, clusterCount: run.parameters.k ?? run.clusterCount,
            eps: run.parameters.eps, minSamples: run.parameters.minSamples)
    }
}

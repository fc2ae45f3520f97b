extension ModelSearch {
    /// How DBSCAN's radius values are chosen.
    public enum EpsChoice: Sendable, Equatable {
        /// The knee of the k-distance curve (`KDistanceCurve`) times each factor.
        case knee(factors: [Double])
        /// These radii.
        case values([Double])

        /// The knee, and 20 % below and 25 % above it.
        public static let `default` = EpsChoice.knee(factors: [0.8, 1, 1.25])
    }

    /// What the search fits and how it picks the model.
    public struct Configuration: Sendable, Equatable {
        /// Feature sets, each one matrix (default the three built-in ones).
        public var featureSets: [FeatureSet]
        /// Cluster counts for K-means and Ward (default 2…10).
        public var clusterCounts: ClosedRange<Int>
        /// Algorithms run on every feature set, in this order.
        public var algorithms: [ModelAlgorithm]
        /// K-means restarts (k-means++ seeding) per k; the lowest inertia is kept.
        public var kmeansRestarts: Int
        /// DBSCAN's `min_samples`; `nil` for twice the number of features.
        public var dbscanMinSamples: Int?
        /// DBSCAN's radii.
        public var dbscanEps: EpsChoice
        /// Seed of the K-means restarts.
        public var seed: UInt64
        /// The rule picking the model to present.
        public var selection: ModelSelection
        /// Merges of the chosen feature set's Ward tree kept for the dendrogram (SciPy's
        /// `truncate_mode="lastp"` with p leaves).
        public var dendrogramLeaves: Int
        /// Buyer counts above which the silhouette and Ward are approximated (SCALING.md).
        public var scale = ScaleLimits()

        /// Creates a configuration. The default K-means restarts (25, more than scikit-learn's
        /// 10) keep our best local optimum within 0.1 % of `KMeans(k, n_init=10)`'s at every k
        /// on the full-scale data (BENCHMARKS.md).
        public init(
            featureSets: [FeatureSet] = FeatureSet.builtIn, clusterCounts: ClosedRange<Int> = 2...10,
            algorithms: [ModelAlgorithm] = ModelAlgorithm.allCases, kmeansRestarts: Int = 25,
            dbscanMinSamples: Int? = nil, dbscanEps: EpsChoice = .default, seed: UInt64 = 0,
            selection: ModelSelection = ModelSelection(), dendrogramLeaves: Int = 30
        ) {
            self.featureSets = featureSets
            self.clusterCounts = clusterCounts
            self.algorithms = algorithms
            self.kmeansRestarts = kmeansRestarts
            self.dbscanMinSamples = dbscanMinSamples
            self.dbscanEps = dbscanEps
            self.seed = seed
            self.selection = selection
            self.dendrogramLeaves = dendrogramLeaves
        }

        /// DBSCAN's `min_samples` for `features` columns.
        func minSamples(columns: Int) -> Int { dbscanMinSamples ?? max(2, 2 * columns) }

        /// Throws for a value out of range.
        func validate(rows: Int) throws(ClusteringError) {
            guard !featureSets.isEmpty, featureSets.allSatisfy({ !$0.features.isEmpty }) else {
                throw .invalidParameter(name: "featureSets", value: "\(featureSets.map(\.name))", expected: "at least one non-empty set")
            }
            guard Set(featureSets.map(\.name)).count == featureSets.count else {
                throw .invalidParameter(name: "featureSets", value: "\(featureSets.map(\.name))", expected: "distinct names")
            }
            guard clusterCounts.lowerBound >= 2 else {
                throw .invalidParameter(name: "clusterCounts", value: "\(clusterCounts)", expected: "k ≥ 2")
            }
            guard kmeansRestarts >= 1 else {
                throw .invalidParameter(name: "kmeansRestarts", value: "\(kmeansRestarts)", expected: "at least 1")
            }
            if let minSamples = dbscanMinSamples, minSamples < 2 {
                throw .invalidParameter(name: "dbscanMinSamples", value: "\(minSamples)", expected: "at least 2")
            }
            switch dbscanEps {
            case .knee(let factors) where factors.isEmpty || factors.contains(where: { !($0 > 0 && $0.isFinite) }):
                throw .invalidParameter(name: "dbscanEps", value: "\(factors)", expected: "finite factors > 0")
            case .values(let values) where values.isEmpty || values.contains(where: { !($0 > 0 && $0.isFinite) }):
                throw .invalidParameter(name: "dbscanEps", value: "\(values)", expected: "finite radii > 0")
            default: break
            }
            try scale.validate()
            guard dendrogramLeaves >= 2 else {
                throw .invalidParameter(name: "dendrogramLeaves", value: "\(dendrogramLeaves)", expected: "at least 2")
            }
            guard rows > clusterCounts.upperBound else {
                throw .tooFewRows(rows: rows, required: clusterCounts.upperBound + 1, reason: "the largest k")
            }
        }
    }
}

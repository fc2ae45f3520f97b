import SegmentsLoading

/// Everything needed to assign new buyers to the segments of a fitted model, as saved in
/// `data/model.json`: how to build a buyer's feature row (features, transforms, imputation
/// values, scaler, recency reference), how to assign a row to a cluster (the algorithm's
/// assignment rule and its points), and the segments' identifiers.
///
/// Assignment rules:
/// - K-means and Ward (`nearest_centroid`): the nearest centroid in scaled units (squared
///   Euclidean distance, the first centroid on ties); for Ward the centroids are the means of
///   the clusters of the cut.
/// - DBSCAN (`nearest_core_within_eps`): the cluster of the nearest core point of the fit if it
///   is within `eps` (inclusive), else noise (−1).
///
/// A rule can place a few training buyers differently from the fit (Ward's clusters are not
/// Voronoi cells; a DBSCAN border point joins the first cluster that reaches it, not always
/// the nearest core's; a K-means tie). Those buyers are kept in ``exceptions`` with their
/// feature row: a buyer with the same identifier and exactly the same row gets its training
/// cluster, so scoring the training data reproduces `data/segments.csv`.
public struct SegmentationModel: Sendable, Equatable, Codable {
    /// The version of this layout; a file of another version is refused.
    public static let formatVersion = 1

    /// One column of the feature row.
    public struct Feature: Sendable, Equatable, Codable {
        /// ``BuyerFeature`` identifier (`recency`, `monetary`…).
        public var name: String
        /// ``BuyerFeature/transformName`` applied to the raw value (`none`, `log1p`, `signed log1p`).
        public var transform: String
        /// Value given to a missing raw value, after the transform (the training median).
        public var imputed: Double
        /// Scaler: the row holds `(transformed − mean) / scale`.
        public var mean: Double
        public var scale: Double

        public init(name: String, transform: String, imputed: Double, mean: Double, scale: Double) {
            self.name = name
            self.transform = transform
            self.imputed = imputed
            self.mean = mean
            self.scale = scale
        }
    }

    /// How recency is measured.
    public struct Reference: Sendable, Equatable, Codable {
        /// `midnight_after_last_valid_purchase`: recency is measured from the midnight after
        /// the scored data's last valid purchase; `fixed`: from ``trainingReference`` (a
        /// configured date). `segments score --as-of` overrides either.
        public var rule: String
        /// The reference of the training data (`yyyy-MM-dd HH:mm:ss`, UTC).
        public var trainingReference: String

        public init(rule: String, trainingReference: String) {
            self.rule = rule
            self.trainingReference = trainingReference
        }
    }

    /// The assignment rule and its points, in scaled units.
    public struct Assignment: Sendable, Equatable, Codable {
        /// `nearest_centroid` or `nearest_core_within_eps`.
        public var rule: String
        /// One row per cluster (`nearest_centroid`).
        public var centroids: [[Double]]?
        /// The fit's core points and their clusters (`nearest_core_within_eps`).
        public var corePoints: [[Double]]?
        public var coreClusters: [Int]?
        /// DBSCAN's radius.
        public var eps: Double?

        public init(rule: String, centroids: [[Double]]? = nil, corePoints: [[Double]]? = nil, coreClusters: [Int]? = nil, eps: Double? = nil) {
            self.rule = rule
            self.centroids = centroids
            self.corePoints = corePoints
            self.coreClusters = coreClusters
            self.eps = eps
        }
    }

    /// A segment: its cluster number and its name as identifiers (`recent-big_spender`).
    public struct Segment: Sendable, Equatable, Codable {
        public var cluster: Int
        public var name: String

        public init(cluster: Int, name: String) {
            self.cluster = cluster
            self.name = name
        }
    }

    /// A training buyer the rule places differently from the fit.
    public struct Exception: Sendable, Equatable, Codable {
        public var customerUniqueId: String
        /// Its scaled feature row at training time.
        public var row: [Double]
        /// Its cluster in the fit.
        public var cluster: Int

        public init(customerUniqueId: String, row: [Double], cluster: Int) {
            self.customerUniqueId = customerUniqueId
            self.row = row
            self.cluster = cluster
        }
    }

    public static let nearestCentroid = "nearest_centroid"
    public static let nearestCoreWithinEps = "nearest_core_within_eps"
    public static let midnightAfterLastPurchase = "midnight_after_last_valid_purchase"
    public static let fixedReference = "fixed"

    /// The version of the tool that fitted the model.
    public var toolVersion: String
    public var featureSet: String
    public var features: [Feature]
    public var reference: Reference
    public var algorithm: ModelAlgorithm
    public var parameters: ModelRun.Parameters
    public var assignment: Assignment
    public var segments: [Segment]
    public var exceptions: [Exception]
    /// Buyers the model was fitted on.
    public var trainingBuyers: Int

    public init(
        toolVersion: String, featureSet: String, features: [Feature], reference: Reference, algorithm: ModelAlgorithm,
        parameters: ModelRun.Parameters, assignment: Assignment, segments: [Segment], exceptions: [Exception],
        trainingBuyers: Int
    ) {
        self.toolVersion = toolVersion
        self.featureSet = featureSet
        self.features = features
        self.reference = reference
        self.algorithm = algorithm
        self.parameters = parameters
        self.assignment = assignment
        self.segments = segments
        self.exceptions = exceptions
        self.trainingBuyers = trainingBuyers
    }

    /// Number of clusters (noise excluded).
    public var clusterCount: Int { segments.count }
}

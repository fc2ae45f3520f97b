/// The settings of the drift analysis (`DriftAnalysis`), with defaults. A plain value, so that
/// a configuration file or command-line options can fill it.
public struct DriftConfiguration: Sendable, Equatable {
    /// How far apart the steps are.
    public enum Step: String, Sendable, Equatable, CaseIterable, Codable {
        case weekly
        case biweekly
        case monthly
    }

    /// Months of data in the first initial window, counted from the first day of the month
    /// of the first valid purchase (default 12).
    public var initialMonths: Int
    /// Time between steps (default monthly).
    public var step: Step
    /// Number of initial windows the curve is drawn from (default 3).
    public var starts: Int
    /// Months between consecutive initial windows' ends (default 1).
    public var startSpacingMonths: Int
    /// ARI below which the segments are considered out of date (default 0.80).
    public var threshold: Double
    /// Seed of every fit; the instability floor's second refit uses `seed + 1`.
    public var seed: UInt64
    /// Ward and DBSCAN are fitted on a seeded sample of this many buyers when there are
    /// more, the others assigned to the nearest cluster centroid (Ward) or core point
    /// (DBSCAN) (default 5,000).
    public var sampleSize: Int
    /// Sampled Ward fits per refit (default 8): each sample's cut is refined on every buyer
    /// and the one with the lowest within-cluster sum of squares is kept (`FittedDriftModel`).
    public var wardRestarts: Int
    /// K-means restarts per fit (at most the chosen run's; default 10).
    public var kmeansRestarts: Int
    /// The model search's scale thresholds, applied to the K-means refits: above
    /// `exactKMeansRows` buyers their restarts run on a sample (`SampledKMeans`).
    public var scale = ScaleLimits()

    public init(
        initialMonths: Int = 12, step: Step = .monthly, starts: Int = 3, startSpacingMonths: Int = 1,
        threshold: Double = 0.80, seed: UInt64 = 0, sampleSize: Int = 5_000, kmeansRestarts: Int = 10,
        wardRestarts: Int = 8
    ) {
        self.initialMonths = initialMonths
        self.step = step
        self.starts = starts
        self.startSpacingMonths = startSpacingMonths
        self.threshold = threshold
        self.seed = seed
        self.sampleSize = sampleSize
        self.kmeansRestarts = kmeansRestarts
        self.wardRestarts = wardRestarts
    }

    /// Throws for a value out of range.
    func validate() throws(ClusteringError) {
        guard initialMonths >= 1 else {
            throw .invalidParameter(name: "initialMonths", value: "\(initialMonths)", expected: "at least 1")
        }
        guard starts >= 1 else { throw .invalidParameter(name: "starts", value: "\(starts)", expected: "at least 1") }
        guard startSpacingMonths >= 1 else {
            throw .invalidParameter(name: "startSpacingMonths", value: "\(startSpacingMonths)", expected: "at least 1")
        }
        guard threshold > 0, threshold < 1 else {
            throw .invalidParameter(name: "threshold", value: "\(threshold)", expected: "between 0 and 1")
        }
        guard sampleSize >= 10 else {
            throw .invalidParameter(name: "sampleSize", value: "\(sampleSize)", expected: "at least 10")
        }
        guard wardRestarts >= 1 else {
            throw .invalidParameter(name: "wardRestarts", value: "\(wardRestarts)", expected: "at least 1")
        }
        guard kmeansRestarts >= 1 else {
            throw .invalidParameter(name: "kmeansRestarts", value: "\(kmeansRestarts)", expected: "at least 1")
        }
    }
}

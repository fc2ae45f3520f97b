/// What the drift analysis measured: the ARI of the initial models against refits over
/// time, the instability floor, the maintenance interval, feature drift and segment sizes.
/// Instants are Unix seconds (UTC).
public struct DriftResult: Sendable {
    /// One step of one initial window.
    public struct Step: Sendable, Equatable {
        /// Step number, 1 for the first step after the window.
        public let index: Int
        public let date: Int64
        /// Days since the window's end.
        public let elapsedDays: Double
        /// Buyers known at `date` (compared by ARI).
        public let buyers: Int
        /// ARI of the initial model's assignment against the refit at `date`.
        public let ari: Double
        /// ARI of two refits at `date` with different seeds.
        public let floor: Double
    }

    /// One initial window and its curve.
    public struct Start: Sendable, Equatable {
        /// End of the window (the first instant not in it).
        public let windowEnd: Int64
        /// Buyers the initial model was fitted on.
        public let buyers: Int
        public let steps: [Step]
    }

    /// The curve over the starts at one step number.
    public struct CurvePoint: Sendable, Equatable {
        public let index: Int
        /// The first start's date and elapsed days at this step.
        public let date: Int64
        public let elapsedDays: Double
        /// Median, smallest and largest ARI over the starts that reach this step.
        public let median: Double
        public let low: Double
        public let high: Double
        /// Median instability floor over those starts.
        public let floor: Double
        /// Starts that reach this step.
        public let starts: Int
    }

    /// PSI and KS of one feature at each step of the first start (same order as its steps).
    public struct FeatureDrift: Sendable, Equatable {
        public let feature: BuyerFeature
        public let psi: [Double]
        public let ksStatistic: [Double]
        public let ksPValue: [Double]
    }

    /// One labeling of the buyers known at a date (for the exported check).
    public struct Labeling: Sendable, Equatable {
        public enum Kind: String, Sendable {
            /// The initial model of `start` assigning the buyers at `date`.
            case initial
            /// The refit at `date` with the seed, and with the seed + 1 (the floor's).
            case refit
            case refitFloor = "refit_floor"
        }
        public let kind: Kind
        /// Start index for `initial`, nil for refits.
        public let start: Int?
        public let date: Int64
        /// Labels of the buyers known at `date`, in order of first purchase (`buyerOrder`'s
        /// prefix), −1 for noise.
        public let labels: [Int]
    }

    public let configuration: DriftConfiguration
    public let model: DriftModel
    /// First valid purchase and the end of the data (midnight after the last purchase).
    public let dataStart: Int64
    public let dataEnd: Int64
    /// The first window's end plus two steps: data must reach it (`dataEnd ≥ requiredEnd`).
    public let requiredEnd: Int64
    /// Whether the data are too short for the initial window and two steps; then nothing else
    /// is measured.
    public var isTooShort: Bool { starts.isEmpty }
    public let starts: [Start]
    public let curve: [CurvePoint]
    /// nil when too short.
    public let interval: MaintenanceInterval?
    public let features: [FeatureDrift]
    /// Buyers per segment (column; the last column is noise when the model has any) as the
    /// first start's initial model assigns them: at its window's end, then at each step.
    public let sizes: [[Int]]
    /// Segment labels of `sizes`' columns (−1 for noise).
    public let sizeLabels: [Int]
    /// The name of today's segment (`SegmentationProfile`) each column of `sizes` matches, by
    /// `matchedSegments(buyers:labels:)`; empty until the report sets it, nil for noise.
    public var sizeNames: [SegmentName?] = []
    /// Buyer codes in order of first purchase; labelings cover a prefix.
    public let buyerOrder: [Int32]
    public let labelings: [Labeling]

    /// The median over the steps of the curve's instability floor (NaN when too short).
    public var medianFloor: Double { DriftAnalysis.median(curve.map(\.floor)) }

    /// The median ARI against elapsed days, for the quote page.
    public var medianCurve: [(days: Double, ari: Double)] { curve.map { ($0.elapsedDays, $0.median) } }
}

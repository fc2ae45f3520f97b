import SegmentsCharts

/// What the drift analysis measured that the maintenance quote is priced on: the interval
/// after which the segments are due for a rebuild, and the evidence shown beside it.
public struct QuoteBasis: Sendable, Equatable {
    /// A point of the median ARI curve.
    public struct Point: Sendable, Equatable {
        public var date: CivilDate
        public var value: Double

        public init(date: CivilDate, value: Double) {
            self.date = date
            self.value = value
        }
    }

    /// Days after the fit at which the median ARI first falls below `threshold`; `nil` when
    /// nothing could be measured (too short a history).
    public var intervalDays: Double?
    /// Whether the ARI never fell below the threshold within the data, so that
    /// `intervalDays` (the span covered) is only a lower bound.
    public var isLowerBound: Bool
    /// ARI below which the segments are due for a rebuild.
    public var threshold: Double
    /// First and last day of the data the analysis covered.
    public var firstDate: CivilDate
    public var lastDate: CivilDate
    /// The median ARI over the initial windows, step by step, for the quote's small chart.
    public var medianARI: [Point]

    public init(
        intervalDays: Double?, isLowerBound: Bool, threshold: Double, firstDate: CivilDate, lastDate: CivilDate,
        medianARI: [Point]
    ) {
        self.intervalDays = intervalDays
        self.isLowerBound = isLowerBound
        self.threshold = threshold
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.medianARI = medianARI
    }
}

/// How long the segments stay valid: the time after the end of the initial window at which
/// the median ARI curve first falls below the threshold, interpolated linearly between the
/// two steps around the crossing (the curve starts at ARI 1 at elapsed time 0). When it never
/// falls below within the data, the last step's elapsed time, as a lower bound.
public struct MaintenanceInterval: Sendable, Equatable {
    /// Days after the initial window's end.
    public let days: Double
    /// Whether the curve never fell below the threshold: the segments last at least `days`.
    public let isLowerBound: Bool
    /// The ARI threshold.
    public let threshold: Double
    /// Index in the curve of the first point below the threshold (nil for a lower bound).
    public let crossingIndex: Int?

    /// Weeks, `days / 7`.
    public var weeks: Double { days / 7 }

    public init(days: Double, isLowerBound: Bool, threshold: Double, crossingIndex: Int? = nil) {
        self.days = days
        self.isLowerBound = isLowerBound
        self.threshold = threshold
        self.crossingIndex = crossingIndex
    }

    /// The interval of a median curve: `points` are (elapsed days, median ARI), elapsed
    /// increasing and positive; nil without points.
    public init?(curve points: [(days: Double, ari: Double)], threshold: Double) {
        guard let lastPoint = points.last else { return nil }
        var previous = (days: 0.0, ari: 1.0)
        for (index, point) in points.enumerated() {
            if point.ari < threshold {
                let drop = previous.ari - point.ari
                let fraction = drop > 0 ? (previous.ari - threshold) / drop : 1
                self.init(
                    days: previous.days + max(0, min(1, fraction)) * (point.days - previous.days), isLowerBound: false,
                    threshold: threshold, crossingIndex: index)
                return
            }
            previous = point
        }
        self.init(days: lastPoint.days, isLowerBound: true, threshold: threshold)
    }
}

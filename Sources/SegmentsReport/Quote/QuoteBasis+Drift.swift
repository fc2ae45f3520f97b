import SegmentsAnalytics
import SegmentsCharts

extension QuoteBasis {
    /// What the drift analysis measured, for the quote; `nil` when the history was too short
    /// to measure anything (the quote then assumes one intervention a year).
    public init?(_ drift: DriftResult) {
        guard let interval = drift.interval else { return nil }
        self.init(
            intervalDays: interval.days, isLowerBound: interval.isLowerBound, threshold: interval.threshold,
            firstDate: CivilDate(unixSeconds: Double(drift.dataStart)),
            lastDate: CivilDate(unixSeconds: Double(drift.dataEnd - 1)),
            medianARI: drift.curve.map { Point(date: CivilDate(unixSeconds: Double($0.date)), value: $0.median) })
    }
}

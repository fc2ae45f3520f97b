import Foundation

/// Bounds outside which a value that parses is still not believable, so its row is left out
/// (or, for an optional date, the value is kept as missing) and counted as
/// ``DataIssue/Kind/implausibleValue``.
///
/// - Dates of events (purchase, approval, hand-over to the carrier, delivery, review creation
///   and answer) lie from ``earliest`` (2000-01-01, years before any export this tool reads:
///   Olist's history starts in 2016) to ``latest``, the end of the run's day (UTC): a purchase
///   dated `9999-12-31` or `1900-01-01` is a typing error, not a sale.
/// - Dates of promises (estimated delivery, shipping limit) may lie up to ``promiseHorizon``
///   days after ``latest``.
/// - Prices, freight and payment values are not negative; installments are not negative;
///   review scores lie from 1 to 5.
public struct PlausibilityRules: Sendable, Equatable {
    /// The earliest plausible date of anything: 2000-01-01 00:00:00.
    public static let defaultEarliest = Timestamp(year: 2000, month: 1, day: 1)!
    /// How many days after ``latest`` a promised date may lie.
    public static let promiseHorizon: Int64 = 366

    /// The earliest plausible date.
    public var earliest: Timestamp
    /// The latest plausible date of an event: the end of the run's day.
    public var latest: Timestamp

    /// Rules for a run at `now`.
    /// - Parameter now: the run's clock (the report's generation date).
    public init(now: Date = Date()) {
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let day = Timestamp(secondsSince1970: seconds).daysSince1970
        earliest = Self.defaultEarliest
        latest = Timestamp(secondsSince1970: (day + 1) * Timestamp.secondsPerDay - 1)
    }

    /// The plausible range of event dates.
    public var events: ClosedRange<Timestamp> { earliest...max(earliest, latest) }

    /// The plausible range of promised dates.
    public var promises: ClosedRange<Timestamp> {
        earliest...Timestamp(secondsSince1970: events.upperBound.secondsSince1970 + Self.promiseHorizon * Timestamp.secondsPerDay)
    }
}

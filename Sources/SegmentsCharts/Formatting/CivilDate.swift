import SegmentsCore

/// A calendar date in the proleptic Gregorian calendar, UTC, converted to and from Unix
/// seconds with exact integer arithmetic (`Timestamp`'s Hinnant algorithms), so
/// results never depend on the machine's time zone or calendar settings.
public struct CivilDate: Sendable, Hashable, Comparable {
    /// The year, such as 2018.
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// The day of the month, 1...31.
    public var day: Int

    /// A date from its parts; `month` and `day` are expected in range.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The UTC date containing the instant `unixSeconds` (seconds since 1970-01-01T00:00Z).
    public init(unixSeconds: Double) {
        let clamped = unixSeconds.isFinite ? min(max(unixSeconds, -1e14), 1e14) : 0
        self.init(daysSinceEpoch: Int((clamped / 86_400).rounded(.down)))
    }

    /// The date `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        (year, month, day) = CivilCalendar.civil(daysSince1970: Int64(days))
    }

    /// Days from 1970-01-01 to this date.
    public var daysSinceEpoch: Int {
        Int(CivilCalendar.daysSince1970(year: year, month: month, day: day))
    }

    /// Unix seconds at midnight UTC starting this date.
    public var unixSeconds: Double { Double(daysSinceEpoch) * 86_400 }

    /// The first day of the month `months` months after this date's month (negative: before).
    public func firstOfMonth(adding months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        return CivilDate(year: newYear, month: index - newYear * 12 + 1, day: 1)
    }

    /// The quarter, 1...4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

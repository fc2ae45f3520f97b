/// A calendar date in the proleptic Gregorian calendar, UTC, converted to and from Unix
/// seconds with exact integer arithmetic (Howard Hinnant's `days_from_civil` algorithms), so
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
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days from 1970-01-01 to this date.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
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

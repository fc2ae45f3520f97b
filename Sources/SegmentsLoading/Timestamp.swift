import SegmentsCore

/// A point in time: whole seconds since 1970-01-01 00:00:00 UTC.
///
/// Olist timestamps carry no time zone; they are read as UTC so that calendar arithmetic is
/// plain integer arithmetic. A missing timestamp is `nil` (`Timestamp?`).
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01 00:00:00 UTC (negative before).
    public var secondsSince1970: Int64

    /// Seconds in one day.
    public static let secondsPerDay: Int64 = 86_400

    /// Creates a timestamp from seconds since 1970-01-01 00:00:00 UTC.
    public init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    /// Creates a timestamp from calendar fields (proleptic Gregorian, UTC), or `nil` when a
    /// field is out of range (month 1–12, day within the month, hour 0–23, minute and
    /// second 0–59).
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysInMonth(year: year, month: month),
            (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return nil }
        let days = CivilCalendar.daysSince1970(year: year, month: month, day: day)
        secondsSince1970 = days * Self.secondsPerDay + Int64(hour * 3600 + minute * 60 + second)
    }

    /// Parses `yyyy-MM-dd HH:mm:ss` (a `T` is also accepted as separator) or `yyyy-MM-dd`.
    /// - Returns: `nil` when the text has another shape or an out-of-range field.
    public init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    /// Whole days since 1970-01-01, rounded down.
    public var daysSince1970: Int64 {
        secondsSince1970 >= 0
            ? secondsSince1970 / Self.secondsPerDay
            : (secondsSince1970 - Self.secondsPerDay + 1) / Self.secondsPerDay
    }

    /// The calendar fields of this timestamp (proleptic Gregorian, UTC).
    public var components: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let days = daysSince1970
        let secondOfDay = Int(secondsSince1970 - days * Self.secondsPerDay)
        let (year, month, day) = CivilCalendar.civil(daysSince1970: days)
        return (year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
    }

    /// `yyyy-MM-dd HH:mm:ss`.
    public var description: String {
        let c = components
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2)) "
            + "\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))"
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// Parses `yyyy-MM-dd HH:mm:ss`, `yyyy-MM-ddTHH:mm:ss` or `yyyy-MM-dd` from bytes.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        guard bytes.count == 10 || bytes.count == 19 else { return nil }
        @inline(__always) func number(_ from: Int, _ width: Int) -> Int? {
            var value = 0
            for index in from..<(from + width) {
                let digit = bytes[index] &- ASCII.zero
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard bytes[4] == ASCII.minus, bytes[7] == ASCII.minus,
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2)
        else { return nil }
        if bytes.count == 10 { return Timestamp(year: year, month: month, day: day) }
        guard bytes[10] == ASCII.space || bytes[10] == UInt8(ascii: "T"),
            bytes[13] == ASCII.colon, bytes[16] == ASCII.colon,
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
        else { return nil }
        return Timestamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

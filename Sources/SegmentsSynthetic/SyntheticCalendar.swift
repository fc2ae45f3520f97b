import SegmentsCore
import SegmentsLoading

/// Civil-date arithmetic and the fixed dates of the synthetic history. Times are whole
/// seconds since 1970-01-01 00:00:00 in Olist's local (naive) time, days are days since then.
enum SyntheticCalendar {
    static let secondsPerDay = 86_400

    /// The first purchase day of the real data, 2016-09-04.
    static let firstDay = day(2016, 9, 4)
    /// The last purchase day of the real data, 2018-10-17.
    static let lastDay = day(2018, 10, 17)
    /// The last day of normal activity: after it only a few stray orders are placed.
    static let lastBusyDay = day(2018, 8, 29)
    /// The moment the data was extracted: nothing happens after it (2018-10-17 18:00:00).
    static let snapshot = lastDay * secondsPerDay + 18 * 3600
    /// Black Friday 2017.
    static let blackFriday = day(2017, 11, 24)

    /// The day number of a civil date (Hinnant's `days_from_civil`).
    static func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Int {
        Int(CivilCalendar.daysSince1970(year: year, month: month, day: dayOfMonth))
    }

    /// The civil date of a day number (Hinnant's `civil_from_days`).
    static func civilDate(day: Int) -> (year: Int, month: Int, day: Int) {
        CivilCalendar.civil(daysSince1970: Int64(day))
    }

    /// The day number of a time.
    static func day(of seconds: Int) -> Int {
        seconds >= 0 ? seconds / secondsPerDay : (seconds - secondsPerDay + 1) / secondsPerDay
    }

    /// The first second of a day.
    static func start(of day: Int) -> Int {
        day * secondsPerDay
    }

    /// The weekday of a day, 0 = Monday … 6 = Sunday.
    static func weekday(of day: Int) -> Int {
        ((day + 3) % 7 + 7) % 7
    }

    /// The number of days in a month.
    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        let next = month == 12 ? day(year + 1, 1, 1) : day(year, month + 1, 1)
        return next - day(year, month, 1)
    }
}

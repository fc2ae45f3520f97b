/// A linear map from instants (Unix seconds, UTC) to pixels, with calendar ticks on the first
/// day of months, quarters or years.
public struct TimeScale: Sendable, Hashable {
    /// Calendar tick intervals, from finest to coarsest.
    public enum Interval: Int, Sendable, CaseIterable {
        case month = 1
        case quarter = 3
        case halfYear = 6
        case year = 12
        case twoYears = 24
        case fiveYears = 60
        case decade = 120

        /// Months between ticks.
        public var months: Int { rawValue }
    }

    /// The underlying linear scale on seconds.
    public let linear: LinearScale

    /// A scale from `domain` (Unix seconds; a zero-width domain is widened by 15 days on each
    /// side) to `range`.
    public init(domain: (Double, Double), range: (Double, Double)) {
        var domain = domain
        if domain.0 == domain.1 && domain.0.isFinite {
            domain = (domain.0 - 15 * 86_400, domain.1 + 15 * 86_400)
        }
        linear = LinearScale(domain: domain, range: range)
    }

    /// The pixel position of the instant `seconds`.
    public func callAsFunction(_ seconds: Double) -> Double { linear(seconds) }

    /// The finest interval giving at most `maxCount` ticks inside the domain.
    public func interval(maxCount: Int) -> Interval {
        let months = (linear.domain.1 - linear.domain.0) / (30.436875 * 86_400)
        return Interval.allCases.first { months / Double($0.months) <= Double(max(1, maxCount)) } ?? .decade
    }

    /// Tick dates: first days of months that are multiples of the interval (January for
    /// years, January/April/July/October for quarters), inside the domain.
    public func ticks(maxCount: Int = 8) -> (interval: Interval, dates: [CivilDate]) {
        let interval = interval(maxCount: maxCount)
        let (lo, hi) = (min(linear.domain.0, linear.domain.1), max(linear.domain.0, linear.domain.1))
        let startMonth = CivilDate(unixSeconds: lo)
        var date = startMonth.firstOfMonth(adding: 0)
        if date.unixSeconds < lo { date = date.firstOfMonth(adding: 1) }
        // Align to the interval: months counted from January of year 0.
        let index = date.year * 12 + date.month - 1
        let remainder = ((index % interval.months) + interval.months) % interval.months
        if remainder != 0 { date = date.firstOfMonth(adding: interval.months - remainder) }
        var dates: [CivilDate] = []
        while date.unixSeconds <= hi && dates.count < 500 {
            dates.append(date)
            date = date.firstOfMonth(adding: interval.months)
        }
        return (interval, dates)
    }

    /// Labels of tick dates: for month-based intervals the year is written on the first tick
    /// and on each January only (`Jan 2018`, `Apr`, `Jul`, `Oct`, `Jan 2019`; French
    /// `janv. 2018`, `avr.`, …); for year-based intervals, the year (`2018`).
    public static func labels(_ dates: [CivilDate], interval: Interval, language: ReportLanguage) -> [String] {
        dates.enumerated().map { index, date in
            switch interval {
            case .month, .quarter, .halfYear:
                index == 0 || date.month == 1 ? language.monthYear(date) : language.shortMonthNames[date.month - 1]
            case .year, .twoYears, .fiveYears, .decade:
                String(date.year)
            }
        }
    }
}

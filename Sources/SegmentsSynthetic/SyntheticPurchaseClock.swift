import SegmentsLoading

/// When purchases happen: a day-by-day intensity calibrated to Olist's monthly order counts,
/// with weekday and hour-of-day patterns and the Black-Friday peak of 2017-11-24.
struct SyntheticPurchaseClock: Sendable {
    /// Orders per month in the real data (all statuses), from 2016-09 to 2018-10.
    static let monthlyOrders: [(year: Int, month: Int, orders: Double)] = [
        (2016, 9, 4), (2016, 10, 324), (2016, 11, 0), (2016, 12, 1),
        (2017, 1, 800), (2017, 2, 1780), (2017, 3, 2682), (2017, 4, 2404),
        (2017, 5, 3700), (2017, 6, 3245), (2017, 7, 4026), (2017, 8, 4331),
        (2017, 9, 4285), (2017, 10, 4631), (2017, 11, 7544), (2017, 12, 5673),
        (2018, 1, 7269), (2018, 2, 6728), (2018, 3, 7211), (2018, 4, 6939),
        (2018, 5, 6873), (2018, 6, 6167), (2018, 7, 6292), (2018, 8, 6512),
        (2018, 9, 16), (2018, 10, 4),
    ]
    /// Relative activity Monday … Sunday (Olist buyers shop least on Saturdays).
    static let weekdayWeights: [Double] = [1.14, 1.13, 1.09, 1.05, 0.99, 0.76, 0.84]
    /// Relative activity per hour of the day, 0 h … 23 h (real Olist shares).
    static let hourWeights: [Double] = [
        2394, 1170, 510, 272, 206, 188, 502, 1231, 2967, 4785, 6177, 6578,
        5995, 6518, 6569, 6454, 6675, 6150, 5769, 5982, 6193, 6217, 5816, 4123,
    ]
    /// Extra activity on and after Black Friday 2017, as multiples of an ordinary day.
    static let blackFridayBoost: [(day: Int, factor: Double)] = [
        (SyntheticCalendar.blackFriday, 5.9), (SyntheticCalendar.blackFriday + 1, 2.3),
        (SyntheticCalendar.blackFriday + 2, 1.8), (SyntheticCalendar.blackFriday + 3, 1.7),
    ]

    /// Purchase weight of each day from `SyntheticCalendar.firstDay`.
    let days: SyntheticWeights
    private let hours = SyntheticWeights(hourWeights)

    init() {
        var weights = [Double](repeating: 0, count: SyntheticCalendar.lastDay - SyntheticCalendar.firstDay + 1)
        for (range, orders) in Self.spans() {
            Self.spread(orders, over: range, into: &weights)
        }
        days = SyntheticWeights(weights)
    }

    /// The purchase spans and their orders: each month over its days in the data, except
    /// that December 2016's single order falls on the 23rd and that August 2018 fades out
    /// after the 29th (ten orders on the 30th and 31st), as in the real data.
    private static func spans() -> [(ClosedRange<Int>, Double)] {
        var spans: [(ClosedRange<Int>, Double)] = []
        for (year, month, orders) in monthlyOrders {
            let start = SyntheticCalendar.day(year, month, 1)
            let end = start + SyntheticCalendar.daysInMonth(year, month) - 1
            let range = max(start, SyntheticCalendar.firstDay)...min(end, SyntheticCalendar.lastDay)
            switch (year, month) {
            case (2016, 12):
                spans.append((SyntheticCalendar.day(2016, 12, 23)...SyntheticCalendar.day(2016, 12, 23), orders))
            case (2018, 8):
                spans.append((range.lowerBound...SyntheticCalendar.lastBusyDay, orders - 10))
                spans.append(((SyntheticCalendar.lastBusyDay + 1)...range.upperBound, 10))
            default:
                spans.append((range, orders))
            }
        }
        return spans
    }

    /// Spreads `orders` over `range` following the weekday and Black-Friday patterns.
    private static func spread(_ orders: Double, over range: ClosedRange<Int>, into weights: inout [Double]) {
        func shape(_ day: Int) -> Double {
            let boost = blackFridayBoost.first { $0.day == day }?.factor ?? 1
            return weekdayWeights[SyntheticCalendar.weekday(of: day)] * boost
        }
        let total = range.reduce(0.0) { $0 + shape($1) }
        for day in range {
            weights[day - SyntheticCalendar.firstDay] = orders * shape(day) / total
        }
    }

    /// A purchase time (seconds) on or before `latestDay`, never after the snapshot.
    func purchase(notAfter latestDay: Int, using random: inout SyntheticRandom) -> Int {
        let lastIndex = min(latestDay, SyntheticCalendar.lastDay) - SyntheticCalendar.firstDay
        let index = days.index(atCumulative: random.unit() * days.cumulative[max(0, lastIndex)])
        let time = SyntheticCalendar.start(of: SyntheticCalendar.firstDay + index) + secondOfDay(using: &random)
        return min(time, SyntheticCalendar.snapshot - 1800 - random.below(3600))
    }

    /// A time of day in seconds, following the hourly pattern.
    func secondOfDay(using random: inout SyntheticRandom) -> Int {
        random.pick(hours) * 3600 + random.below(3600)
    }
}

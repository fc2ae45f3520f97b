import SegmentsLoading

extension SyntheticHistory {
    /// Orders per buyer outside the frequent cohort: 1 to 6 (about 3 % of buyers come back,
    /// mostly once).
    static let orderCountWeights: [Double] = [0, 0.9702, 0.02847, 0.001, 0.0002, 0.00008, 0.00004]
    /// Days from one purchase to the next, as a piecewise-linear quantile function
    /// (Olist: median 29 days, quartiles 21 and 120).
    static let returnGapQuantiles: [(probability: Double, days: Double)] = [
        (0, 0), (0.1, 7), (0.25, 23.5), (0.5, 31.5), (0.75, 135), (0.9, 270), (1, 560),
    ]

    /// Draws the buyers, their addresses and the times of all their purchases, and creates
    /// one order (with its own `customer_id`) per purchase.
    mutating func drawBuyersAndPurchases(count: Int, seed: UInt64) {
        var random = SyntheticRandom(seed: seed, stream: 2)
        let clock = SyntheticPurchaseClock()
        let stateWeights = SyntheticWeights(SyntheticGeography.states.map(\.buyers))
        let countWeights = SyntheticWeights(Self.orderCountWeights)
        buyers.reserveCapacity(count)
        orders.reserveCapacity(count + count / 25)
        for buyer in 0..<count {
            let state = random.pick(stateWeights)
            let address = SyntheticGeography.address(state: state, using: &random)
            buyers.append(Buyer(id: random.identifier(), state: state, city: address.city, zipPrefix: address.zipPrefix))
            let first = clock.purchase(notAfter: SyntheticCalendar.lastDay, using: &random)
            let times: [Int]
            if random.chance(SyntheticDrift.frequentBuyerShare * SyntheticDrift.strength(at: first)) {
                times = Self.frequentPurchases(from: first, clock: clock, using: &random)
            } else {
                times = Self.purchases(from: first, count: random.pick(countWeights), clock: clock, using: &random)
            }
            for time in times {
                orders.append(Order(
                    id: random.identifier(), customerID: random.identifier(), buyer: buyer,
                    purchase: time, drift: SyntheticDrift.strength(at: time)))
            }
        }
    }

    /// The purchase times of an ordinary buyer: the first purchase is moved earlier when the
    /// returns would not fit before the end of the data.
    private static func purchases(from first: Int, count: Int, clock: SyntheticPurchaseClock, using random: inout SyntheticRandom) -> [Int] {
        guard count > 1 else { return [first] }
        let gaps = (1..<count).map { _ in returnGap(using: &random) }
        let latestFirstDay = SyntheticCalendar.lastBusyDay - gaps.reduce(0, +)
        guard latestFirstDay >= SyntheticCalendar.firstDay else { return [first] }
        var time = SyntheticCalendar.day(of: first) <= latestFirstDay
            ? first : clock.purchase(notAfter: latestFirstDay, using: &random)
        var times = [time]
        for gap in gaps {
            time = nextPurchase(after: time, days: gap, clock: clock, using: &random)
            times.append(time)
        }
        return times
    }

    /// The purchase times of a frequent buyer of the new behaviour: 3 to 5 orders two to four
    /// weeks apart, as many as fit before the end of the data.
    private static func frequentPurchases(from first: Int, clock: SyntheticPurchaseClock, using random: inout SyntheticRandom) -> [Int] {
        var times = [first]
        for _ in 1..<random.integer(in: 3...5) {
            let next = nextPurchase(after: times[times.count - 1], days: random.integer(in: 14...30), clock: clock, using: &random)
            guard SyntheticCalendar.day(of: next) <= SyntheticCalendar.lastBusyDay else { break }
            times.append(next)
        }
        return times
    }

    /// A purchase `days` days after `previous`, at an hour drawn like any purchase.
    private static func nextPurchase(after previous: Int, days: Int, clock: SyntheticPurchaseClock, using random: inout SyntheticRandom) -> Int {
        let day = SyntheticCalendar.day(of: previous) + days
        let time = SyntheticCalendar.start(of: day) + clock.secondOfDay(using: &random)
        return time > previous ? time : previous + 60 + random.below(3600)
    }

    /// Whole days from one purchase to the next.
    private static func returnGap(using random: inout SyntheticRandom) -> Int {
        let probability = random.unit()
        let knots = returnGapQuantiles
        var index = 1
        while index < knots.count - 1 && knots[index].probability <= probability { index += 1 }
        let (p0, d0) = knots[index - 1]
        let (p1, d1) = knots[index]
        return Int(d0 + (d1 - d0) * (probability - p0) / (p1 - p0))
    }
}

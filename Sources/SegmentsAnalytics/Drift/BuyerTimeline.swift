import SegmentsLoading

/// The buyers' aggregates as they stood at successive instants, built incrementally: valid
/// orders are sorted once by purchase time and each call to `advance(to:)` adds only the
/// orders placed since the previous instant to running per-buyer sums.
///
/// Buyers are numbered in order of first valid purchase (then buyer code), so the buyers
/// known at any instant are a prefix `0..<knownCount` of that order (`buyerCodes`).
/// The aggregates are those of `BuyerSummary` restricted to the orders purchased before the
/// instant, with recency measured from it. An order's review, delivery and payment are taken
/// as recorded in the data.
struct BuyerTimeline {
    /// Buyer code (in `dataset.customers.buyers`) of each slot, by first valid purchase.
    let buyerCodes: [Int32]
    /// Valid orders sorted by purchase time: slot, purchase seconds and order row.
    private let orderSlot: [Int32]
    private let orderTime: [Int64]
    private let orderRow: [Int32]
    /// New (buyer, category) pairs sorted by the time they first appear.
    private let categoryTime: [Int64]
    private let categorySlot: [Int32]
    private let orders: OrderSummary

    /// First and last valid purchase of the data (seconds), nil without valid orders.
    let firstPurchase: Int64?
    let lastPurchase: Int64?

    private(set) var now: Int64 = .min
    private(set) var knownCount = 0
    private var nextOrder = 0
    private var nextCategory = 0
    private var frequency: [Int32]
    private var monetary: [Double]
    private var last: [Int64]
    private var reviewSum: [Double]
    private var reviewCount: [Int32]
    private var delaySum: [Double]
    private var delayCount: [Int32]
    private var installmentSum: [Double]
    private var installmentCount: [Int32]
    private var price: [Double]
    private var freight: [Double]
    private var items: [Int32]
    private var categories: [Int32]

    init(_ dataset: OlistDataset, orders summary: OrderSummary) {
        let table = dataset.orders
        let valid = (0..<table.count).filter { summary.isValid[$0] && table.buyer[$0] >= 0 }
        let sorted = valid.sorted {
            (table.purchase[$0].secondsSince1970, $0) < (table.purchase[$1].secondsSince1970, $1)
        }
        var slotOfCode = [Int32: Int32]()
        var codes: [Int32] = []
        // Buyers by first purchase, ties by code: collect first purchases, then sort.
        var first = [Int32: Int64]()
        for o in sorted where first[table.buyer[o]] == nil { first[table.buyer[o]] = table.purchase[o].secondsSince1970 }
        codes = first.keys.sorted { (first[$0]!, $0) < (first[$1]!, $1) }
        for (slot, code) in codes.enumerated() { slotOfCode[code] = Int32(slot) }
        buyerCodes = codes
        orderSlot = sorted.map { slotOfCode[table.buyer[$0]]! }
        orderTime = sorted.map { table.purchase[$0].secondsSince1970 }
        orderRow = sorted.map { Int32($0) }
        firstPurchase = orderTime.first
        lastPurchase = orderTime.last
        orders = summary

        // Earliest purchase of each (buyer, category) pair among valid orders.
        var firstSeen = [UInt64: Int64]()
        for (row, order) in dataset.orderItems.order.enumerated() where order >= 0 && summary.isValid[Int(order)] {
            let o = Int(order)
            let product = dataset.orderItems.product[row]
            guard product >= 0, let slot = slotOfCode[table.buyer[o]] else { continue }
            let category = dataset.products.category[Int(product)]
            guard category >= 0 else { continue }
            let key = UInt64(UInt32(slot)) << 32 | UInt64(UInt32(category))
            let time = table.purchase[o].secondsSince1970
            if let seen = firstSeen[key], seen <= time { continue }
            firstSeen[key] = time
        }
        let pairs = firstSeen.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        categoryTime = pairs.map(\.value)
        categorySlot = pairs.map { Int32(truncatingIfNeeded: $0.key >> 32) }

        let n = codes.count
        frequency = [Int32](repeating: 0, count: n)
        monetary = [Double](repeating: 0, count: n)
        last = [Int64](repeating: 0, count: n)
        reviewSum = [Double](repeating: 0, count: n)
        reviewCount = [Int32](repeating: 0, count: n)
        delaySum = [Double](repeating: 0, count: n)
        delayCount = [Int32](repeating: 0, count: n)
        installmentSum = [Double](repeating: 0, count: n)
        installmentCount = [Int32](repeating: 0, count: n)
        price = [Double](repeating: 0, count: n)
        freight = [Double](repeating: 0, count: n)
        items = [Int32](repeating: 0, count: n)
        categories = [Int32](repeating: 0, count: n)
    }

    /// Adds the orders purchased before `instant` (seconds); instants must not decrease.
    /// - Complexity: O(orders added).
    mutating func advance(to instant: Int64) {
        precondition(instant >= now, "the timeline only moves forward")
        now = instant
        while nextOrder < orderTime.count && orderTime[nextOrder] < instant {
            let b = Int(orderSlot[nextOrder])
            let o = Int(orderRow[nextOrder])
            knownCount = max(knownCount, b + 1)
            frequency[b] += 1
            if !orders.paid[o].isNaN { monetary[b] += orders.paid[o] }
            last[b] = orderTime[nextOrder]
            if !orders.review[o].isNaN {
                reviewSum[b] += orders.review[o]
                reviewCount[b] += 1
            }
            if !orders.deliveryDelayDays[o].isNaN {
                delaySum[b] += orders.deliveryDelayDays[o]
                delayCount[b] += 1
            }
            if !orders.installments[o].isNaN {
                installmentSum[b] += orders.installments[o]
                installmentCount[b] += 1
            }
            price[b] += orders.price[o]
            freight[b] += orders.freight[o]
            items[b] += orders.items[o]
            nextOrder += 1
        }
        while nextCategory < categoryTime.count && categoryTime[nextCategory] < instant {
            categories[Int(categorySlot[nextCategory])] += 1
            nextCategory += 1
        }
    }

    /// The raw values (before transform, NaN where missing) of `feature` for the known buyers.
    func values(_ feature: BuyerFeature) -> [Double] {
        let n = knownCount
        let day = Double(Timestamp.secondsPerDay)
        switch feature {
        case .recency: return (0..<n).map { Double(now - last[$0]) / day }
        case .frequency: return (0..<n).map { Double(frequency[$0]) }
        case .monetary: return Array(monetary[0..<n])
        case .review: return (0..<n).map { reviewCount[$0] == 0 ? .nan : reviewSum[$0] / Double(reviewCount[$0]) }
        case .deliveryDelay: return (0..<n).map { delayCount[$0] == 0 ? .nan : delaySum[$0] / Double(delayCount[$0]) }
        case .installments:
            return (0..<n).map { installmentCount[$0] == 0 ? .nan : installmentSum[$0] / Double(installmentCount[$0]) }
        case .freightShare: return (0..<n).map { price[$0] + freight[$0] > 0 ? freight[$0] / (price[$0] + freight[$0]) : .nan }
        case .categories: return (0..<n).map { Double(categories[$0]) }
        case .items: return (0..<n).map { Double(items[$0]) / Double(frequency[$0]) }
        }
    }
}

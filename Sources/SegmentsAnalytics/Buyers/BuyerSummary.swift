import SegmentsLoading

/// Per-buyer aggregates over valid orders: the basis of RFM, of the buyer features and of
/// the buyer indicators. A buyer is a `customer_unique_id` with at least one valid order
/// (status neither `canceled` nor `unavailable`); rows are sorted by buyer code.
///
/// Means skip missing values and are NaN when a buyer has none (no review, no delivery).
public struct BuyerSummary: Sendable {
    /// Buyer code (in `dataset.customers.buyers`) of each row, ascending.
    public var buyer: [Int32]
    /// The date recency is measured from: midnight (UTC) of the day after the last valid
    /// purchase of the dataset.
    public var referenceDate: Timestamp
    /// The default reference: the midnight after the last valid purchase (whatever
    /// `referenceDate` was given).
    public var lastPurchaseReference: Timestamp
    /// Number of valid orders.
    public var frequency: [Int32]
    /// Paid value (sum of `payment_value`) over valid orders.
    public var monetary: [Double]
    /// First, second (if any) and last valid purchase.
    public var firstPurchase: [Timestamp]
    public var secondPurchase: [Timestamp?]
    public var lastPurchase: [Timestamp]
    /// Days from the last valid purchase to `referenceDate` (fractional).
    public var recencyDays: [Double]
    /// Mean review score of the reviewed orders.
    public var meanReview: [Double]
    /// Mean delivery date minus estimated date, in days, over delivered orders.
    public var meanDeliveryDelay: [Double]
    /// Mean number of installments over orders with payments.
    public var meanInstallments: [Double]
    /// Freight as a share of price + freight over all items bought.
    public var freightShare: [Double]
    /// Mean number of items per valid order.
    public var meanItems: [Double]
    /// Number of distinct product categories bought.
    public var categoryCount: [Int32]

    /// Number of buyers.
    public var count: Int { buyer.count }

    /// Aggregates the valid orders of `dataset` per buyer.
    /// - Parameters:
    ///   - dataset: the loaded data.
    ///   - orders: its per-order aggregates.
    ///   - referenceDate: the recency reference; default the day after the last purchase.
    /// - Complexity: O(m log m) for m valid orders, plus O(items log items) for categories.
    public init(_ dataset: OlistDataset, orders summary: OrderSummary, referenceDate: Timestamp? = nil) {
        let orders = dataset.orders
        let valid = (0..<orders.count).filter { summary.isValid[$0] && orders.buyer[$0] >= 0 }
        let sorted = valid.sorted {
            (orders.buyer[$0], orders.purchase[$0], $0) < (orders.buyer[$1], orders.purchase[$1], $1)
        }
        let lastDay = (valid.map { orders.purchase[$0].secondsSince1970 }.max() ?? 0) / Timestamp.secondsPerDay
        lastPurchaseReference = Timestamp(secondsSince1970: (lastDay + 1) * Timestamp.secondsPerDay)
        self.referenceDate = referenceDate ?? lastPurchaseReference
        buyer = []
        frequency = []
        monetary = []
        firstPurchase = []
        secondPurchase = []
        lastPurchase = []
        recencyDays = []
        meanReview = []
        meanDeliveryDelay = []
        meanInstallments = []
        freightShare = []
        meanItems = []
        categoryCount = []
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count && orders.buyer[sorted[end]] == orders.buyer[sorted[start]] { end += 1 }
            append(group: sorted[start..<end], orders: orders, summary: summary)
            start = end
        }
        categoryCount = Self.categoryCounts(dataset, buyers: buyer, isValid: summary.isValid)
    }

    /// Appends the row of one buyer whose valid orders are `group`, sorted by purchase time.
    private mutating func append(group: ArraySlice<Int>, orders: Orders, summary: OrderSummary) {
        let first = group.first!
        let last = group.last!
        buyer.append(orders.buyer[first])
        frequency.append(Int32(group.count))
        firstPurchase.append(orders.purchase[first])
        secondPurchase.append(group.count > 1 ? orders.purchase[group[group.startIndex + 1]] : nil)
        lastPurchase.append(orders.purchase[last])
        let seconds = referenceDate.secondsSince1970 - orders.purchase[last].secondsSince1970
        recencyDays.append(Double(seconds) / Double(Timestamp.secondsPerDay))
        monetary.append(group.reduce(0) { $0 + (summary.paid[$1].isNaN ? 0 : summary.paid[$1]) })
        meanReview.append(Self.mean(group.map { summary.review[$0] }))
        meanDeliveryDelay.append(Self.mean(group.map { summary.deliveryDelayDays[$0] }))
        meanInstallments.append(Self.mean(group.map { summary.installments[$0] }))
        let price = group.reduce(0) { $0 + summary.price[$1] }
        let freight = group.reduce(0) { $0 + summary.freight[$1] }
        freightShare.append(price + freight > 0 ? freight / (price + freight) : .nan)
        meanItems.append(Double(group.reduce(0) { $0 + Int(summary.items[$1]) }) / Double(group.count))
    }

    /// Mean of the non-NaN values, NaN when there is none.
    static func mean(_ values: [Double]) -> Double {
        var sum = 0.0
        var count = 0
        for value in values where !value.isNaN {
            sum += value
            count += 1
        }
        return count == 0 ? .nan : sum / Double(count)
    }

    /// Distinct categories bought in valid orders by each of `buyers` (sorted codes).
    private static func categoryCounts(_ dataset: OlistDataset, buyers: [Int32], isValid: [Bool]) -> [Int32] {
        var pairs: [UInt64] = []
        pairs.reserveCapacity(dataset.orderItems.count)
        for (row, order) in dataset.orderItems.order.enumerated() where order >= 0 && isValid[Int(order)] {
            let product = dataset.orderItems.product[row]
            let owner = dataset.orders.buyer[Int(order)]
            guard product >= 0, owner >= 0 else { continue }
            let category = dataset.products.category[Int(product)]
            guard category >= 0 else { continue }
            pairs.append(UInt64(UInt32(owner)) << 32 | UInt64(UInt32(category)))
        }
        pairs.sort()
        var counts = [Int32](repeating: 0, count: buyers.count)
        var cursor = 0
        for (index, pair) in pairs.enumerated() where index == 0 || pair != pairs[index - 1] {
            let owner = Int32(truncatingIfNeeded: pair >> 32)
            while cursor < buyers.count && buyers[cursor] < owner { cursor += 1 }
            if cursor < buyers.count && buyers[cursor] == owner { counts[cursor] += 1 }
        }
        return counts
    }
}

import SegmentsLoading

/// The headline figures of the exploratory analysis.
///
/// A valid order has a status other than `canceled` and `unavailable`; a buyer is a
/// `customer_unique_id` with at least one valid order; the basket of an order is the sum of
/// its `payment_value`s. Figures that cannot be computed (no repeat buyer, no payment…) are
/// NaN.
public struct EDAIndicators: Sendable, Equatable {
    /// Rows of the orders table.
    public var orders: Int
    /// Distinct `customer_unique_id` of the customers table, whether they ordered or not.
    public var customers: Int
    /// Orders with status `delivered`.
    public var deliveredOrders: Int
    /// Valid orders.
    public var validOrders: Int
    /// Buyers.
    public var buyers: Int
    /// Buyers with at least two valid orders.
    public var repeatBuyers: Int
    /// `repeatBuyers / buyers`, 0...1.
    public var repeatBuyerShare: Double
    /// Valid orders of known buyers per buyer.
    public var ordersPerBuyer: Double
    /// Paid value of all valid orders.
    public var revenue: Double
    /// Baskets of the valid orders that have at least one payment.
    public var baskets: SampleStatistics
    /// Valid orders with at least one item.
    public var ordersWithItems: Int
    /// Item rows of valid orders.
    public var items: Int
    /// `items / ordersWithItems`.
    public var itemsPerOrder: Double
    /// Mean sum of item prices per valid order with items.
    public var averageItemsValue: Double
    /// Mean sum of freight values per valid order with items (missing freight left out).
    public var averageFreight: Double
    /// Freight over item prices plus freight, over the items of valid orders.
    public var freightShare: Double
    /// Days from each repeat buyer's first to second valid purchase (fractional days
    /// between the purchase timestamps).
    public var daysToSecondPurchase: SampleStatistics
    /// Rows of the reviews table.
    public var reviews: Int
    /// Mean `review_score` over every row of the reviews table.
    public var averageReviewScore: Double
    /// First and last purchase timestamp of the valid orders (nil without valid orders).
    public var firstPurchase: Timestamp?
    public var lastPurchase: Timestamp?
    /// Whole days from the first to the last purchase of the valid orders (nil without one).
    public var historyDays: Int?

    /// Computes the indicators.
    /// - Parameters:
    ///   - dataset: the loaded data.
    ///   - orders: its per-order aggregates.
    ///   - buyers: its per-buyer aggregates.
    /// - Complexity: O(orders log orders + buyers log buyers + reviews).
    public init(_ dataset: OlistDataset, orders summary: OrderSummary, buyers buyerSummary: BuyerSummary) {
        let table = dataset.orders
        orders = table.count
        customers = dataset.buyers.count
        deliveredOrders = table.status.count { $0 == .delivered }
        let valid = (0..<table.count).filter { summary.isValid[$0] }
        validOrders = valid.count
        buyers = buyerSummary.count
        repeatBuyers = buyerSummary.frequency.count { $0 >= 2 }
        repeatBuyerShare = buyers == 0 ? .nan : Double(repeatBuyers) / Double(buyers)
        let buyerOrders = buyerSummary.frequency.reduce(0) { $0 + Int($1) }
        ordersPerBuyer = buyers == 0 ? .nan : Double(buyerOrders) / Double(buyers)
        let paid = valid.map { summary.paid[$0] }.filter { !$0.isNaN }
        revenue = paid.reduce(0, +)
        baskets = SampleStatistics(paid)
        let withItems = valid.filter { summary.items[$0] > 0 }
        ordersWithItems = withItems.count
        items = withItems.reduce(0) { $0 + Int(summary.items[$1]) }
        let price = withItems.reduce(0) { $0 + summary.price[$1] }
        let freight = withItems.reduce(0) { $0 + summary.freight[$1] }
        let ordersWithItems = Double(withItems.count)
        itemsPerOrder = withItems.isEmpty ? .nan : Double(items) / ordersWithItems
        averageItemsValue = withItems.isEmpty ? .nan : price / ordersWithItems
        averageFreight = withItems.isEmpty ? .nan : freight / ordersWithItems
        freightShare = price + freight > 0 ? freight / (price + freight) : .nan
        let day = Double(Timestamp.secondsPerDay)
        daysToSecondPurchase = SampleStatistics(
            zip(buyerSummary.firstPurchase, buyerSummary.secondPurchase).compactMap { first, second in
                second.map { Double($0.secondsSince1970 - first.secondsSince1970) / day }
            })
        reviews = dataset.reviews.count
        averageReviewScore = reviews == 0
            ? .nan : Double(dataset.reviews.score.reduce(0) { $0 + Int($1) }) / Double(reviews)
        firstPurchase = valid.map { table.purchase[$0] }.min()
        lastPurchase = valid.map { table.purchase[$0] }.max()
        if let firstPurchase, let lastPurchase {
            historyDays = Int((lastPurchase.secondsSince1970 - firstPurchase.secondsSince1970) / Timestamp.secondsPerDay)
        }
    }

    /// Mean basket (NaN without paid valid order).
    public var averageBasket: Double { baskets.mean }
    /// Median basket (NaN without paid valid order).
    public var medianBasket: Double { baskets.median }
    /// Share of buyers with a single valid order.
    public var singleOrderShare: Double { 1 - repeatBuyerShare }
}

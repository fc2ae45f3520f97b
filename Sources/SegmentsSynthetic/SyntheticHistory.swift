import SegmentsLoading

/// The records of a synthetic Olist history before they are written as CSV: buyers, their
/// orders, order items, payments and reviews. Times are seconds (see `SyntheticCalendar`),
/// amounts are cents.
struct SyntheticHistory: Sendable {
    /// Olist's order statuses.
    /// A person (`customer_unique_id`) and where they live.
    struct Buyer: Sendable {
        var id: SyntheticID
        var state: Int
        var city: Int
        var zipPrefix: Int
    }

    /// An order; `customerID` is the per-order `customer_id` of the buyer.
    struct Order: Sendable {
        var id: SyntheticID
        var customerID: SyntheticID
        var buyer: Int
        var purchase: Int
        /// Share of the new behaviour at purchase time (`SyntheticDrift.strength(at:)`).
        var drift: Double
        var status = OrderStatus.delivered
        var approved: Int?
        var carrier: Int?
        var delivered: Int?
        var estimated = 0
        /// The main payment type (vouchers may be added to credit-card payments).
        var payment = PaymentType.creditCard
        /// The order's items in `SyntheticHistory.items`.
        var items: Range<Int> = 0..<0
        /// Whether the items appear in the items file (not for unavailable orders and some
        /// cancelled ones; their value is still paid).
        var itemsListed = true
    }

    /// An order item: `order_item_id` is its position in the order, from 1.
    struct Item: Sendable {
        var order: Int
        var product: Int
        var seller: Int
        var shippingLimit: Int
        /// Price level multiplier of the purchase time (prices rise with the drift).
        var priceMultiplier: Double
        /// Freight before calibration.
        var rawFreight: Double
        var priceCents = 0
        var freightCents = 0
    }

    /// One payment row of an order.
    struct Payment: Sendable {
        var order: Int
        var sequential: Int
        var type: PaymentType
        var installments: Int
        var cents: Int
    }

    /// One review of an order.
    struct Review: Sendable {
        var id: SyntheticID
        var order: Int
        var score: Int
        var title: String?
        var message: String?
        var created: Int
        var answered: Int
    }

    var buyers: [Buyer] = []
    var orders: [Order] = []
    var items: [Item] = []
    var payments: [Payment] = []
    var reviews: [Review] = []

    /// Draws a whole history.
    /// - Parameters:
    ///   - buyers: the number of buyers (`customer_unique_id`s).
    ///   - market: the catalogue as prepared for the seed.
    ///   - seed: the configuration seed.
    static func generate(buyers: Int, market: SyntheticMarket, seed: UInt64) -> SyntheticHistory {
        var history = SyntheticHistory()
        history.drawBuyersAndPurchases(count: buyers, seed: seed)
        history.drawFulfilment(seed: seed)
        history.drawBaskets(market: market, seed: seed)
        history.drawPayments(seed: seed)
        history.drawReviews(seed: seed)
        return history
    }
}

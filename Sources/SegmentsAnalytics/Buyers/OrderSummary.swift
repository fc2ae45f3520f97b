import SegmentsLoading

/// Per-order aggregates of the item, payment and review tables, indexed by order row.
///
/// Missing values are NaN: an order without payments has a NaN paid value, not zero.
public struct OrderSummary: Sendable {
    /// Whether the order counts as a purchase: its status is neither `canceled` nor
    /// `unavailable` (the definition of a valid order throughout the report).
    public var isValid: [Bool]
    /// Sum of `payment_value` (NaN without payment rows).
    public var paid: [Double]
    /// Number of item rows.
    public var items: [Int32]
    /// Sum of item prices (0 without items).
    public var price: [Double]
    /// Sum of item freight values (0 without items; missing freight values are left out).
    public var freight: [Double]
    /// Mean review score of the order's reviews (NaN without review).
    public var review: [Double]
    /// Largest number of installments of its payments (NaN without payment rows).
    public var installments: [Double]
    /// Delivery date minus estimated delivery date, in days (NaN unless both are known).
    public var deliveryDelayDays: [Double]
    /// Delivery date minus purchase date, in days (NaN unless delivered).
    public var deliveryDays: [Double]

    /// Aggregates `dataset`'s child tables per order.
    /// - Complexity: O(orders + items + payments + reviews).
    public init(_ dataset: OlistDataset) {
        let orders = dataset.orders
        let n = orders.count
        isValid = orders.status.map { $0 != .canceled && $0 != .unavailable }
        paid = [Double](repeating: .nan, count: n)
        items = [Int32](repeating: 0, count: n)
        price = [Double](repeating: 0, count: n)
        freight = [Double](repeating: 0, count: n)
        installments = [Double](repeating: .nan, count: n)
        for (row, order) in dataset.payments.order.enumerated() where order >= 0 {
            let o = Int(order)
            paid[o] = (paid[o].isNaN ? 0 : paid[o]) + dataset.payments.value[row]
            let count = Double(dataset.payments.installments[row])
            installments[o] = installments[o].isNaN ? count : max(installments[o], count)
        }
        for (row, order) in dataset.orderItems.order.enumerated() where order >= 0 {
            let o = Int(order)
            items[o] += 1
            price[o] += dataset.orderItems.price[row]
            let itemFreight = dataset.orderItems.freight[row]
            if !itemFreight.isNaN { freight[o] += itemFreight }
        }
        var reviewSum = [Double](repeating: 0, count: n)
        var reviewCount = [Int32](repeating: 0, count: n)
        for (row, order) in dataset.reviews.order.enumerated() where order >= 0 {
            reviewSum[Int(order)] += Double(dataset.reviews.score[row])
            reviewCount[Int(order)] += 1
        }
        review = zip(reviewSum, reviewCount).map { $1 == 0 ? .nan : $0 / Double($1) }
        let day = Double(Timestamp.secondsPerDay)
        deliveryDelayDays = (0..<n).map { o in
            guard let delivered = orders.deliveredCustomer[o], let estimated = orders.estimatedDelivery[o] else {
                return .nan
            }
            return Double(delivered.secondsSince1970 - estimated.secondsSince1970) / day
        }
        deliveryDays = (0..<n).map { o in
            guard let delivered = orders.deliveredCustomer[o] else { return .nan }
            return Double(delivered.secondsSince1970 - orders.purchase[o].secondsSince1970) / day
        }
    }
}

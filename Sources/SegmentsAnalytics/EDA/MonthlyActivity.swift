import SegmentsLoading

/// Valid orders, their paid value and first-time buyers in one calendar month (UTC) of
/// purchase.
public struct MonthlyActivity: Sendable, Equatable {
    /// The year, such as 2018.
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// Valid orders placed in the month.
    public var orders: Int
    /// Their paid value (sum of `payment_value`; orders without payment add nothing).
    public var revenue: Double
    /// Buyers whose first valid purchase falls in the month.
    public var newBuyers: Int

    /// Midnight (UTC) of the first day of the month.
    public var start: Timestamp { Timestamp(year: year, month: month, day: 1)! }

    /// One entry per month from the first to the last month with a valid order, months
    /// without orders included (with zeros), in calendar order; empty without valid orders.
    /// - Parameters:
    ///   - dataset: the loaded data.
    ///   - orders: its per-order aggregates.
    ///   - buyers: its per-buyer aggregates (for first purchases).
    /// - Complexity: O(orders + buyers + months).
    public static func series(_ dataset: OlistDataset, orders: OrderSummary, buyers: BuyerSummary) -> [MonthlyActivity] {
        let purchases = dataset.orders.purchase
        let validRows = purchases.indices.filter { orders.isValid[$0] }
        let months = validRows.map { monthIndex(purchases[$0]) }
        guard let first = months.min(), let last = months.max() else { return [] }
        var series = (first...last).map { index in
            MonthlyActivity(year: index / 12, month: index % 12 + 1, orders: 0, revenue: 0, newBuyers: 0)
        }
        for (row, month) in zip(validRows, months) {
            series[month - first].orders += 1
            if !orders.paid[row].isNaN { series[month - first].revenue += orders.paid[row] }
        }
        for purchase in buyers.firstPurchase {
            series[monthIndex(purchase) - first].newBuyers += 1
        }
        return series
    }

    /// Months since year 0: `year × 12 + month − 1`.
    static func monthIndex(_ timestamp: Timestamp) -> Int {
        let parts = timestamp.components
        return parts.year * 12 + parts.month - 1
    }
}

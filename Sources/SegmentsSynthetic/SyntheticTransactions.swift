import Foundation
import SegmentsLoading

/// The synthetic history as one transaction log, the shape of a shop system's order export:
/// one row per order line, for the generic mode's example and tests.
///
/// Columns `order_id,customer_id,ordered_at,category,quantity,amount,rating`: ids of digits
/// with leading zeros (customers numbered in order of first purchase), ISO 8601 date-times,
/// the English category, the units of one product in the order, the line's amount (prices
/// plus freight, two decimals) and the order's review score on each of its lines (empty when
/// the order has none). Cancelled and unavailable orders are not sales and are left out; every
/// 40th order gets a return ten days later: a row of its own order id with `R` prepended and
/// the negative amount of its first line.
public enum SyntheticTransactions {
    /// The header of the log.
    public static let columns = ["order_id", "customer_id", "ordered_at", "category", "quantity", "amount", "rating"]

    /// The log of `dataset` (a loaded synthetic Olist dataset) as CSV bytes.
    /// - Complexity: O(orders + items).
    public static func log(_ dataset: OlistDataset) -> [UInt8] {
        let orders = dataset.orders
        var linesOfOrder = [[Int]](repeating: [], count: orders.count)
        for (row, order) in dataset.orderItems.order.enumerated() where order >= 0 {
            linesOfOrder[Int(order)].append(row)
        }
        var score = [Int32](repeating: 0, count: orders.count)
        for (row, order) in dataset.reviews.order.enumerated() where order >= 0 && score[Int(order)] == 0 {
            score[Int(order)] = dataset.reviews.score[row]
        }
        // Customers numbered by first purchase, orders by purchase time.
        let sorted = (0..<orders.count).filter {
            orders.status[$0] != .canceled && orders.status[$0] != .unavailable && orders.buyer[$0] >= 0
                && !linesOfOrder[$0].isEmpty
        }.sorted { (orders.purchase[$0], $0) < (orders.purchase[$1], $1) }
        var customerNumber: [Int32: Int] = [:]
        var text = columns.joined(separator: ",") + "\n"
        text.reserveCapacity(sorted.count * 90)
        for (index, order) in sorted.enumerated() {
            let buyer = orders.buyer[order]
            let number = customerNumber[buyer] ?? (customerNumber.count + 1)
            customerNumber[buyer] = number
            let orderID = pad(index + 1, 8)
            let customerID = pad(number, 7)
            let date = iso(orders.purchase[order])
            let rating = score[order] > 0 ? String(score[order]) : ""
            // Lines: one per product, with its units.
            var lines: [(product: Int32, units: Int, amount: Double)] = []
            for row in linesOfOrder[order] {
                let product = dataset.orderItems.product[row]
                let freight = dataset.orderItems.freight[row]
                let amount = dataset.orderItems.price[row] + (freight.isNaN ? 0 : freight)
                if let existing = lines.firstIndex(where: { $0.product == product }) {
                    lines[existing].units += 1
                    lines[existing].amount += amount
                } else {
                    lines.append((product, 1, amount))
                }
            }
            for line in lines {
                let category = line.product >= 0 ? dataset.categoryName(ofProduct: Int(line.product)) ?? "" : ""
                text += "\(orderID),\(customerID),\(date),\(category),\(line.units),\(money(line.amount)),\(rating)\n"
            }
            if (index + 1) % 40 == 0, let first = lines.first {
                let returned = Timestamp(secondsSince1970: orders.purchase[order].secondsSince1970 + 10 * Timestamp.secondsPerDay)
                let category = first.product >= 0 ? dataset.categoryName(ofProduct: Int(first.product)) ?? "" : ""
                text += "R\(orderID),\(customerID),\(iso(returned)),\(category),\(first.units),-\(money(first.amount)),\n"
            }
        }
        return Array(text.utf8)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func iso(_ timestamp: Timestamp) -> String {
        timestamp.description.replacingOccurrences(of: " ", with: "T")
    }

    private static func money(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

@testable import SegmentsLoading

/// The mappings of the `transactions` fuzz target, chosen by an input's first byte (modulo
/// their count); the same list, in the same order, as `Fuzz/Targets/transactions/main.swift`.
enum TransactionFuzzMappings {
    static let all: [TransactionMapping] = [
        // examples/shop-orders.csv
        TransactionMapping(
            customer: "customer_id", order: "order_id", date: "ordered_at", amount: "amount", review: "rating",
            quantity: "quantity", category: "category"),
        // line_level.csv
        TransactionMapping(
            customer: "Customer", order: "Order ID", date: "Ordered at", amount: "Line total", review: "Stars",
            quantity: "Qty", category: "Category"),
        // order_level.csv, then padded.csv
        TransactionMapping(),
        TransactionMapping(dateFormat: DateFormat("MM/dd/yyyy")!),
        // returns.csv
        TransactionMapping(order: "order_id"),
        // semicolon_decimal_comma.csv
        TransactionMapping(
            customer: "client", order: "commande", date: "date", amount: "montant",
            dateFormat: DateFormat("dd/MM/yyyy HH:mm")!, delimiter: .semicolon, decimalComma: true),
        // tab_yyyymmdd.tsv
        TransactionMapping(customer: "cust", date: "day", amount: "total", dateFormat: DateFormat("yyyyMMdd")!, delimiter: .tab),
    ]
}

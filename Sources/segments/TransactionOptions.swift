import ArgumentParser
import SegmentsLoading

extension TransactionMapping.Delimiter: ExpressibleByArgument {}

/// Options of `--transactions`: one CSV of orders or order lines from any shop, with its
/// column mapping and formats (see `TransactionMapping`).
struct TransactionOptions: ParsableArguments {
    @Option(
        name: .customLong("transactions"),
        help: "One CSV file of orders or order lines (instead of --data): map its columns with the options below.")
    var file: String?

    @Option(name: .customLong("customer-column"), help: "Column of the customer id (required; leading zeros are kept).")
    var customer = "customer_id"

    @Option(name: .customLong("order-column"), help: "Column of the order id; without it each row is an order.")
    var order: String?

    @Option(name: .customLong("date-column"), help: "Column of the purchase date or date-time (required).")
    var date = "date"

    @Option(name: .customLong("amount-column"), help: "Column of the amount paid for the row (required).")
    var amount = "amount"

    @Option(name: .customLong("review-column"), help: "Column of a review score from 1 to 5 (optional).")
    var review: String?

    @Option(name: .customLong("quantity-column"), help: "Column of the number of units of the row (optional).")
    var quantity: String?

    @Option(name: .customLong("category-column"), help: "Column of the product category (optional).")
    var category: String?

    @Option(
        name: .customLong("date-format"),
        help: "iso8601 (2024-03-31, 2024-03-31T14:05:00, default) or a pattern such as yyyyMMdd, dd/MM/yyyy, MM/dd/yyyy HH:mm.")
    var dateFormat = "iso8601"

    @Option(help: "Field separator: comma, semicolon, tab, or auto (detected from the header).")
    var delimiter: TransactionMapping.Delimiter = .auto

    @Flag(name: .customLong("decimal-comma"), help: "Amounts are written with a decimal comma (1.234,50).")
    var decimalComma = false

    func validate() throws {
        guard DateFormat(dateFormat) != nil else {
            throw ValidationError(
                "--date-format \(dateFormat): expected iso8601 or a pattern of yyyy, MM, dd, HH, mm, ss (M, d, H for one or two digits) and separators, such as dd/MM/yyyy")
        }
    }

    /// The column mapping and formats given.
    var mapping: TransactionMapping {
        TransactionMapping(
            customer: customer, order: order, date: date, amount: amount, review: review, quantity: quantity,
            category: category, dateFormat: DateFormat(dateFormat) ?? .iso8601, delimiter: delimiter,
            decimalComma: decimalComma)
    }

    /// The mapping in one line for the overview page: `customer=…, date=…, amount=…`.
    var summary: String {
        let mapping = mapping
        var parts = ["customer=\(mapping.customer)", "date=\(mapping.date) (\(mapping.dateFormat))", "amount=\(mapping.amount)"]
        for (name, value) in [("order", order), ("review", review), ("quantity", quantity), ("category", category)] {
            if let value { parts.append("\(name)=\(value)") }
        }
        parts.append("delimiter=\(delimiter.rawValue)")
        if decimalComma { parts.append("decimal comma") }
        return parts.joined(separator: ", ")
    }
}

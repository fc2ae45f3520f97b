import ArgumentParser
import SegmentsConfiguration
import SegmentsLoading

extension TransactionMapping.Delimiter: ExpressibleByArgument {}

/// Options of `--transactions`: one CSV of orders or order lines from any shop, with its
/// column mapping and formats (see `TransactionMapping`). Each flag overrides the
/// configuration file's `transactions` key of the same name.
struct TransactionOptions: ParsableArguments {
    @Option(
        name: .customLong("transactions"),
        help: "One CSV file of orders or order lines (instead of --data): map its columns with the options below.")
    var file: String?

    @Option(name: .customLong("customer-column"), help: "Column of the customer id (default customer_id; leading zeros are kept).")
    var customer: String?

    @Option(name: .customLong("order-column"), help: "Column of the order id; without it each row is an order.")
    var order: String?

    @Option(name: .customLong("date-column"), help: "Column of the purchase date or date-time (default date).")
    var date: String?

    @Option(name: .customLong("amount-column"), help: "Column of the amount paid for the row (default amount).")
    var amount: String?

    @Option(name: .customLong("review-column"), help: "Column of a review score from 1 to 5 (optional).")
    var review: String?

    @Option(name: .customLong("quantity-column"), help: "Column of the number of units of the row (optional).")
    var quantity: String?

    @Option(name: .customLong("category-column"), help: "Column of the product category (optional).")
    var category: String?

    @Option(
        name: .customLong("date-format"),
        help: "iso8601 (2024-03-31, 2024-03-31T14:05:00, default) or a pattern such as yyyyMMdd, dd/MM/yyyy, MM/dd/yyyy HH:mm.")
    var dateFormat: String?

    @Option(help: "Field separator: comma, semicolon, tab, or auto (detected from the header).")
    var delimiter: TransactionMapping.Delimiter?

    @Flag(name: .customLong("decimal-comma"), help: "Amounts are written with a decimal comma (1.234,50).")
    var decimalComma = false

    @Option(help: "ISO 4217 code of the amounts (default BRL): EUR, USD, …")
    var currency: String?

    @Option(name: .customLong("currency-symbol"), help: "Symbol shown with the amounts (default: the code's usual one, such as € for EUR).")
    var currencySymbol: String?

    func validate() throws {
        if let currency, !CurrencyCode.isValid(currency) {
            throw ValidationError("--currency \(currency): expected an ISO 4217 code of three capital letters (BRL, EUR, USD)")
        }
        if let dateFormat, DateFormat(dateFormat) == nil {
            throw ValidationError(
                "--date-format \(dateFormat): expected iso8601 or a pattern of yyyy, MM, dd, HH, mm, ss (M, d, H for one or two digits) and separators, such as dd/MM/yyyy")
        }
    }

    /// The configuration's `transactions` section with each flag given put over its key.
    func settings(over file: TransactionSettings) -> TransactionSettings {
        var settings = file
        if let path = self.file { settings.file = path }
        if let customer { settings.customerColumn = customer }
        if let order { settings.orderColumn = order }
        if let date { settings.dateColumn = date }
        if let amount { settings.amountColumn = amount }
        if let review { settings.reviewColumn = review }
        if let quantity { settings.quantityColumn = quantity }
        if let category { settings.categoryColumn = category }
        if let format = dateFormat.flatMap(DateFormat.init) { settings.dateFormat = format }
        if let delimiter { settings.delimiter = delimiter }
        if decimalComma { settings.decimalComma = true }
        if let currency { settings.currency = currency }
        if let currencySymbol { settings.currencySymbol = currencySymbol }
        return settings
    }

    /// The mapping in one line for the overview page: `customer=…, date=…, amount=…`.
    static func summary(_ settings: TransactionSettings) -> String {
        let mapping = settings.mapping
        var parts = ["customer=\(mapping.customer)", "date=\(mapping.date) (\(mapping.dateFormat))", "amount=\(mapping.amount)"]
        for (name, value) in [("order", mapping.order), ("review", mapping.review), ("quantity", mapping.quantity), ("category", mapping.category)] {
            if let value { parts.append("\(name)=\(value)") }
        }
        parts.append("delimiter=\(mapping.delimiter.rawValue)")
        if mapping.decimalComma { parts.append("decimal comma") }
        return parts.joined(separator: ", ")
    }
}

import Foundation
import SegmentsLoading

/// The configuration's `transactions` section: a transaction log to report on instead of an
/// Olist folder, with its column mapping and formats (the keys of the `--transactions` flags).
/// Every value is optional: a flag overrides it, and what neither gives takes the flags'
/// defaults.
public struct TransactionSettings: Sendable, Equatable {
    /// The log, resolved against the configuration file's folder when relative.
    public var file: String?
    public var customerColumn: String?
    public var orderColumn: String?
    public var dateColumn: String?
    public var amountColumn: String?
    public var reviewColumn: String?
    public var quantityColumn: String?
    public var categoryColumn: String?
    public var dateFormat: DateFormat?
    public var delimiter: TransactionMapping.Delimiter?
    public var decimalComma: Bool?
    /// ISO 4217 code of the amounts (default BRL).
    public var currency: String?
    /// Symbol shown with the amounts; `nil` for the code's usual one.
    public var currencySymbol: String?

    public init() {}

    /// The currency code and symbol of the amounts: the keys given, else BRL and the code's usual symbol.
    public var amounts: (code: String, symbol: String) {
        let code = currency ?? "BRL"
        return (code, currencySymbol ?? CurrencyCode.usualSymbol(code))
    }

    /// The column mapping and formats: each key given, else the default.
    public var mapping: TransactionMapping {
        TransactionMapping(
            customer: customerColumn ?? "customer_id", order: orderColumn, date: dateColumn ?? "date",
            amount: amountColumn ?? "amount", review: reviewColumn, quantity: quantityColumn, category: categoryColumn,
            dateFormat: dateFormat ?? .iso8601, delimiter: delimiter ?? .auto, decimalComma: decimalComma == true)
    }

    static let keys = [
        "file", "customer_column", "order_column", "date_column", "amount_column", "review_column",
        "quantity_column", "category_column", "date_format", "delimiter", "decimal_comma", "currency", "currency_symbol",
    ]

    mutating func read(_ node: ConfigurationNode) throws(ConfigurationError) {
        let fields = try node.mapping(Self.keys)
        if let value = fields["file"] {
            let path = try value.string()
            let folder = URL(fileURLWithPath: node.file).deletingLastPathComponent()
            file = path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path
        }
        if let value = fields["customer_column"] { customerColumn = try value.string() }
        if let value = fields["order_column"] { orderColumn = try value.string() }
        if let value = fields["date_column"] { dateColumn = try value.string() }
        if let value = fields["amount_column"] { amountColumn = try value.string() }
        if let value = fields["review_column"] { reviewColumn = try value.string() }
        if let value = fields["quantity_column"] { quantityColumn = try value.string() }
        if let value = fields["category_column"] { categoryColumn = try value.string() }
        if let value = fields["date_format"] {
            guard let format = DateFormat(try value.string()) else {
                throw value.error(
                    "expected iso8601 or a pattern of yyyy, MM, dd, HH, mm, ss and separators, such as dd/MM/yyyy")
            }
            dateFormat = format
        }
        if let value = fields["delimiter"] {
            delimiter = TransactionMapping.Delimiter(
                rawValue: try value.choice(TransactionMapping.Delimiter.allCases.map(\.rawValue)))
        }
        if let value = fields["decimal_comma"] { decimalComma = try value.bool() }
        if let value = fields["currency"] { currency = try value.currencyCode() }
        if let value = fields["currency_symbol"] { currencySymbol = try value.string() }
    }
}

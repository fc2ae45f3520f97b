/// Which columns of a transaction log hold what, and how its values are written.
///
/// Customer, date and amount are required. Without an order column each row is an order;
/// with one, rows sharing an order id are the lines of one order. Review score, quantity and
/// category are optional: the analyses that need them are left out when they are not mapped.
public struct TransactionMapping: Sendable, Hashable {
    /// The field separator of the file.
    public enum Delimiter: String, Sendable, CaseIterable {
        case comma, semicolon, tab
        /// Detected from the header line: the most frequent of the three outside quotes.
        case auto

        /// The byte, `nil` for ``auto``.
        var byte: UInt8? {
            switch self {
            case .comma: ASCII.comma
            case .semicolon: UInt8(ascii: ";")
            case .tab: UInt8(ascii: "\t")
            case .auto: nil
            }
        }
    }

    /// The customer id column (required); ids are text, so leading zeros are kept.
    public var customer: String
    /// The order id column; `nil`: each row is an order.
    public var order: String?
    /// The date or date-time of the purchase (required).
    public var date: String
    /// The amount paid for the row (required): an order's total, or a line's total (not a
    /// unit price) when rows are order lines.
    public var amount: String
    /// A review score from 1 to 5.
    public var review: String?
    /// The number of units of the row (a whole number; each unit is counted as an item).
    public var quantity: String?
    /// A product category.
    public var category: String?
    /// How dates are written.
    public var dateFormat: DateFormat
    /// The field separator.
    public var delimiter: Delimiter
    /// Whether amounts use a decimal comma (`1.234,50`); dots and spaces are then grouping.
    public var decimalComma: Bool

    /// Default column names: `customer_id`, `date`, `amount`; no optional column.
    public init(
        customer: String = "customer_id", order: String? = nil, date: String = "date", amount: String = "amount",
        review: String? = nil, quantity: String? = nil, category: String? = nil,
        dateFormat: DateFormat = .iso8601, delimiter: Delimiter = .auto, decimalComma: Bool = false
    ) {
        self.customer = customer
        self.order = order
        self.date = date
        self.amount = amount
        self.review = review
        self.quantity = quantity
        self.category = category
        self.dateFormat = dateFormat
        self.delimiter = delimiter
        self.decimalComma = decimalComma
    }

    /// The mapped columns with the command-line option that names each, in file-reading order.
    var columns: [(role: Role, name: String)] {
        var columns: [(Role, String)] = [(.customer, customer), (.date, date), (.amount, amount)]
        if let order { columns.append((.order, order)) }
        if let review { columns.append((.review, review)) }
        if let quantity { columns.append((.quantity, quantity)) }
        if let category { columns.append((.category, category)) }
        return columns
    }

    /// What a mapped column is for.
    public enum Role: String, Sendable, CaseIterable {
        case customer, order, date, amount, review, quantity, category

        /// The command-line option (and configuration key) that maps it.
        public var option: String { "--\(rawValue)-column" }
    }

    /// The delimiter of a file: the given one, or the most frequent of comma, semicolon and
    /// tab on the header line outside quotes (a comma when there is none).
    func delimiterByte(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        if let byte = delimiter.byte { return byte }
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in bytes.prefix(65_536) {
            if byte == ASCII.quote { quoted.toggle() }
            if quoted { continue }
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn { break }
            if byte == ASCII.comma || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\t") { counts[byte, default: 0] += 1 }
        }
        var best = ASCII.comma
        for candidate in [UInt8(ascii: ";"), UInt8(ascii: "\t")] where counts[candidate, default: 0] > counts[best, default: 0] {
            best = candidate
        }
        return best
    }
}

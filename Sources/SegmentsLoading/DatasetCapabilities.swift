/// Which kinds of information a dataset holds, so that the analyses and pages that need
/// something absent are left out, naming what they would need.
///
/// The Olist folder has everything; a transaction log has customers, dates and amounts, plus
/// the optional columns that were mapped (see ``TransactionMapping``).
public struct DatasetCapabilities: Sendable, Hashable {
    /// A kind of information beyond customers, dates and amounts.
    public enum Field: String, Sendable, CaseIterable, Hashable {
        /// Review scores.
        case reviews
        /// Items per order (order lines or quantities).
        case items
        /// Product categories.
        case categories
        /// Delivery dates and estimates.
        case deliveries
        /// Payment types and installments.
        case payments
        /// Freight charged per item.
        case freight
        /// Sellers.
        case sellers
        /// Customer and seller places (states, zip codes, coordinates).
        case geography

        /// The transaction-log column that would provide it, by its role; `nil` when only the
        /// Olist schema has it.
        public var transactionRole: TransactionMapping.Role? {
            switch self {
            case .reviews: .review
            case .items: .quantity
            case .categories: .category
            case .deliveries, .payments, .freight, .sellers, .geography: nil
            }
        }
    }

    /// The fields present.
    public var fields: Set<Field>
    /// Whether the data came from a transaction log (one file, no joins) rather than the
    /// Olist tables.
    public var isTransactionLog: Bool

    public init(fields: Set<Field>, isTransactionLog: Bool) {
        self.fields = fields
        self.isTransactionLog = isTransactionLog
    }

    /// The Olist schema: every field.
    public static let olist = DatasetCapabilities(fields: Set(Field.allCases), isTransactionLog: false)

    /// Whether `field` is present.
    public func has(_ field: Field) -> Bool { fields.contains(field) }

    /// The fields absent, in ``Field`` order.
    public var missing: [Field] { Field.allCases.filter { !fields.contains($0) } }
}

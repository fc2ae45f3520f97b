/// How well one join between two tables matches, checked when the dataset is loaded.
public struct ReferenceCheck: Hashable, Sendable {
    /// The joins of the Olist schema, in both directions.
    public enum Relation: String, CaseIterable, Sendable {
        /// Orders whose `customer_id` is in the customers table.
        case orderCustomer
        /// Order items whose `order_id` is in the orders table.
        case itemOrder
        /// Order items whose `product_id` is in the products table.
        case itemProduct
        /// Order items whose `seller_id` is in the sellers table.
        case itemSeller
        /// Payments whose `order_id` is in the orders table.
        case paymentOrder
        /// Reviews whose `order_id` is in the orders table.
        case reviewOrder
        /// Products (with a category) whose category is in the translation table.
        case productCategory
        /// Orders that have at least one item.
        case orderHasItems
        /// Orders that have at least one payment.
        case orderHasPayments
        /// Orders that have at least one review.
        case orderHasReviews
        /// Customers that have at least one order.
        case customerHasOrders

        /// The table whose rows are checked and the column checked.
        public var source: (file: OlistFile, column: String) {
            switch self {
            case .orderCustomer: return (.orders, Orders.ColumnName.customerID)
            case .itemOrder: return (.orderItems, OrderItems.ColumnName.orderID)
            case .itemProduct: return (.orderItems, OrderItems.ColumnName.productID)
            case .itemSeller: return (.orderItems, OrderItems.ColumnName.sellerID)
            case .paymentOrder: return (.payments, OrderPayments.ColumnName.orderID)
            case .reviewOrder: return (.reviews, OrderReviews.ColumnName.orderID)
            case .productCategory: return (.products, Products.ColumnName.category)
            case .orderHasItems, .orderHasPayments, .orderHasReviews: return (.orders, Orders.ColumnName.orderID)
            case .customerHasOrders: return (.customers, Customers.ColumnName.customerID)
            }
        }

        /// The table looked up.
        public var target: OlistFile {
            switch self {
            case .orderCustomer: return .customers
            case .itemOrder, .paymentOrder, .reviewOrder: return .orders
            case .itemProduct: return .products
            case .itemSeller: return .sellers
            case .productCategory: return .categoryTranslation
            case .orderHasItems: return .orderItems
            case .orderHasPayments: return .payments
            case .orderHasReviews: return .reviews
            case .customerHasOrders: return .orders
            }
        }

        /// Whether the check looks for rows referring to the source (the reverse direction).
        public var isReverse: Bool {
            switch self {
            case .orderHasItems, .orderHasPayments, .orderHasReviews, .customerHasOrders: return true
            default: return false
            }
        }

        /// What an unmatched row is, in plain words.
        public var unmatchedMeaning: String {
            let (file, column) = source
            return isReverse
                ? "\(column) of \(file.rawValue) not referred to by \(target.rawValue)"
                : "\(column) of \(file.rawValue) not found in \(target.rawValue)"
        }
    }

    /// Which join.
    public var relation: Relation
    /// Rows checked (for `productCategory`, products that have a category).
    public var checked: Int
    /// Rows without a match.
    public var unmatched: Int
    /// The first unmatched rows, at most ``DataIssueLog/exampleLimit``.
    public var examples: [DataIssue]

    /// The share of checked rows that match, 1 when nothing was checked.
    public var matchRate: Double {
        checked == 0 ? 1 : Double(checked - unmatched) / Double(checked)
    }
}

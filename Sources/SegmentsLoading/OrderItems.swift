/// The order items table (`olist_order_items_dataset.csv`): one row per item of an order,
/// joined to orders, products and sellers.
public struct OrderItems: Sendable {
    /// Column names in the file.
    public enum ColumnName {
        public static let orderID = "order_id"
        public static let itemNumber = "order_item_id"
        public static let productID = "product_id"
        public static let sellerID = "seller_id"
        public static let shippingLimit = "shipping_limit_date"
        public static let price = "price"
        public static let freight = "freight_value"
    }

    /// Per row: the row in ``Orders``; -1 when the `order_id` is unknown.
    public internal(set) var order: [Int32] = []
    /// Per row: the item's sequence number within its order (`order_item_id`, from 1).
    public internal(set) var itemNumber: [Int32] = []
    /// Per row: the row in ``Products``; -1 when the `product_id` is unknown.
    public internal(set) var product: [Int32] = []
    /// Per row: the row in ``Sellers``; -1 when the `seller_id` is unknown.
    public internal(set) var seller: [Int32] = []
    /// Per row: the seller's shipping deadline.
    public internal(set) var shippingLimit: [Timestamp?] = []
    /// Per row: the item price (required).
    public internal(set) var price: [Double] = []
    /// Per row: the freight charged for the item; NaN when missing.
    public internal(set) var freight: [Double] = []
    /// Keys as read, before the joins (codes in ``order``, ``product``, ``seller`` until then).
    var orderKeys = Interner()
    var productKeys = Interner()
    var sellerKeys = Interner()
    var origins = RowOrigins()

    /// The number of rows.
    public var count: Int { order.count }

    /// Reads the table; rows without the three keys, item number or a valid price, and rows
    /// with a negative price or freight, are rejected.
    static func parse(_ table: inout CSVTable) throws(LoadingError) -> OrderItems {
        let order = try table.requiredColumn(ColumnName.orderID)
        let itemNumber = try table.requiredColumn(ColumnName.itemNumber)
        let product = try table.requiredColumn(ColumnName.productID)
        let seller = try table.requiredColumn(ColumnName.sellerID)
        let shippingLimit = try table.requiredColumn(ColumnName.shippingLimit)
        let price = try table.requiredColumn(ColumnName.price)
        let freight = try table.requiredColumn(ColumnName.freight)
        var result = OrderItems()
        let rows = table.estimatedRows
        result.orderKeys.reserveCapacity(rows, length: 32)
        for column in [\OrderItems.order, \.itemNumber, \.product, \.seller] { result[keyPath: column].reserveCapacity(rows) }
        result.shippingLimit.reserveCapacity(rows)
        result.price.reserveCapacity(rows)
        result.freight.reserveCapacity(rows)
        while try table.nextRow() {
            guard table.requirePresent(order, product, seller),
                let number = table.requiredInt32(itemNumber),
                let itemPrice = table.requiredNonNegativeDouble(price),
                let itemFreight = table.optionalNonNegativeDouble(freight)
            else { continue }
            result.order.append(table.intern(order, into: &result.orderKeys))
            result.itemNumber.append(number)
            result.product.append(table.intern(product, into: &result.productKeys))
            result.seller.append(table.intern(seller, into: &result.sellerKeys))
            result.shippingLimit.append(table.optionalPlausibleTimestamp(shippingLimit, .promise))
            result.price.append(itemPrice)
            result.freight.append(itemFreight)
            table.keepRow()
        }
        return result
    }
}

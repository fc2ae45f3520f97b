/// The orders table (`olist_orders_dataset.csv`), joined to customers and buyers.
///
/// Row `i` is the order whose `order_id` has code `i` in ``ids``.
public struct Orders: Sendable {
    /// Column names in the file.
    public enum ColumnName {
        public static let orderID = "order_id"
        public static let customerID = "customer_id"
        public static let status = "order_status"
        public static let purchase = "order_purchase_timestamp"
        public static let approved = "order_approved_at"
        public static let deliveredCarrier = "order_delivered_carrier_date"
        public static let deliveredCustomer = "order_delivered_customer_date"
        public static let estimatedDelivery = "order_estimated_delivery_date"
    }

    /// `order_id`s; the code of an id is its row.
    public internal(set) var ids = Interner()
    /// Per row: the row in ``Customers``; -1 when the `customer_id` is unknown.
    public internal(set) var customer: [Int32] = []
    /// Per row: the buyer's code in ``Customers/buyers``; -1 when the customer is unknown.
    public internal(set) var buyer: [Int32] = []
    /// Per row: the status (`.other` for an unknown code).
    public internal(set) var status: [OrderStatus] = []
    /// Per row: when the order was placed (required).
    public internal(set) var purchase: [Timestamp] = []
    /// Per row: when the payment was approved.
    public internal(set) var approved: [Timestamp?] = []
    /// Per row: when the order was handed to the carrier.
    public internal(set) var deliveredCarrier: [Timestamp?] = []
    /// Per row: when the customer received the order.
    public internal(set) var deliveredCustomer: [Timestamp?] = []
    /// Per row: the delivery date promised at purchase.
    public internal(set) var estimatedDelivery: [Timestamp?] = []
    /// `customer_id`s as read, before the join (codes in ``customer`` until then).
    var customerKeys = Interner()
    var origins = RowOrigins()

    /// The number of rows.
    public var count: Int { ids.count }

    /// Reads the table; rows without `order_id`, `customer_id`, status or a valid, plausible
    /// purchase date, and repeated `order_id`s, are rejected; implausible other dates are
    /// kept as missing.
    static func parse(_ table: inout CSVTable) throws(LoadingError) -> Orders {
        let id = try table.requiredColumn(ColumnName.orderID)
        let customer = try table.requiredColumn(ColumnName.customerID)
        let status = try table.requiredColumn(ColumnName.status)
        let purchase = try table.requiredColumn(ColumnName.purchase)
        let approved = try table.requiredColumn(ColumnName.approved)
        let carrier = try table.requiredColumn(ColumnName.deliveredCarrier)
        let delivered = try table.requiredColumn(ColumnName.deliveredCustomer)
        let estimated = try table.requiredColumn(ColumnName.estimatedDelivery)
        var result = Orders()
        let rows = table.estimatedRows
        result.ids.reserveCapacity(rows, length: 32)
        result.customerKeys.reserveCapacity(rows, length: 32)
        result.customer.reserveCapacity(rows)
        result.status.reserveCapacity(rows)
        result.purchase.reserveCapacity(rows)
        for column in [\Orders.approved, \.deliveredCarrier, \.deliveredCustomer, \.estimatedDelivery] {
            result[keyPath: column].reserveCapacity(rows)
        }
        while try table.nextRow() {
            guard table.requirePresent(id, customer),
                let orderStatus: OrderStatus = table.requiredCase(status),
                let purchaseDate = table.requiredPlausibleTimestamp(purchase),
                table.primaryKey(id, into: &result.ids) != nil
            else { continue }
            result.customer.append(table.intern(customer, into: &result.customerKeys))
            result.status.append(orderStatus)
            result.purchase.append(purchaseDate)
            result.approved.append(table.optionalPlausibleTimestamp(approved, .event))
            result.deliveredCarrier.append(table.optionalPlausibleTimestamp(carrier, .event))
            result.deliveredCustomer.append(table.optionalPlausibleTimestamp(delivered, .event))
            result.estimatedDelivery.append(table.optionalPlausibleTimestamp(estimated, .promise))
            table.keepRow()
        }
        return result
    }
}

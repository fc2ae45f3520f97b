/// The payments table (`olist_order_payments_dataset.csv`): one row per payment of an order
/// (an order may be paid in several parts), joined to orders.
public struct OrderPayments: Sendable {
    /// Column names in the file.
    public enum ColumnName {
        public static let orderID = "order_id"
        public static let sequential = "payment_sequential"
        public static let type = "payment_type"
        public static let installments = "payment_installments"
        public static let value = "payment_value"
    }

    /// Per row: the row in ``Orders``; -1 when the `order_id` is unknown.
    public internal(set) var order: [Int32] = []
    /// Per row: the payment's sequence number within its order.
    public internal(set) var sequential: [Int32] = []
    /// Per row: the payment method (`.other` for an unknown code).
    public internal(set) var type: [PaymentType] = []
    /// Per row: the number of installments (Olist has some 0s).
    public internal(set) var installments: [Int32] = []
    /// Per row: the amount paid.
    public internal(set) var value: [Double] = []
    /// `order_id`s as read, before the join.
    var orderKeys = Interner()
    var origins = RowOrigins()

    /// The number of rows.
    public var count: Int { order.count }

    /// Reads the table; rows missing any value, with one that does not parse, or with negative
    /// installments or value, are rejected.
    static func parse(_ table: inout CSVTable) throws(LoadingError) -> OrderPayments {
        let order = try table.requiredColumn(ColumnName.orderID)
        let sequential = try table.requiredColumn(ColumnName.sequential)
        let type = try table.requiredColumn(ColumnName.type)
        let installments = try table.requiredColumn(ColumnName.installments)
        let value = try table.requiredColumn(ColumnName.value)
        var result = OrderPayments()
        let rows = table.estimatedRows
        result.orderKeys.reserveCapacity(rows, length: 32)
        for column in [\OrderPayments.order, \.sequential, \.installments] { result[keyPath: column].reserveCapacity(rows) }
        result.type.reserveCapacity(rows)
        result.value.reserveCapacity(rows)
        while try table.nextRow() {
            guard table.requirePresent(order),
                let number = table.requiredInt32(sequential),
                let paymentType: PaymentType = table.requiredCase(type),
                let count = table.requiredPlausibleInt32(installments, in: 0...Int32.max),
                let amount = table.requiredNonNegativeDouble(value)
            else { continue }
            result.order.append(table.intern(order, into: &result.orderKeys))
            result.sequential.append(number)
            result.type.append(paymentType)
            result.installments.append(count)
            result.value.append(amount)
            table.keepRow()
        }
        return result
    }
}

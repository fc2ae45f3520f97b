/// The customers table (`olist_customers_dataset.csv`): one `customer_id` per order, and the
/// buyer (`customer_unique_id`) behind it.
///
/// Row `i` is the customer whose `customer_id` has code `i` in ``ids``.
public struct Customers: Sendable {
    /// Column names in the file.
    public enum ColumnName {
        public static let customerID = "customer_id"
        public static let uniqueID = "customer_unique_id"
        public static let zipCodePrefix = "customer_zip_code_prefix"
        public static let city = "customer_city"
        public static let state = "customer_state"
    }

    /// `customer_id`s; the code of an id is its row.
    public internal(set) var ids = Interner()
    /// Buyers (`customer_unique_id`), the people behind customer ids.
    public internal(set) var buyers = Interner()
    /// Per row: the buyer's code in ``buyers``.
    public internal(set) var buyer: [Int32] = []
    /// Per row: the zip code prefix as a number (`"01037"` → 1037); -1 when missing.
    public internal(set) var zipCodePrefix: [Int32] = []
    /// City names.
    public internal(set) var cities = Interner()
    /// Per row: the city's code in ``cities``; -1 when missing.
    public internal(set) var city: [Int32] = []
    /// State codes (`SP`, `RJ`, …).
    public internal(set) var states = Interner()
    /// Per row: the state's code in ``states``; -1 when missing.
    public internal(set) var state: [Int32] = []
    var origins = RowOrigins()

    /// The number of rows.
    public var count: Int { ids.count }

    /// Reads the table; rows without `customer_id` or `customer_unique_id`, and repeated
    /// `customer_id`s, are rejected.
    static func parse(_ table: inout CSVTable) throws(LoadingError) -> Customers {
        let id = try table.requiredColumn(ColumnName.customerID)
        let unique = try table.requiredColumn(ColumnName.uniqueID)
        let zip = try table.requiredColumn(ColumnName.zipCodePrefix)
        let city = try table.requiredColumn(ColumnName.city)
        let state = try table.requiredColumn(ColumnName.state)
        var result = Customers()
        let rows = table.estimatedRows
        result.ids.reserveCapacity(rows, length: 32)
        result.buyers.reserveCapacity(rows, length: 32)
        for column in [\Customers.buyer, \.zipCodePrefix, \.city, \.state] {
            result[keyPath: column].reserveCapacity(rows)
        }
        while try table.nextRow() {
            guard table.requirePresent(id, unique), table.primaryKey(id, into: &result.ids) != nil else { continue }
            result.buyer.append(table.intern(unique, into: &result.buyers))
            result.zipCodePrefix.append(table.optionalInt32(zip, missing: -1))
            result.city.append(table.intern(city, into: &result.cities))
            result.state.append(table.intern(state, into: &result.states))
            table.keepRow()
        }
        return result
    }
}

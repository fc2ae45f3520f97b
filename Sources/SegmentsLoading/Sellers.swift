/// The sellers table (`olist_sellers_dataset.csv`).
///
/// Row `i` is the seller whose `seller_id` has code `i` in ``ids``.
public struct Sellers: Sendable {
    /// Column names in the file.
    public enum ColumnName {
        public static let sellerID = "seller_id"
        public static let zipCodePrefix = "seller_zip_code_prefix"
        public static let city = "seller_city"
        public static let state = "seller_state"
    }

    /// `seller_id`s; the code of an id is its row.
    public internal(set) var ids = Interner()
    /// Per row: the zip code prefix as a number; -1 when missing.
    public internal(set) var zipCodePrefix: [Int32] = []
    /// City names.
    public internal(set) var cities = Interner()
    /// Per row: the city's code in ``cities``; -1 when missing.
    public internal(set) var city: [Int32] = []
    /// State codes.
    public internal(set) var states = Interner()
    /// Per row: the state's code in ``states``; -1 when missing.
    public internal(set) var state: [Int32] = []
    var origins = RowOrigins()

    /// The number of rows.
    public var count: Int { ids.count }

    /// Reads the table; rows without `seller_id`, and repeated ids, are rejected.
    static func parse(_ table: inout CSVTable) throws(LoadingError) -> Sellers {
        let id = try table.requiredColumn(ColumnName.sellerID)
        let zip = try table.requiredColumn(ColumnName.zipCodePrefix)
        let city = try table.requiredColumn(ColumnName.city)
        let state = try table.requiredColumn(ColumnName.state)
        var result = Sellers()
        while try table.nextRow() {
            guard table.requirePresent(id), table.primaryKey(id, into: &result.ids) != nil else { continue }
            result.zipCodePrefix.append(table.optionalInt32(zip, missing: -1))
            result.city.append(table.intern(city, into: &result.cities))
            result.state.append(table.intern(state, into: &result.states))
            table.keepRow()
        }
        return result
    }
}

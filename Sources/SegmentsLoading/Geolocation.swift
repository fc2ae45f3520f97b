/// The optional geolocation table (`olist_geolocation_dataset.csv`): coordinates of places
/// by zip code prefix (many rows per prefix).
public struct Geolocation: Sendable {
    /// Column names in the file.
    public enum ColumnName {
        public static let zipCodePrefix = "geolocation_zip_code_prefix"
        public static let latitude = "geolocation_lat"
        public static let longitude = "geolocation_lng"
        public static let city = "geolocation_city"
        public static let state = "geolocation_state"
    }

    /// Per row: the zip code prefix as a number.
    public internal(set) var zipCodePrefix: [Int32] = []
    /// Per row: latitude in degrees.
    public internal(set) var latitude: [Double] = []
    /// Per row: longitude in degrees.
    public internal(set) var longitude: [Double] = []
    /// City names.
    public internal(set) var cities = Interner()
    /// Per row: the city's code in ``cities``; -1 when missing or the column is absent.
    public internal(set) var city: [Int32] = []
    /// State codes.
    public internal(set) var states = Interner()
    /// Per row: the state's code in ``states``; -1 when missing or the column is absent.
    public internal(set) var state: [Int32] = []
    var origins = RowOrigins()

    /// The number of rows.
    public var count: Int { zipCodePrefix.count }

    /// Reads the table; rows without a valid prefix, latitude and longitude are rejected.
    static func parse(_ table: inout CSVTable) throws(LoadingError) -> Geolocation {
        let zip = try table.requiredColumn(ColumnName.zipCodePrefix)
        let latitude = try table.requiredColumn(ColumnName.latitude)
        let longitude = try table.requiredColumn(ColumnName.longitude)
        let city = table.optionalColumn(ColumnName.city)
        let state = table.optionalColumn(ColumnName.state)
        var result = Geolocation()
        let rows = table.estimatedRows
        for column in [\Geolocation.zipCodePrefix, \.city, \.state] { result[keyPath: column].reserveCapacity(rows) }
        result.latitude.reserveCapacity(rows)
        result.longitude.reserveCapacity(rows)
        while try table.nextRow() {
            guard let prefix = table.requiredInt32(zip, in: 0...Int32.max),
                let lat = table.requiredDouble(latitude),
                let lng = table.requiredDouble(longitude)
            else { continue }
            result.zipCodePrefix.append(prefix)
            result.latitude.append(lat)
            result.longitude.append(lng)
            result.city.append(table.intern(city, into: &result.cities))
            result.state.append(table.intern(state, into: &result.states))
            table.keepRow()
        }
        return result
    }
}

/// The category translation table (`product_category_name_translation.csv`): Portuguese
/// category names and their English names.
///
/// Row `i` is the category whose Portuguese name has code `i` in ``names``.
public struct CategoryTranslation: Sendable {
    /// Column names in the file.
    public enum ColumnName {
        public static let name = "product_category_name"
        public static let english = "product_category_name_english"
    }

    /// Portuguese names; the code of a name is its row.
    public internal(set) var names = Interner()
    /// Per row: the English name.
    public internal(set) var english: [String] = []
    var origins = RowOrigins()

    /// The number of rows.
    public var count: Int { names.count }

    /// Reads the table; rows missing a name, and repeated Portuguese names, are rejected.
    static func parse(_ table: inout CSVTable) throws(LoadingError) -> CategoryTranslation {
        let name = try table.requiredColumn(ColumnName.name)
        let english = try table.requiredColumn(ColumnName.english)
        var result = CategoryTranslation()
        while try table.nextRow() {
            guard table.requirePresent(name, english), table.primaryKey(name, into: &result.names) != nil else { continue }
            result.english.append(table.withField(english) { String(decoding: $0, as: UTF8.self) })
            table.keepRow()
        }
        return result
    }
}

/// The products table (`olist_products_dataset.csv`), joined to the category translation.
///
/// Row `i` is the product whose `product_id` has code `i` in ``ids``. The measurements are
/// optional columns: absent from the header, they are all missing (NaN).
public struct Products: Sendable {
    /// Column names in the file (the published file spells "length" as "lenght" in two of them;
    /// both spellings are accepted).
    public enum ColumnName {
        public static let productID = "product_id"
        public static let category = "product_category_name"
        public static let nameLength = "product_name_length"
        public static let descriptionLength = "product_description_length"
        public static let photoCount = "product_photos_qty"
        public static let weight = "product_weight_g"
        public static let length = "product_length_cm"
        public static let height = "product_height_cm"
        public static let width = "product_width_cm"
    }

    /// `product_id`s; the code of an id is its row.
    public internal(set) var ids = Interner()
    /// Category names in Portuguese, as in the products file.
    public internal(set) var categoryNames = Interner()
    /// Per row: the category's code in ``categoryNames``; -1 when missing.
    public internal(set) var category: [Int32] = []
    /// Per category code: the row in ``CategoryTranslation``; -1 when not translated.
    public internal(set) var categoryTranslation: [Int32] = []
    /// Per row: characters in the product name; NaN when missing.
    public internal(set) var nameLength: [Double] = []
    /// Per row: characters in the description; NaN when missing.
    public internal(set) var descriptionLength: [Double] = []
    /// Per row: number of photos; NaN when missing.
    public internal(set) var photoCount: [Double] = []
    /// Per row: weight in grams; NaN when missing.
    public internal(set) var weightGrams: [Double] = []
    /// Per row: length in centimetres; NaN when missing.
    public internal(set) var lengthCentimetres: [Double] = []
    /// Per row: height in centimetres; NaN when missing.
    public internal(set) var heightCentimetres: [Double] = []
    /// Per row: width in centimetres; NaN when missing.
    public internal(set) var widthCentimetres: [Double] = []
    var origins = RowOrigins()

    /// The number of rows.
    public var count: Int { ids.count }

    /// Reads the table; rows without `product_id`, and repeated ids, are rejected.
    static func parse(_ table: inout CSVTable) throws(LoadingError) -> Products {
        let id = try table.requiredColumn(ColumnName.productID)
        let category = try table.requiredColumn(ColumnName.category)
        let measures = [
            table.optionalColumn(ColumnName.nameLength, aliases: ["product_name_lenght"]),
            table.optionalColumn(ColumnName.descriptionLength, aliases: ["product_description_lenght"]),
            table.optionalColumn(ColumnName.photoCount),
            table.optionalColumn(ColumnName.weight),
            table.optionalColumn(ColumnName.length),
            table.optionalColumn(ColumnName.height),
            table.optionalColumn(ColumnName.width),
        ]
        var result = Products()
        var values = [[Double]](repeating: [], count: measures.count)
        while try table.nextRow() {
            guard table.requirePresent(id), table.primaryKey(id, into: &result.ids) != nil else { continue }
            result.category.append(table.intern(category, into: &result.categoryNames))
            for (index, column) in measures.enumerated() {
                values[index].append(table.optionalDouble(column))
            }
            table.keepRow()
        }
        result.nameLength = values[0]
        result.descriptionLength = values[1]
        result.photoCount = values[2]
        result.weightGrams = values[3]
        result.lengthCentimetres = values[4]
        result.heightCentimetres = values[5]
        result.widthCentimetres = values[6]
        return result
    }
}

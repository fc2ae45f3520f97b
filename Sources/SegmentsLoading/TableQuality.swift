/// Data-quality figures of one input table.
public struct TableQuality: Hashable, Sendable {
    /// Missing and unparsable value counts of one column.
    public struct Column: Hashable, Sendable {
        /// The column name as in the header.
        public var name: String
        /// Empty fields, over every record with the right number of fields.
        public var missing: Int
        /// Non-empty fields that did not parse (numbers, dates) or were implausible.
        public var invalid: Int
    }

    /// The file name.
    public var file: String
    /// Data records read (the header excluded).
    public var records: Int
    /// Rows kept in the dataset.
    public var rowsKept: Int
    /// Rows left out (wrong field count, missing or invalid required value, duplicate key).
    public var rowsRejected: Int
    /// Rows whose primary key repeats an earlier row's.
    public var duplicateKeys: Int
    /// Every column of the header, in file order.
    public var columns: [Column]

    /// A column's empty fields over the records read (NaN without records).
    public func missingShare(_ column: Column) -> Double {
        records == 0 ? .nan : Double(column.missing) / Double(records)
    }
}

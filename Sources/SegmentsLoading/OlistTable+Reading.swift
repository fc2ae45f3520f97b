import Foundation

extension OlistTable {
    /// Reads one table on its own from `directory` (for the synthetic generator's catalogue);
    /// rows with row-level problems are left out.
    /// - Throws: `LoadingError` when the file is missing, unreadable or malformed.
    static func read(_ file: OlistFile, from directory: URL) throws(LoadingError) -> Self {
        let path = directory.appendingPathComponent(file.rawValue).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw .fileNotFound(file: file.rawValue, directory: directory.path)
        }
        let bytes = try FileBytes(mapping: path)
        return try bytes.withUnsafeBufferPointer { buffer throws(LoadingError) -> Self in
            var csv = try CSVTable(file: file.rawValue, bytes: buffer)
            let rows = try Self.parse(&csv)
            _ = try csv.finish()
            return rows
        }
    }
}

extension Products {
    /// `olist_products_dataset.csv` of `directory`, read on its own.
    public static func read(from directory: URL) throws(LoadingError) -> Products { try read(.products, from: directory) }
}

extension Sellers {
    /// `olist_sellers_dataset.csv` of `directory`, read on its own.
    public static func read(from directory: URL) throws(LoadingError) -> Sellers { try read(.sellers, from: directory) }
}

extension CategoryTranslation {
    /// `product_category_name_translation.csv` of `directory`, read on its own.
    public static func read(from directory: URL) throws(LoadingError) -> CategoryTranslation {
        try read(.categoryTranslation, from: directory)
    }
}

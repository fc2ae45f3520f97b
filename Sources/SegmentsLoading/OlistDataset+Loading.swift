import Dispatch
import Foundation
import Logging

extension OlistDataset {
    /// Loads the Olist CSV files of a folder.
    ///
    /// The eight files of ``OlistFile`` are required, geolocation is optional; other files are
    /// ignored. See ``load(files:origin:logger:)`` for what is fatal and what is counted.
    /// - Parameters:
    ///   - directory: the folder holding the files, named as published.
    ///   - logger: receives progress (debug) and a data-quality summary (notice).
    ///   - rules: what values are believable (by default, for a run now).
    /// - Returns: the joined dataset with its data-quality report and provenance.
    /// - Throws: ``LoadingError/directoryNotFound(path:)``, ``LoadingError/fileNotFound(file:directory:)``,
    ///   ``LoadingError/unreadableFile(file:reason:)``, ``LoadingError/fileChanged(file:reason:)``
    ///   (a file rewritten while it was read), or any error of ``load(files:origin:logger:)``.
    public static func load(
        directory: URL, logger: Logger, rules: PlausibilityRules = PlausibilityRules()
    ) throws(LoadingError) -> OlistDataset {
        try load(directory: directory, logger: logger, rules: rules, whileReading: { _ in })
    }

    /// ``load(directory:logger:)``, calling `whileReading` with a file's path after each
    /// chunk of it is read (tests rewrite the file there).
    static func load(
        directory: URL, logger: Logger, rules: PlausibilityRules = PlausibilityRules(), whileReading: (String) -> Void
    ) throws(LoadingError) -> OlistDataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw .directoryNotFound(path: directory.path) }
        var files: [String: FileBytes] = [:]
        for file in OlistFile.allCases {
            let path = directory.appendingPathComponent(file.rawValue).path
            guard FileManager.default.fileExists(atPath: path) else {
                if file.isRequired { throw .fileNotFound(file: file.rawValue, directory: directory.path) }
                continue
            }
            files[file.rawValue] = try FileBytes(reading: path) { whileReading(path) }
        }
        return try load(contents: files, origin: directory.path, logger: logger, rules: rules)
    }

    /// Loads the Olist tables from CSV bytes held in memory.
    ///
    /// Files are parsed concurrently (one task per file, each writing its own result slot, so
    /// the result does not depend on thread timing), then joined.
    ///
    /// Fatal, thrown: a missing required file, an unreadable encoding, a file not separated
    /// by commas, an empty file, a malformed header, a missing required column, broken
    /// quoting, and a file with no data row. Everything else is row-level and counted in
    /// ``quality`` (see ``DataIssue/Kind``): a dataset whose every order row was rejected
    /// loads with no order, and the report says so.
    /// - Parameters:
    ///   - files: CSV bytes keyed by Olist file name (`"olist_orders_dataset.csv"`, …).
    ///   - origin: a name for the input, used in messages and provenance.
    ///   - logger: receives progress (debug) and a data-quality summary (notice).
    ///   - rules: what values are believable (by default, for a run now).
    /// - Returns: the joined dataset with its data-quality report and provenance.
    /// - Throws: ``LoadingError``; when several files are bad, the error of the first in
    ///   ``OlistFile`` order.
    /// - Complexity: O(total bytes).
    public static func load(
        files: [String: [UInt8]], origin: String, logger: Logger, rules: PlausibilityRules = PlausibilityRules()
    ) throws(LoadingError) -> OlistDataset {
        try load(contents: files.mapValues { FileBytes($0) }, origin: origin, logger: logger, rules: rules)
    }

    /// Loads the tables from file contents keyed by file name.
    static func load(
        contents files: [String: FileBytes], origin: String, logger: Logger, rules: PlausibilityRules
    ) throws(LoadingError) -> OlistDataset {
        for file in OlistFile.allCases where file.isRequired && files[file.rawValue] == nil {
            throw .fileNotFound(file: file.rawValue, directory: origin)
        }
        let present = OlistFile.allCases.filter { files[$0.rawValue] != nil }
        let results = parseConcurrently(present, files: files, rules: rules)
        var parsed: [OlistFile: ParsedFile] = [:]
        for (file, result) in zip(present, results) {
            parsed[file] = try result.get()
            logger.debug("read \(file.rawValue)", metadata: ["rows": "\(parsed[file]!.quality.rowsKept)"])
        }
        func table<T: OlistTable>(_ file: OlistFile, as type: T.Type) -> T {
            parsed[file]!.table as! T  // The table type is fixed by `OlistFile.tableType`.
        }
        var dataset = OlistDataset(
            origin: origin,
            customers: table(.customers, as: Customers.self),
            orders: table(.orders, as: Orders.self),
            orderItems: table(.orderItems, as: OrderItems.self),
            payments: table(.payments, as: OrderPayments.self),
            reviews: table(.reviews, as: OrderReviews.self),
            products: table(.products, as: Products.self),
            sellers: table(.sellers, as: Sellers.self),
            categories: table(.categoryTranslation, as: CategoryTranslation.self),
            geolocation: parsed[.geolocation].map { $0.table as! Geolocation },
            quality: DataQualityReport(tables: [], issues: [], references: []),
            provenance: present.map { parsed[$0]!.provenance })
        var log = DataIssueLog()
        for file in present { log.append(contentsOf: parsed[file]!.log) }
        let headers = parsed.mapValues { $0.quality.columns.map(\.name) }
        let texts = Dictionary(uniqueKeysWithValues: parsed.map { ($0.key.rawValue, $0.value.text) })
        let references = dataset.resolveJoins(locator: RowLocator(files: texts, headers: headers))
        dataset.quality = DataQualityReport(
            tables: present.map { parsed[$0]!.quality }, issues: log.summaries, references: references)
        dataset.logSummary(logger)
        return dataset
    }

    /// Parses each file on its own task; result `i` belongs to `files[i]`.
    private static func parseConcurrently(_ present: [OlistFile], files: [String: FileBytes], rules: PlausibilityRules)
        -> [Result<ParsedFile, LoadingError>]
    {
        // Largest files first, so that the big ones do not end up last on one core.
        let order = present.indices.sorted { files[present[$0].rawValue]!.count > files[present[$1].rawValue]!.count }
        let slots = DisjointSlots<Result<ParsedFile, LoadingError>>(count: present.count)
        DispatchQueue.concurrentPerform(iterations: present.count) { task in
            let index = order[task]
            let file = present[index]
            slots.initialize(index, to: parse(file, bytes: files[file.rawValue]!, rules: rules))
        }
        return slots.moveAll()
    }

    /// Checksums, decodes (see ``TextEncoding``) and parses one file.
    private static func parse(_ file: OlistFile, bytes: FileBytes, rules: PlausibilityRules) -> Result<ParsedFile, LoadingError> {
        let checksum = bytes.withUnsafeBufferPointer { Checksum.sha256(UnsafeRawBufferPointer($0)) }
        return Result { () throws(LoadingError) -> ParsedFile in
            let (text, encoding) = try TextEncoding.utf8(bytes, file: file.rawValue)
            return try text.withUnsafeBufferPointer { buffer throws(LoadingError) -> ParsedFile in
                var table = try CSVTable(file: file.rawValue, bytes: buffer, rules: rules)
                var rows = try file.tableType.parse(&table)
                let (quality, log, origins) = try table.finish()
                rows.origins = origins
                let provenance = TableProvenance(
                    file: file.rawValue, byteCount: bytes.count, sha256: checksum, encoding: encoding,
                    columns: quality.columns.count, records: quality.records, rows: quality.rowsKept)
                return ParsedFile(table: rows, quality: quality, log: log, provenance: provenance, text: text)
            }
        }
    }

    func logSummary(_ logger: Logger) {
        logger.info(
            "loaded \(origin)",
            metadata: [
                "orders": "\(orders.count)", "buyers": "\(buyers.count)", "items": "\(orderItems.count)",
                "payments": "\(payments.count)", "reviews": "\(reviews.count)",
            ])
        for table in provenance where table.encoding != .utf8 {
            logger.notice("read \(table.file) as \(table.encoding.rawValue), transcoded to UTF-8")
        }
        for summary in quality.issues {
            logger.notice(
                "\(summary.count) × \(summary.kind.rawValue) in \(summary.file)\(summary.column.isEmpty ? "" : " column \(summary.column)")",
                metadata: ["first": "\(summary.examples.first?.description ?? "")"])
        }
        for check in quality.references where check.unmatched > 0 {
            logger.notice("\(check.unmatched) of \(check.checked): \(check.relation.unmatchedMeaning)")
        }
    }
}

/// One file's parse result.
struct ParsedFile: Sendable {
    var table: any OlistTable
    var quality: TableQuality
    var log: DataIssueLog
    var provenance: TableProvenance
    /// The file's text as UTF-8, to locate problems found after parsing.
    var text: FileBytes
}

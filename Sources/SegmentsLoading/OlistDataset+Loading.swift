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
    /// - Returns: the joined dataset with its data-quality report and provenance.
    /// - Throws: ``LoadingError/directoryNotFound(path:)``, ``LoadingError/fileNotFound(file:directory:)``,
    ///   ``LoadingError/unreadableFile(file:reason:)``, or any error of ``load(files:origin:logger:)``.
    public static func load(directory: URL, logger: Logger) throws(LoadingError) -> OlistDataset {
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
            files[file.rawValue] = try FileBytes(mapping: path)
        }
        return try load(contents: files, origin: directory.path, logger: logger)
    }

    /// Loads the Olist tables from CSV bytes held in memory.
    ///
    /// Files are parsed concurrently (one task per file, each writing its own result slot, so
    /// the result does not depend on thread timing), then joined.
    ///
    /// Fatal, thrown: a missing required file, an empty file, a malformed header, a missing
    /// required column, broken quoting, a file with no data row, and a dataset with no usable
    /// order. Everything else is row-level and counted in ``quality`` (see ``DataIssue/Kind``).
    /// - Parameters:
    ///   - files: CSV bytes keyed by Olist file name (`"olist_orders_dataset.csv"`, …).
    ///   - origin: a name for the input, used in messages and provenance.
    ///   - logger: receives progress (debug) and a data-quality summary (notice).
    /// - Returns: the joined dataset with its data-quality report and provenance.
    /// - Throws: ``LoadingError``; when several files are bad, the error of the first in
    ///   ``OlistFile`` order.
    /// - Complexity: O(total bytes).
    public static func load(files: [String: [UInt8]], origin: String, logger: Logger) throws(LoadingError)
        -> OlistDataset
    {
        try load(contents: files.mapValues { FileBytes($0) }, origin: origin, logger: logger)
    }

    /// Loads the tables from file contents keyed by file name.
    static func load(contents files: [String: FileBytes], origin: String, logger: Logger) throws(LoadingError)
        -> OlistDataset
    {
        for file in OlistFile.allCases where file.isRequired && files[file.rawValue] == nil {
            throw .fileNotFound(file: file.rawValue, directory: origin)
        }
        let present = OlistFile.allCases.filter { files[$0.rawValue] != nil }
        let results = parseConcurrently(present, files: files)
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
        let references = dataset.resolveJoins(locator: RowLocator(files: files, headers: headers))
        dataset.quality = DataQualityReport(
            tables: present.map { parsed[$0]!.quality }, issues: log.summaries, references: references)
        try dataset.checkNotEmpty()
        dataset.logSummary(logger)
        return dataset
    }

    /// Parses each file on its own task; result `i` belongs to `files[i]`.
    private static func parseConcurrently(_ present: [OlistFile], files: [String: FileBytes])
        -> [Result<ParsedFile, LoadingError>]
    {
        // Largest files first, so that the big ones do not end up last on one core.
        let order = present.indices.sorted { files[present[$0].rawValue]!.count > files[present[$1].rawValue]!.count }
        let slots = DisjointSlots<Result<ParsedFile, LoadingError>>(count: present.count)
        DispatchQueue.concurrentPerform(iterations: present.count) { task in
            let index = order[task]
            let file = present[index]
            slots.initialize(index, to: parse(file, bytes: files[file.rawValue]!))
        }
        return slots.moveAll()
    }

    /// Checksums and parses one file.
    private static func parse(_ file: OlistFile, bytes: FileBytes) -> Result<ParsedFile, LoadingError> {
        bytes.withUnsafeBufferPointer { buffer in
            let checksum = Checksum.sha256(UnsafeRawBufferPointer(buffer))
            return Result { () throws(LoadingError) -> ParsedFile in
                var table = try CSVTable(file: file.rawValue, bytes: buffer)
                var rows = try file.tableType.parse(&table)
                let (quality, log, origins) = try table.finish()
                rows.origins = origins
                let provenance = TableProvenance(
                    file: file.rawValue, byteCount: bytes.count, sha256: checksum,
                    columns: quality.columns.count, records: quality.records, rows: quality.rowsKept)
                return ParsedFile(table: rows, quality: quality, log: log, provenance: provenance)
            }
        }
    }

    /// Throws when no order can be segmented.
    private func checkNotEmpty() throws(LoadingError) {
        if orders.count == 0 {
            throw .emptyDataset(origin: origin, reason: "no order row could be used (see the rejected rows)")
        }
        if !orders.buyer.contains(where: { $0 >= 0 }) {
            throw .emptyDataset(
                origin: origin, reason: "no order's customer_id is in \(OlistFile.customers.rawValue), so there is no buyer")
        }
    }

    private func logSummary(_ logger: Logger) {
        logger.info(
            "loaded \(origin)",
            metadata: [
                "orders": "\(orders.count)", "buyers": "\(buyers.count)", "items": "\(orderItems.count)",
                "payments": "\(payments.count)", "reviews": "\(reviews.count)",
            ])
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
}

/// A CSV file being read as a table: a validated header, columns looked up by name, and
/// records with the header's field count.
///
/// Records with another field count are rejected and logged; empty fields are counted per
/// column. The typed accessors of `CSVTable+Values.swift` parse the current record's fields
/// and log what does not parse.
struct CSVTable {
    /// A header column the parser uses; `index` is -1 for an optional column absent from the file.
    struct Column {
        var index: Int
        var name: String
        var isPresent: Bool { index >= 0 }
    }

    private(set) var reader: CSVReader
    /// The column names, unquoted and trimmed.
    let header: [String]
    private(set) var quality: TableQuality
    var log = DataIssueLog()
    /// Where each kept row starts, to locate issues found after parsing.
    private(set) var origins = RowOrigins()
    /// Whether ``origins`` is filled.
    let keepsOrigins: Bool
    /// What values are believable.
    let rules: PlausibilityRules
    /// Holds a field with doubled quotes once unescaped.
    var scratch: [UInt8] = []

    /// About how many data rows the file holds (from the line density of its first 64 KiB), to
    /// reserve column storage once instead of growing it.
    let estimatedRows: Int

    var file: String { reader.file }
    var fields: [CSVField] { reader.fields }

    /// Reads and validates the header.
    /// - Throws: ``LoadingError/emptyFile(file:)``, ``LoadingError/wrongDelimiter(at:separator:header:)``,
    ///   ``LoadingError/invalidHeader(at:expected:found:)`` or ``LoadingError/brokenQuoting(at:expected:found:)``.
    ///   With a `delimiter`, fields are separated by it and the comma check is skipped; without
    ///   `keepsOrigins`, row starts are not recorded (nothing is joined afterwards).
    init(
        file: String, bytes: UnsafeBufferPointer<UInt8>, rules: PlausibilityRules = PlausibilityRules(),
        delimiter: UInt8? = nil, keepsOrigins: Bool = true
    ) throws(LoadingError) {
        self.rules = rules
        self.keepsOrigins = keepsOrigins
        reader = CSVReader(file: file, bytes: bytes, delimiter: delimiter ?? ASCII.comma)
        if delimiter == nil { try Self.checkDelimiter(bytes, file: file) }
        guard try reader.readRecord() else { throw .emptyFile(file: file) }
        var names: [String] = []
        for field in reader.fields {
            let position = reader.position(of: field)
            var content = Array(bytes[field.start..<field.end])
            if field.hasEscapedQuotes { content = Self.unescaped(content) }
            guard let name = String(validating: content, as: UTF8.self) else {
                throw .invalidHeader(at: position, expected: "UTF-8 column names", found: "bytes that are not UTF-8")
            }
            let trimmed = name.trimmingSpaces
            if trimmed.isEmpty {
                throw .invalidHeader(at: position, expected: "a column name", found: "an empty name")
            }
            if trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                throw .invalidHeader(
                    at: position, expected: "a printable column name",
                    found: "control characters in \"\(trimmed.debugDescription.dropFirst().dropLast())\"")
            }
            if names.contains(trimmed) {
                throw .invalidHeader(
                    at: position, expected: "distinct column names", found: "\"\(trimmed)\" a second time")
            }
            names.append(trimmed)
        }
        header = names
        estimatedRows = Self.estimateRows(bytes, from: reader.recordStart)
        if keepsOrigins { origins.reserveCapacity(estimatedRows) }
        quality = TableQuality(
            file: file, records: 0, rowsKept: 0, rowsRejected: 0, duplicateKeys: 0,
            columns: names.map { TableQuality.Column(name: $0, missing: 0, invalid: 0) })
    }

    /// A column the table cannot do without.
    /// - Throws: ``LoadingError/missingColumn(at:column:header:)``.
    func requiredColumn(_ name: String) throws(LoadingError) -> Column {
        guard let index = header.firstIndex(of: name) else {
            throw .missingColumn(at: SourcePosition(file: file, line: 1, column: 1), column: name, header: header)
        }
        return Column(index: index, name: name)
    }

    /// A column used when present (its values are missing otherwise); `aliases` are other
    /// spellings accepted, such as Olist's `product_name_lenght`.
    func optionalColumn(_ name: String, aliases: [String] = []) -> Column {
        for candidate in [name] + aliases {
            if let index = header.firstIndex(of: candidate) { return Column(index: index, name: candidate) }
        }
        return Column(index: -1, name: name)
    }

    /// Moves to the next record with the header's field count, logging and skipping others.
    /// - Returns: `false` at the end of the file.
    mutating func nextRow() throws(LoadingError) -> Bool {
        while try reader.readRecord() {
            quality.records += 1
            let fields = reader.fields
            guard fields.count == header.count else {
                reject(
                    .wrongFieldCount, column: "", at: reader.recordPosition,
                    message: "expected \(header.count) fields as in the header, found \(fields.count)")
                continue
            }
            for (index, field) in fields.enumerated() where field.isEmpty {
                quality.columns[index].missing += 1
            }
            return true
        }
        return false
    }

    /// Records that the current row is kept.
    mutating func keepRow() {
        quality.rowsKept += 1
        if keepsOrigins { origins.append(offset: reader.recordStart, line: reader.recordLine) }
    }

    /// Logs a problem that rejects the current row.
    mutating func reject(_ kind: DataIssue.Kind, column: String, at position: SourcePosition, message: String) {
        quality.rowsRejected += 1
        if kind == .duplicateKey { quality.duplicateKeys += 1 }
        log.record(DataIssue(kind: kind, position: position, column: column, message: message, rowRejected: true))
    }

    /// Logs a problem in a row that is kept.
    mutating func note(_ kind: DataIssue.Kind, column: Column, message: String) {
        if kind == .duplicateKey { quality.duplicateKeys += 1 }
        log.record(
            DataIssue(
                kind: kind, position: reader.position(of: reader.fields[column.index]), column: column.name,
                message: message, rowRejected: false))
    }

    /// Ends reading.
    /// - Throws: ``LoadingError/emptyTable(file:)`` when the file has no data record.
    func finish() throws(LoadingError) -> (quality: TableQuality, log: DataIssueLog, origins: RowOrigins) {
        guard quality.records > 0 else { throw .emptyTable(file: file) }
        return (quality, log, origins)
    }

    mutating func countInvalid(_ column: Column) {
        quality.columns[column.index].invalid += 1
    }

    /// Rejects a file whose first line separates its fields with semicolons or tabs and
    /// holds no comma (spreadsheets in many locales export so).
    /// - Throws: ``LoadingError/wrongDelimiter(at:separator:header:)``.
    private static func checkDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(LoadingError) {
        let firstLine = bytes.prefix(4096).prefix { $0 != ASCII.lineFeed && $0 != ASCII.carriageReturn }
        guard !firstLine.contains(ASCII.comma) else { return }
        for (separator, name) in [(UInt8(ascii: ";"), "semicolon"), (UInt8(ascii: "\t"), "tab")] where firstLine.contains(separator) {
            var header = String(decoding: firstLine, as: UTF8.self)
            if header.hasPrefix("\u{FEFF}") { header.removeFirst() }
            if header.count > 60 { header = header.prefix(60) + "…" }
            throw .wrongDelimiter(at: SourcePosition(file: file, line: 1, column: 1), separator: name, header: header)
        }
    }

    private static func estimateRows(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let sample = bytes[start..<min(bytes.count, start + 65_536)]
        guard !sample.isEmpty else { return 0 }
        let lines = sample.reduce(0) { $0 + ($1 == ASCII.lineFeed ? 1 : 0) }
        return (lines + 1) * (bytes.count - start) / sample.count
    }

    /// Removes one quote of each doubled pair.
    static func unescaped(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            result.append(bytes[index])
            index += bytes[index] == ASCII.quote && index + 1 < bytes.count && bytes[index + 1] == ASCII.quote ? 2 : 1
        }
        return result
    }
}

/// Where each kept row of a table starts in its file, to locate problems found after parsing
/// (orphan references) without keeping a position per field.
struct RowOrigins: Sendable, Equatable {
    private(set) var offsets: [Int] = []
    private(set) var lines: [Int32] = []

    mutating func reserveCapacity(_ rows: Int) {
        offsets.reserveCapacity(rows)
        lines.reserveCapacity(rows)
    }

    mutating func append(offset: Int, line: Int) {
        offsets.append(offset)
        lines.append(Int32(clamping: line))
    }

    /// The position of field `column` of kept row `row`, found by reading that record again.
    func position(row: Int, column: Int, file: String, bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var reader = CSVReader(file: file, bytes: bytes, recordStart: offsets[row], line: Int(lines[row]))
        guard (try? reader.readRecord()) == true, column < reader.fields.count else {
            return SourcePosition(file: file, line: Int(lines[row]), column: 1)
        }
        return reader.position(of: reader.fields[column])
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}

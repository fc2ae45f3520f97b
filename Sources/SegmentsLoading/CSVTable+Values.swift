/// Typed values of the current record, parsed from bytes.
///
/// The rule for row-level problems: an empty field is a missing value. A *required* value
/// (keys, and what a row means nothing without) that is missing or does not parse rejects the
/// row, which the accessor logs before returning `nil`. An *optional* value that is missing is
/// stored as missing (`nil`, NaN or -1); one that does not parse is logged and stored as missing.
extension CSVTable {
    /// What a value is expected to look like, for messages.
    enum ValueKind {
        case number, timestamp
        case integer(ClosedRange<Int32>)

        var issue: DataIssue.Kind {
            if case .timestamp = self { return .invalidTimestamp }
            return .invalidNumber
        }

        var expected: String {
            switch self {
            case .number: return "a decimal number like 12.5"
            case .integer(let range):
                return range == Int32.min...Int32.max
                    ? "a whole number" : "a whole number from \(range.lowerBound) to \(range.upperBound)"
            case .timestamp: return "a date yyyy-MM-dd HH:mm:ss or yyyy-MM-dd"
            }
        }
    }

    /// Calls `body` with the bytes of field `column`, doubled quotes unescaped.
    mutating func withField<R>(_ column: Column, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let field = reader.fields[column.index]
        if !field.hasEscapedQuotes {
            return body(UnsafeBufferPointer(rebasing: reader.bytes[field.start..<field.end]))
        }
        scratch = Self.unescaped(Array(reader.bytes[field.start..<field.end]))
        return scratch.withUnsafeBufferPointer(body)
    }

    /// Whether field `column` is absent or empty.
    func isMissing(_ column: Column) -> Bool {
        !column.isPresent || reader.fields[column.index].isEmpty
    }

    /// The field's text for a message, quoted, shortened past 40 characters.
    mutating func quotedText(_ column: Column) -> String {
        let text = withField(column) { String(decoding: $0, as: UTF8.self) }
        let short = text.count > 40 ? text.prefix(40) + "…" : Substring(text)
        return "\"\(short)\""
    }

    private func fieldPosition(_ column: Column) -> SourcePosition {
        reader.position(of: reader.fields[column.index])
    }

    private mutating func rejectMissing(_ column: Column, expected: String) {
        reject(
            .missingValue, column: column.name, at: fieldPosition(column),
            message: "missing value in required column \"\(column.name)\": expected \(expected)")
    }

    private mutating func required<T>(
        _ column: Column, _ kind: ValueKind, parse: (UnsafeBufferPointer<UInt8>) -> T?
    ) -> T? {
        if isMissing(column) {
            rejectMissing(column, expected: kind.expected)
            return nil
        }
        if let value = withField(column, parse) { return value }
        countInvalid(column)
        let found = quotedText(column)
        reject(
            kind.issue, column: column.name, at: fieldPosition(column),
            message: "invalid value in column \"\(column.name)\": expected \(kind.expected), found \(found); row rejected")
        return nil
    }

    private mutating func optional<T>(
        _ column: Column, _ kind: ValueKind, parse: (UnsafeBufferPointer<UInt8>) -> T?
    ) -> T? {
        if isMissing(column) { return nil }
        if let value = withField(column, parse) { return value }
        countInvalid(column)
        let found = quotedText(column)
        note(
            kind.issue, column: column,
            message: "invalid value in column \"\(column.name)\": expected \(kind.expected), found \(found); kept as missing")
        return nil
    }

    /// Whether every one of `columns` has a value; the first missing one rejects the row.
    mutating func requirePresent(_ columns: Column...) -> Bool {
        for column in columns where isMissing(column) {
            rejectMissing(column, expected: "a value")
            return false
        }
        return true
    }

    /// The code of field `column` in `interner`, interned if new; -1 when missing.
    mutating func intern(_ column: Column, into interner: inout Interner) -> Int32 {
        isMissing(column) ? -1 : withField(column) { interner.intern(bytes: $0) }
    }

    /// The current row's primary key (present), interned if new; a repeated key rejects the row.
    /// - Returns: the new code (= the row index), or `nil` for a repeat.
    mutating func primaryKey(_ column: Column, into interner: inout Interner) -> Int32? {
        let before = interner.count
        let code = withField(column) { interner.intern(bytes: $0) }
        if interner.count > before { return code }
        let found = quotedText(column)
        reject(
            .duplicateKey, column: column.name, at: fieldPosition(column),
            message: "duplicate \(column.name) \(found): expected a unique key; the first row is kept")
        return nil
    }

    /// A required whole number within `range`.
    mutating func requiredInt32(_ column: Column, in range: ClosedRange<Int32> = .min ... .max) -> Int32? {
        required(column, .integer(range)) { NumberParsing.int32($0).flatMap { range.contains($0) ? $0 : nil } }
    }

    /// A required decimal number.
    mutating func requiredDouble(_ column: Column) -> Double? {
        required(column, .number, parse: NumberParsing.double)
    }

    /// A required date.
    mutating func requiredTimestamp(_ column: Column) -> Timestamp? {
        required(column, .timestamp, parse: Timestamp.parse)
    }

    /// An optional decimal number; NaN when missing or invalid.
    mutating func optionalDouble(_ column: Column) -> Double {
        optional(column, .number, parse: NumberParsing.double) ?? .nan
    }

    /// An optional whole number; `missing` when missing or invalid.
    mutating func optionalInt32(_ column: Column, missing: Int32) -> Int32 {
        optional(column, .integer(.min ... .max), parse: NumberParsing.int32) ?? missing
    }

    /// An optional date.
    mutating func optionalTimestamp(_ column: Column) -> Timestamp? {
        optional(column, .timestamp, parse: Timestamp.parse)
    }

    /// A free-text value appended to `text` (empty when missing).
    mutating func text(_ column: Column, into text: inout TextColumn) {
        if isMissing(column) {
            text.append(bytes: UnsafeBufferPointer(start: nil, count: 0))
        } else {
            withField(column) { text.append(bytes: $0) }
        }
    }

    /// A required value of a closed set; an unknown value is logged and kept as `.other`.
    mutating func requiredCase<Value: ClosedSetValue>(_ column: Column) -> Value? {
        if isMissing(column) {
            rejectMissing(column, expected: "one of \(Value.knownValues)")
            return nil
        }
        if let value = withField(column, Value.init(utf8:)) { return value }
        let found = quotedText(column)
        note(
            .unknownValue, column: column,
            message: "unknown value in column \"\(column.name)\": expected one of \(Value.knownValues), found \(found); kept as other")
        return .other
    }
}

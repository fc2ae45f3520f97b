/// ASCII bytes the CSV reader and the value parsers look for.
enum ASCII {
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let plus: UInt8 = 0x2B
    static let dot: UInt8 = 0x2E
    static let zero: UInt8 = 0x30
    static let colon: UInt8 = 0x3A
}

/// One field of a CSV record, as a byte range of the input; no copy, no `String`.
struct CSVField {
    /// Offset of the first content byte (after an opening quote).
    var start: Int
    /// Offset one past the last content byte (before a closing quote).
    var end: Int
    /// Offset of the first byte of the physical line the field starts on.
    var lineStart: Int
    /// The 1-based physical line the field starts on.
    var line: Int
    /// Whether the field was quoted.
    var isQuoted: Bool
    /// Whether the content holds doubled quotes (`""`) that stand for one quote.
    var hasEscapedQuotes: Bool

    /// Whether the field is empty, which is a missing value.
    var isEmpty: Bool { start == end }
    /// Offset of the field's first byte in the file, its opening quote included.
    var firstByte: Int { isQuoted ? start - 1 : start }
}

/// A strict RFC 4180 CSV reader over bytes.
///
/// Comma-separated fields (or another ``delimiter``); records end with LF or CR LF (a lone CR is data); fields may be
/// quoted, and a quoted field may hold commas, line breaks and doubled quotes. A UTF-8 byte
/// order mark at the start is skipped. Blank lines hold no data and are skipped. Broken
/// quoting is fatal: a quote inside an unquoted field, text after a closing quote, or a
/// quoted field still open at the end of the file.
///
/// The reader works on an `UnsafeBufferPointer<UInt8>` that must outlive it, and keeps the
/// current record's fields in a reused array: reading allocates nothing per record.
struct CSVReader {
    /// The file name used in error positions.
    let file: String
    /// The whole input.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The field separator: a comma (the Olist files), or a semicolon or a tab (transaction
    /// logs exported by spreadsheets).
    let delimiter: UInt8
    /// The fields of the current record, valid until the next call to ``readRecord()``.
    private(set) var fields: [CSVField] = []
    /// Offset of the first byte of the current record.
    private(set) var recordStart = 0
    /// The 1-based physical line the current record starts on.
    private(set) var recordLine = 1
    private var position: Int
    private var line: Int
    private var lineStart: Int

    /// Creates a reader positioned at the start of `bytes`, after a byte order mark if any.
    init(file: String, bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8 = ASCII.comma) {
        self.file = file
        self.bytes = bytes
        self.delimiter = delimiter
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = hasBOM ? 3 : 0
        line = 1
        lineStart = position
        fields.reserveCapacity(32)
    }

    /// Creates a reader positioned at a record start found by an earlier pass.
    init(file: String, bytes: UnsafeBufferPointer<UInt8>, recordStart: Int, line: Int, delimiter: UInt8 = ASCII.comma) {
        self.init(file: file, bytes: bytes, delimiter: delimiter)
        let contentStart = position  // after a byte order mark
        var start = recordStart
        while start > contentStart && bytes[start - 1] != ASCII.lineFeed { start -= 1 }
        position = recordStart
        self.line = line
        lineStart = start
    }

    /// Reads the next record into ``fields``.
    /// - Returns: `false` at the end of the input.
    /// - Throws: ``LoadingError/brokenQuoting(at:expected:found:)``.
    mutating func readRecord() throws(LoadingError) -> Bool {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        skipBlankLines()
        if position >= count { return false }
        recordStart = position
        recordLine = line
        while true {
            if bytes[position] == ASCII.quote {
                try readQuotedField()
            } else if delimiter == ASCII.comma {
                try readUnquotedField()
            } else {
                try readUnquotedField(separatedBy: delimiter)
            }
            // Now at a delimiter, a line end or the end of the input.
            if position >= count { return true }
            let byte = bytes[position]
            if byte == delimiter {
                position += 1
                if position >= count {
                    fields.append(emptyField(at: position))
                    return true
                }
                continue
            }
            position += byte == ASCII.carriageReturn ? 2 : 1
            newLine()
            return true
        }
    }

    /// The position of byte `offset`, which lies on the physical line starting at `lineStart`.
    func position(ofByte offset: Int, lineStart: Int, line: Int) -> SourcePosition {
        var column = 1
        var index = lineStart
        while index < offset && index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(file: file, line: line, column: column)
    }

    /// The position of the first byte of `field`.
    func position(of field: CSVField) -> SourcePosition {
        position(ofByte: field.firstByte, lineStart: field.lineStart, line: field.line)
    }

    /// The position where the current record starts.
    var recordPosition: SourcePosition {
        position(ofByte: recordStart, lineStart: recordStart, line: recordLine)
    }

    private mutating func newLine() {
        line += 1
        lineStart = position
    }

    private mutating func skipBlankLines() {
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            if byte == ASCII.lineFeed {
                position += 1
            } else if byte == ASCII.carriageReturn && position + 1 < count
                && bytes[position + 1] == ASCII.lineFeed
            {
                position += 2
            } else {
                return
            }
            newLine()
        }
    }

    private func emptyField(at offset: Int) -> CSVField {
        CSVField(
            start: offset, end: offset, lineStart: lineStart, line: line,
            isQuoted: false, hasEscapedQuotes: false)
    }

    /// Scans an unquoted field up to a comma, a line end or the end of the input.
    private mutating func readUnquotedField() throws(LoadingError) {
        let count = bytes.count
        let start = position
        var index = position
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            // Every byte the scan stops at is at most a comma (0x2C): skip 8 bytes at a time
            // while none is (the "has a byte less than n" test of Anderson's Bit Twiddling
            // Hacks; its lowest flagged byte is exact).
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let flagged = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080
                if flagged != 0 {
                    index += flagged.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            guard index < count else { break }
            let byte = bytes[index]
            if byte > ASCII.comma { index += 1; continue }
            if byte == ASCII.comma || byte == ASCII.lineFeed { break }
            if byte == ASCII.carriageReturn {
                if index + 1 < count && bytes[index + 1] == ASCII.lineFeed { break }
            } else if byte == ASCII.quote {
                throw .brokenQuoting(
                    at: position(ofByte: index, lineStart: lineStart, line: line),
                    expected: "no quote inside an unquoted field (quote the whole field and double inner quotes)",
                    found: "'\"'")
            }
            index += 1
        }
        position = index
        fields.append(
            CSVField(
                start: start, end: index, lineStart: lineStart, line: line,
                isQuoted: false, hasEscapedQuotes: false))
    }

    /// Scans an unquoted field up to `separator` (not a comma), a line end or the end of the
    /// input; a comma is data here.
    private mutating func readUnquotedField(separatedBy separator: UInt8) throws(LoadingError) {
        let count = bytes.count
        let start = position
        var index = position
        let raw = UnsafeRawBufferPointer(bytes)
        let broadcast = UInt64(separator) &* 0x0101_0101_0101_0101
        while index < count {
            // Skip 8 bytes at a time while none is below 0x23 (line ends, quote) or equal to the
            // separator (the "has zero byte" test on the word XOR the separator); the lowest
            // flagged byte of either test is exact.
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let low = (word &- 0x2323_2323_2323_2323) & ~word
                let same = word ^ broadcast
                let equal = (same &- 0x0101_0101_0101_0101) & ~same
                let flagged = (low | equal) & 0x8080_8080_8080_8080
                if flagged != 0 {
                    index += flagged.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            guard index < count else { break }
            let byte = bytes[index]
            if byte == separator || byte == ASCII.lineFeed { break }
            if byte == ASCII.carriageReturn {
                if index + 1 < count && bytes[index + 1] == ASCII.lineFeed { break }
            } else if byte == ASCII.quote {
                throw .brokenQuoting(
                    at: position(ofByte: index, lineStart: lineStart, line: line),
                    expected: "no quote inside an unquoted field (quote the whole field and double inner quotes)",
                    found: "'\"'")
            }
            index += 1
        }
        position = index
        fields.append(
            CSVField(
                start: start, end: index, lineStart: lineStart, line: line,
                isQuoted: false, hasEscapedQuotes: false))
    }

    /// Scans a quoted field; `position` is at its opening quote.
    private mutating func readQuotedField() throws(LoadingError) {
        let count = bytes.count
        let openingLine = line
        let openingLineStart = lineStart
        let opening = position
        var index = position + 1
        var escaped = false
        while true {
            guard index < count else {
                throw .brokenQuoting(
                    at: position(ofByte: opening, lineStart: openingLineStart, line: openingLine),
                    expected: "a closing quote for the field opened here",
                    found: "the end of the file")
            }
            let byte = bytes[index]
            if byte == ASCII.quote {
                if index + 1 < count && bytes[index + 1] == ASCII.quote {
                    escaped = true
                    index += 2
                    continue
                }
                break
            }
            index += 1
            if byte == ASCII.lineFeed {
                line += 1
                lineStart = index
            }
        }
        fields.append(
            CSVField(
                start: opening + 1, end: index, lineStart: openingLineStart, line: openingLine,
                isQuoted: true, hasEscapedQuotes: escaped))
        position = index + 1
        guard position < count else { return }
        let next = bytes[position]
        if next == delimiter || next == ASCII.lineFeed { return }
        if next == ASCII.carriageReturn && position + 1 < count && bytes[position + 1] == ASCII.lineFeed {
            return
        }
        throw .brokenQuoting(
            at: position(ofByte: position, lineStart: lineStart, line: line),
            expected: "'\(Self.printable(delimiter))' or the end of the line after a closing quote",
            found: "'\(Self.printable(next))'")
    }

    /// A byte as readable text for an error message.
    static func printable(_ byte: UInt8) -> String {
        (0x20..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "\\u{\(String(byte, radix: 16))}"
    }
}

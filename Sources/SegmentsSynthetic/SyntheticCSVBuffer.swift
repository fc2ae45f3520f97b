import SegmentsLoading

/// A CSV file under construction, written byte by byte the way the real Olist files are:
/// comma-separated, `\n` line ends, empty field for a missing value, and a text field quoted
/// (RFC 4180, inner quotes doubled) when it starts with a digit or contains a comma, a quote
/// or a line break. Numbers and timestamps are never quoted.
struct SyntheticCSVBuffer {
    private(set) var bytes: [UInt8] = []
    private var fieldsInRow = 0

    /// Starts a file with its header row.
    /// - Parameters:
    ///   - columns: the column names, in file order.
    ///   - rows: the expected number of data rows (to reserve memory once).
    ///   - bytesPerRow: the expected length of a data row.
    ///   - quotedHeader: whether every header name is quoted (all Olist files but the
    ///     category translation).
    ///   - byteOrderMark: whether the file starts with a UTF-8 byte order mark.
    init(columns: [String], rows: Int, bytesPerRow: Int, quotedHeader: Bool = true, byteOrderMark: Bool = false) {
        bytes.reserveCapacity(64 * columns.count + rows * bytesPerRow)
        if byteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
        for column in columns {
            separate()
            if quotedHeader { bytes.append(SyntheticByte.quote) }
            bytes += column.utf8
            if quotedHeader { bytes.append(SyntheticByte.quote) }
        }
        endRow()
    }

    /// Appends a text field, quoted when needed; an empty string is a missing value.
    mutating func text(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { utf8 in
            let needsQuotes = utf8.first.map { $0 >= SyntheticByte.zero && $0 <= SyntheticByte.nine } == true
                || utf8.contains { $0 == SyntheticByte.comma || $0 == SyntheticByte.quote || $0 == SyntheticByte.lineFeed || $0 == SyntheticByte.carriageReturn }
            guard needsQuotes else {
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(SyntheticByte.quote)
            for byte in utf8 {
                if byte == SyntheticByte.quote { bytes.append(SyntheticByte.quote) }
                bytes.append(byte)
            }
            bytes.append(SyntheticByte.quote)
        }
    }

    /// Appends an optional text field (`nil` is a missing value).
    mutating func text(_ value: String?) {
        text(value ?? "")
    }

    /// Appends a 32-hex-digit identifier, quoted when it starts with a digit (as in Olist).
    mutating func identifier(_ id: SyntheticID) {
        separate()
        let startsWithDigit = id.high >> 60 < 10
        if startsWithDigit { bytes.append(SyntheticByte.quote) }
        appendHex(id.high)
        appendHex(id.low)
        if startsWithDigit { bytes.append(SyntheticByte.quote) }
    }

    /// Appends an integer field; `nil` is a missing value.
    mutating func integer(_ value: Int?) {
        separate()
        if let value { appendDecimal(value) }
    }

    /// Appends an amount given in cents with two decimals (`58.90`).
    mutating func cents(_ value: Int) {
        separate()
        if value < 0 { bytes.append(SyntheticByte.minus) }
        let magnitude = value.magnitude
        appendDecimal(Int(magnitude / 100))
        bytes.append(SyntheticByte.dot)
        bytes.append(SyntheticByte.zero + UInt8(magnitude % 100 / 10))
        bytes.append(SyntheticByte.zero + UInt8(magnitude % 10))
    }

    /// Appends a `yyyy-MM-dd HH:mm:ss` timestamp given in seconds since 1970-01-01;
    /// `nil` is a missing value.
    mutating func timestamp(_ seconds: Int?) {
        separate()
        guard let seconds else { return }
        let day = SyntheticCalendar.day(of: seconds)
        let date = SyntheticCalendar.civilDate(day: day)
        let time = seconds - day * SyntheticCalendar.secondsPerDay
        appendDigits(date.year, width: 4)
        bytes.append(SyntheticByte.minus)
        appendDigits(date.month, width: 2)
        bytes.append(SyntheticByte.minus)
        appendDigits(date.day, width: 2)
        bytes.append(SyntheticByte.space)
        appendDigits(time / 3600, width: 2)
        bytes.append(SyntheticByte.colon)
        appendDigits(time / 60 % 60, width: 2)
        bytes.append(SyntheticByte.colon)
        appendDigits(time % 60, width: 2)
    }

    /// Appends a coordinate in degrees with 14 decimals (`-23.54562128115268`).
    mutating func coordinate(_ degrees: Double) {
        separate()
        let scaled = Int((abs(degrees) * 1e14).rounded())
        if degrees < 0 && scaled != 0 { bytes.append(SyntheticByte.minus) }
        appendDecimal(scaled / 100_000_000_000_000)
        bytes.append(SyntheticByte.dot)
        appendDigits(scaled % 100_000_000_000_000, width: 14)
    }

    /// Ends the current row with a line feed.
    mutating func endRow() {
        bytes.append(SyntheticByte.lineFeed)
        fieldsInRow = 0
    }

    /// Removes the line feed that ends the last row (the real category translation file
    /// has none).
    mutating func dropFinalLineFeed() {
        if bytes.last == SyntheticByte.lineFeed { bytes.removeLast() }
    }

    private mutating func separate() {
        if fieldsInRow > 0 { bytes.append(SyntheticByte.comma) }
        fieldsInRow += 1
    }

    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { bytes.append(SyntheticByte.minus) }
        var digits = 1
        var rest = value.magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        appendDigits(value.magnitude, width: digits)
    }

    /// Appends the last `width` decimal digits of `value`, with leading zeros.
    private mutating func appendDigits(_ value: some BinaryInteger, width: Int) {
        let number = UInt64(value)
        var power = SyntheticByte.powersOfTen[width - 1]
        while power > 0 {
            bytes.append(SyntheticByte.zero &+ UInt8(truncatingIfNeeded: number / power % 10))
            power /= 10
        }
    }

    private mutating func appendHex(_ value: UInt64) {
        var shift: UInt64 = 60
        while true {
            let nibble = UInt8(truncatingIfNeeded: (value >> shift) & 0xF)
            bytes.append(nibble < 10 ? SyntheticByte.zero + nibble : SyntheticByte.lowercaseA + nibble - 10)
            if shift == 0 { break }
            shift -= 4
        }
    }
}

/// The ASCII bytes the CSV buffer writes.
private enum SyntheticByte {
    static let quote = UInt8(ascii: "\"")
    static let comma = UInt8(ascii: ",")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let minus = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let colon = UInt8(ascii: ":")
    static let space = UInt8(ascii: " ")
    static let lowercaseA = UInt8(ascii: "a")
    static let powersOfTen: [UInt64] = (0..<20).map { (0..<$0).reduce(1) { power, _ in power &* 10 } }
}

/// How the dates of a transaction log are written.
///
/// By default ISO 8601: a date `2024-03-31`, or a date and time `2024-03-31T14:05`,
/// `2024-03-31 14:05:09`, with optional fractional seconds (dropped) and an optional `Z` or
/// `±hh:mm` offset (converted to UTC; without an offset the time is read as UTC, like Olist's).
/// Otherwise an explicit pattern of fields and literal characters: `yyyy` (four-digit year),
/// `MM`, `dd`, `HH`, `mm`, `ss` (two digits each), `M`, `d`, `H` (one or two digits), any
/// other character standing for itself — `yyyyMMdd`, `dd/MM/yyyy`, `MM/dd/yyyy HH:mm`,
/// `d.M.yyyy`. Parsing works on bytes, with no `String` per value.
public struct DateFormat: Sendable, Hashable, CustomStringConvertible {
    /// One element of a pattern.
    enum Token: Hashable, Sendable {
        case year, month, day, hour, minute, second
        /// A field of one or two digits.
        case shortMonth, shortDay, shortHour
        case literal(UInt8)
    }

    /// The pattern as given (`iso8601` for the default).
    public let pattern: String
    /// The tokens; empty for ISO 8601.
    let tokens: [Token]

    /// ISO 8601 dates and date-times.
    public static let iso8601 = DateFormat(pattern: "iso8601", tokens: [])

    private init(pattern: String, tokens: [Token]) {
        self.pattern = pattern
        self.tokens = tokens
    }

    /// A format from its pattern (`iso8601`, or fields and literals as described above).
    /// - Returns: `nil` when the pattern has no year, month and day, repeats a field, or holds
    ///   a letter that is not a field (`yy`, `MMM` are not supported) or a non-ASCII character.
    public init?(_ pattern: String) {
        if pattern.lowercased() == "iso8601" || pattern.lowercased() == "iso" {
            self = .iso8601
            return
        }
        let bytes = Array(pattern.utf8)
        var tokens: [Token] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var run = 1
            while index + run < bytes.count && bytes[index + run] == byte { run += 1 }
            let token: Token?
            switch (byte, run) {
            case (UInt8(ascii: "y"), 4): token = .year
            case (UInt8(ascii: "M"), 2): token = .month
            case (UInt8(ascii: "M"), 1): token = .shortMonth
            case (UInt8(ascii: "d"), 2): token = .day
            case (UInt8(ascii: "d"), 1): token = .shortDay
            case (UInt8(ascii: "H"), 2): token = .hour
            case (UInt8(ascii: "H"), 1): token = .shortHour
            case (UInt8(ascii: "m"), 2): token = .minute
            case (UInt8(ascii: "s"), 2): token = .second
            default:
                let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                guard !isLetter, byte < 0x80 else { return nil }
                token = nil
            }
            if let token {
                tokens.append(token)
                index += run
            } else {
                tokens.append(.literal(byte))
                index += 1
            }
        }
        let fields = tokens.filter { if case .literal = $0 { false } else { true } }
        let kinds = fields.map(Self.field)
        guard Set(kinds).count == kinds.count, kinds.contains(0), kinds.contains(1), kinds.contains(2) else { return nil }
        self.init(pattern: pattern, tokens: tokens)
    }

    /// Which calendar field a token sets (0 year … 5 second).
    private static func field(_ token: Token) -> Int {
        switch token {
        case .year: 0
        case .month, .shortMonth: 1
        case .day, .shortDay: 2
        case .hour, .shortHour: 3
        case .minute: 4
        case .second: 5
        case .literal: -1
        }
    }

    /// What a value is expected to look like, for messages.
    public var expected: String {
        tokens.isEmpty
            ? "an ISO 8601 date like 2024-03-31 or 2024-03-31T14:05:00"
            : "a date written \(pattern)"
    }

    public var description: String { pattern }

    /// Parses a date from bytes (surrounding spaces already removed).
    /// - Returns: `nil` when the text does not match or a field is out of range.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        tokens.isEmpty ? Self.parseISO(bytes) : parsePattern(bytes)
    }

    private func parsePattern(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        var values = [0, 0, 0, 0, 0, 0]
        var index = 0
        let count = bytes.count
        @inline(__always) func digits(_ width: ClosedRange<Int>) -> Int? {
            var value = 0
            var read = 0
            while read < width.upperBound && index < count {
                let digit = bytes[index] &- ASCII.zero
                guard digit < 10 else { break }
                value = value * 10 + Int(digit)
                index += 1
                read += 1
            }
            return read >= width.lowerBound ? value : nil
        }
        for token in tokens {
            switch token {
            case .literal(let byte):
                guard index < count, bytes[index] == byte else { return nil }
                index += 1
            case .year: guard let v = digits(4...4) else { return nil }; values[0] = v
            case .month: guard let v = digits(2...2) else { return nil }; values[1] = v
            case .shortMonth: guard let v = digits(1...2) else { return nil }; values[1] = v
            case .day: guard let v = digits(2...2) else { return nil }; values[2] = v
            case .shortDay: guard let v = digits(1...2) else { return nil }; values[2] = v
            case .hour: guard let v = digits(2...2) else { return nil }; values[3] = v
            case .shortHour: guard let v = digits(1...2) else { return nil }; values[3] = v
            case .minute: guard let v = digits(2...2) else { return nil }; values[4] = v
            case .second: guard let v = digits(2...2) else { return nil }; values[5] = v
            }
        }
        guard index == count else { return nil }
        return Timestamp(
            year: values[0], month: values[1], day: values[2], hour: values[3], minute: values[4], second: values[5])
    }

    /// `yyyy-MM-dd`, then optionally `T` or a space, `HH:mm`, `:ss`, `.fff…`, `Z` or `±hh:mm`.
    static func parseISO(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        let count = bytes.count
        guard count >= 10 else { return nil }
        @inline(__always) func number(_ from: Int, _ width: Int) -> Int? {
            guard from + width <= count else { return nil }
            var value = 0
            for index in from..<(from + width) {
                let digit = bytes[index] &- ASCII.zero
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard bytes[4] == ASCII.minus, bytes[7] == ASCII.minus,
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2)
        else { return nil }
        if count == 10 { return Timestamp(year: year, month: month, day: day) }
        guard bytes[10] == ASCII.space || bytes[10] == UInt8(ascii: "T"),
            let hour = number(11, 2), count >= 16, bytes[13] == ASCII.colon, let minute = number(14, 2)
        else { return nil }
        var index = 16
        var second = 0
        if index < count && bytes[index] == ASCII.colon {
            guard let value = number(index + 1, 2) else { return nil }
            second = value
            index += 3
            if index < count && (bytes[index] == ASCII.dot || bytes[index] == ASCII.comma) {
                index += 1
                let start = index
                while index < count && bytes[index] &- ASCII.zero < 10 { index += 1 }
                guard index > start else { return nil }
            }
        }
        var offsetSeconds = 0
        if index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "Z") {
                index += 1
            } else if byte == ASCII.plus || byte == ASCII.minus {
                guard let hours = number(index + 1, 2) else { return nil }
                index += 3
                var minutes = 0
                if index < count && bytes[index] == ASCII.colon { index += 1 }
                if index < count {
                    guard let value = number(index, 2) else { return nil }
                    minutes = value
                    index += 2
                }
                guard hours <= 23, minutes <= 59 else { return nil }
                offsetSeconds = (hours * 3600 + minutes * 60) * (byte == ASCII.minus ? -1 : 1)
            }
        }
        guard index == count,
            let local = Timestamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        return Timestamp(secondsSince1970: local.secondsSince1970 - Int64(offsetSeconds))
    }
}

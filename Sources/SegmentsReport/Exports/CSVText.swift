/// Builds RFC 4180 CSV text for the site's data exports: comma-separated, `\n` line ends,
/// fields quoted only when they hold a comma, a quote or a line break, numbers written in
/// Swift's shortest round-trip form so that a re-read gives the exact same doubles.
struct CSVText {
    private(set) var bytes: [UInt8] = []

    init(header: [String]) {
        appendRow(header)
    }

    /// Appends one record.
    mutating func appendRow(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(field)
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func append(_ field: String) {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else {
            bytes.append(contentsOf: field.utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in field.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A double in shortest round-trip form; empty for NaN (a missing value).
    static func number(_ value: Double) -> String {
        value.isNaN ? "" : "\(value)"
    }
}

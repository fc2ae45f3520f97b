/// The language of a report: every locale-dependent rule (number, money, percentage and date
/// formatting, the chart kit's sentences), read from the `locale` object of the language's
/// catalogue file (`templates/catalogue/CODE.json`), so that output never depends on the
/// machine's locale and a language is added by adding one file.
///
/// Negative numbers use the MINUS SIGN (U+2212) in every language, before any currency
/// symbol.
public struct ReportLanguage: Sendable, Hashable {
    /// The language code, the catalogue's file name: `en`, `fr`.
    public let code: String
    /// Its number and date conventions and chart words.
    public let conventions: LanguageConventions

    public init(code: String, conventions: LanguageConventions) {
        self.code = code
        self.conventions = conventions
    }

    /// NARROW NO-BREAK SPACE, the French thousands separator and space before `%`.
    public static let narrowNoBreakSpace = "\u{202F}"
    /// NO-BREAK SPACE, before a French currency symbol or compact suffix.
    public static let noBreakSpace = "\u{00A0}"
    /// MINUS SIGN used for negative numbers.
    public static let minusSign = "\u{2212}"

    /// The decimal separator: `.` or `,`.
    public var decimalSeparator: String { conventions.decimalSeparator }

    /// The thousands separator: `,` or U+202F.
    public var groupingSeparator: String { conventions.groupingSeparator }

    /// Text shown in place of a chart without data.
    public var noData: String { conventions.noData }

    /// Text shown in place of a missing or non-finite value (an em dash).
    public var missingValue: String { "\u{2014}" }

    /// The chart sentence `key` of ``LanguageConventions/chart`` with each `{name}` replaced by
    /// `arguments[name]`, in one pass (a value holding braces is never read as a placeholder);
    /// the key itself when the catalogue lacks it (the catalogue tests rule that out).
    public func chartWords(_ key: String, _ arguments: [String: String] = [:]) -> String {
        guard let text = conventions.chart[key] else { return key }
        return Self.fill(text, arguments)
    }

    /// `pattern` with each `{name}` whose name is in `arguments` replaced, in one pass (a value
    /// that contains braces is never read as a placeholder).
    public static func fill(_ pattern: String, _ arguments: [String: String]) -> String {
        var result = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += arguments[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

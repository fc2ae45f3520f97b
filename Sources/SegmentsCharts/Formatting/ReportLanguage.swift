/// The language of a report: owns every locale-dependent rule (number, money, percentage and
/// date formatting, chart wording) so that output never depends on the machine's locale.
///
/// French follows the CLDR `fr` conventions, written with fixed characters:
/// - thousands are grouped with a NARROW NO-BREAK SPACE (U+202F): `1 234 567`;
/// - the percent sign is preceded by a narrow no-break space (U+202F): `97,1 %`;
/// - a currency symbol follows the amount after a NO-BREAK SPACE (U+00A0): `1 234,56 R$`;
/// - compact suffixes follow a no-break space (U+00A0): `12 k`, `1,2 M`, `3,4 Md`.
///
/// English uses `,` and `.`, no spaces: `1,234.56`, `97.1%`, `R$1,234.56`, `12k`, `1.2M`.
/// Negative numbers use the MINUS SIGN (U+2212) in both languages.
public enum ReportLanguage: String, CaseIterable, Sendable, Codable {
    case en
    case fr

    /// NARROW NO-BREAK SPACE, the French thousands separator and space before `%`.
    public static let narrowNoBreakSpace = "\u{202F}"
    /// NO-BREAK SPACE, before a French currency symbol or compact suffix.
    public static let noBreakSpace = "\u{00A0}"
    /// MINUS SIGN used for negative numbers.
    public static let minusSign = "\u{2212}"

    /// The decimal separator: `.` or `,`.
    public var decimalSeparator: String {
        switch self {
        case .en: "."
        case .fr: ","
        }
    }

    /// The thousands separator: `,` or U+202F.
    public var groupingSeparator: String {
        switch self {
        case .en: ","
        case .fr: Self.narrowNoBreakSpace
        }
    }

    /// Text shown in place of a chart without data.
    public var noData: String {
        switch self {
        case .en: "No data"
        case .fr: "Aucune donnée"
        }
    }

    /// Text shown in place of a missing or non-finite value (an em dash).
    public var missingValue: String { "\u{2014}" }
}

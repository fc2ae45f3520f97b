/// How one language writes numbers, amounts and dates, and the chart kit's sentences: the
/// `locale` object of a catalogue file. Patterns name their parts in braces.
public struct LanguageConventions: Sendable, Hashable, Codable {
    /// The decimal separator: `.` / `,`.
    public var decimalSeparator: String
    /// The thousands separator: `,` / U+202F.
    public var groupingSeparator: String
    /// A percentage: `{number}%` / `{number} %` (U+202F).
    public var percentPattern: String
    /// An amount of money, without its minus sign: `{symbol}{number}` / `{number} {symbol}`
    /// (U+00A0).
    public var moneyPattern: String
    /// A compact axis number: `{number}{suffix}` / `{number} {suffix}` (U+00A0).
    public var compactPattern: String
    /// The compact suffixes of thousands, millions and billions: `k`, `M`, `B` / `Md`.
    public var compactSuffixes: [String]
    /// Full month names, January first.
    public var monthNames: [String]
    /// Abbreviated month names, January first: `Jan` / `janv.`.
    public var shortMonthNames: [String]
    /// A day: `{month} {day}, {year}` / `{day} {month} {year}`, with the short month name.
    public var dayPattern: String
    /// How the first day of a month is written in ``dayPattern`` (`1er` in French; nil: `1`).
    public var firstDayOfMonth: String?
    /// A month: `{month} {year}`, with the short month name.
    public var monthYearPattern: String
    /// A quarter: `Q{quarter} {year}` / `T{quarter} {year}`.
    public var quarterPattern: String
    /// Text in place of a chart without data.
    public var noData: String
    /// The chart kit's sentences by key (descriptions and tooltips), with `{name}` parts.
    public var chart: [String: String]

    public init(
        decimalSeparator: String, groupingSeparator: String, percentPattern: String, moneyPattern: String,
        compactPattern: String, compactSuffixes: [String], monthNames: [String], shortMonthNames: [String],
        dayPattern: String, firstDayOfMonth: String?, monthYearPattern: String, quarterPattern: String, noData: String,
        chart: [String: String]
    ) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.percentPattern = percentPattern
        self.moneyPattern = moneyPattern
        self.compactPattern = compactPattern
        self.compactSuffixes = compactSuffixes
        self.monthNames = monthNames
        self.shortMonthNames = shortMonthNames
        self.dayPattern = dayPattern
        self.firstDayOfMonth = firstDayOfMonth
        self.monthYearPattern = monthYearPattern
        self.quarterPattern = quarterPattern
        self.noData = noData
        self.chart = chart
    }

    /// What is wrong with these conventions (lists of the wrong length, a pattern without
    /// its parts), one message each; empty when they are usable.
    public var problems: [String] {
        var problems: [String] = []
        if monthNames.count != 12 { problems.append("monthNames must list 12 months, not \(monthNames.count)") }
        if shortMonthNames.count != 12 { problems.append("shortMonthNames must list 12 months, not \(shortMonthNames.count)") }
        if compactSuffixes.count != 3 {
            problems.append("compactSuffixes must list 3 suffixes (thousands, millions, billions), not \(compactSuffixes.count)")
        }
        let patterns: [(String, String, [String])] = [
            ("percentPattern", percentPattern, ["number"]), ("moneyPattern", moneyPattern, ["number", "symbol"]),
            ("compactPattern", compactPattern, ["number", "suffix"]), ("dayPattern", dayPattern, ["day", "month", "year"]),
            ("monthYearPattern", monthYearPattern, ["month", "year"]), ("quarterPattern", quarterPattern, ["quarter", "year"]),
        ]
        for (name, pattern, parts) in patterns {
            for part in parts where !pattern.contains("{\(part)}") { problems.append("\(name) lacks {\(part)}") }
        }
        return problems
    }
}

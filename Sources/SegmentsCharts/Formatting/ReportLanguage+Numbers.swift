/// Plain numbers, percentages and compact axis labels, formatted deterministically (no system
/// locale, no Foundation formatter): digits come from exact integer arithmetic on the value
/// rounded half away from zero at the requested number of decimals.
extension ReportLanguage {
    /// The largest number of decimals the formatters honour.
    static let maximumDecimals = 6

    /// A grouped decimal number: `1,234.5` / `1 234,5`.
    /// - Parameters:
    ///   - value: The number; non-finite values give the missing-value dash.
    ///   - decimals: Digits after the separator (clamped to 0...6), kept even when zero.
    /// - Returns: The formatted number, with U+2212 for negatives and never `-0`.
    public func number(_ value: Double, decimals: Int = 0) -> String {
        guard let digits = DecimalDigits(value, decimals: decimals, trimZeros: false) else { return missingValue }
        return digits.text(decimalSeparator: decimalSeparator, groupingSeparator: groupingSeparator)
    }

    /// A grouped whole number: `96,096` / `96 096`.
    public func integer(_ value: Int) -> String {
        number(Double(value), decimals: 0)
    }

    /// A percentage of a fraction (0.971 → `97.1%` / `97,1 %`).
    /// - Parameters:
    ///   - fraction: The share as a fraction of one.
    ///   - decimals: Digits after the separator.
    public func percent(_ fraction: Double, decimals: Int = 1) -> String {
        guard fraction.isFinite else { return missingValue }
        return withPercentSign(number(fraction * 100, decimals: decimals))
    }

    /// Appends the percent sign with the language's spacing.
    func withPercentSign(_ number: String) -> String {
        Self.fill(conventions.percentPattern, ["number": number])
    }

    /// A short label for axes: thousands as `k`, millions as `M`, billions as `B` / `Md`.
    /// - Parameters:
    ///   - value: The number.
    ///   - maximumDecimals: Most digits kept after the separator once scaled; trailing zeros
    ///     are dropped (`1.5M`, `2M`, `12k` / `1,5 M`, `2 M`, `12 k`).
    public func compact(_ value: Double, maximumDecimals: Int = 1) -> String {
        guard value.isFinite else { return missingValue }
        let (scaled, suffix) = compactUnit(for: value)
        let rounded = DecimalDigits(scaled, decimals: maximumDecimals, trimZeros: true)
        let text = rounded?.text(decimalSeparator: decimalSeparator, groupingSeparator: groupingSeparator) ?? missingValue
        guard let suffix else { return text }
        return Self.fill(conventions.compactPattern, ["number": text, "suffix": suffix])
    }

    /// The value divided by its compact unit, and the unit's suffix (nil below a thousand).
    func compactUnit(for value: Double) -> (Double, String?) {
        let magnitude = value.magnitude
        // Compare against slightly less than each power so that 999,999.6 → "1M", not "1,000k".
        let suffixes = conventions.compactSuffixes
        if magnitude >= 999_950_000 { return (value / 1e9, suffixes[2]) }
        if magnitude >= 999_950 { return (value / 1e6, suffixes[1]) }
        if magnitude >= 1_000 { return (value / 1e3, suffixes[0]) }
        return (value, nil)
    }
}

/// The decimal digits of a finite number rounded at a fixed number of decimals, computed with
/// integer arithmetic so that text output is exact and identical on every machine.
struct DecimalDigits: Equatable {
    /// True for a negative value that does not round to zero.
    var isNegative: Bool
    /// The digits before the separator.
    var integerPart: UInt64
    /// The digits after the separator, left-padded with zeros to `decimals` characters.
    var fractionDigits: String

    /// Rounds `value` half away from zero at `decimals` digits (clamped to 0...6).
    /// - Parameter trimZeros: Drop trailing zeros of the fraction (and the fraction if empty).
    /// - Returns: nil for NaN or infinities. Magnitudes beyond 1.8e19 / 10^decimals are clamped.
    init?(_ value: Double, decimals: Int, trimZeros: Bool) {
        guard value.isFinite else { return nil }
        let places = min(max(decimals, 0), ReportLanguage.maximumDecimals)
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (value.magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero)
        let units: UInt64 = scaled >= 1.8e19 ? UInt64.max : UInt64(scaled)
        isNegative = value < 0 && units > 0
        integerPart = units / scale
        var fraction = places == 0 ? "" : String(units % scale)
        if places > 0 { fraction = String(repeating: "0", count: places - fraction.count) + fraction }
        if trimZeros {
            while fraction.last == "0" { fraction.removeLast() }
        }
        fractionDigits = fraction
    }

    /// The number as text with the given separators and U+2212 as minus sign.
    func text(decimalSeparator: String, groupingSeparator: String) -> String {
        let digits = Array(String(integerPart))
        var result = isNegative ? ReportLanguage.minusSign : ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += groupingSeparator }
            result.append(digit)
        }
        if !fractionDigits.isEmpty { result += decimalSeparator + fractionDigits }
        return result
    }
}

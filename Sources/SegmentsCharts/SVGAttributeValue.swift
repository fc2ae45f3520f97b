/// A value that can be written as an SVG attribute: strings as they are, numbers through
/// ``SVGNumber``, `nil` optionals by leaving the attribute out.
public protocol SVGAttributeValue: Sendable {
    /// The attribute text before escaping, or nil to leave the attribute out.
    var svgAttributeText: String? { get }
}

extension String: SVGAttributeValue {
    public var svgAttributeText: String? { self }
}

extension Double: SVGAttributeValue {
    public var svgAttributeText: String? { SVGNumber.format(self) }
}

extension Int: SVGAttributeValue {
    public var svgAttributeText: String? { String(self) }
}

extension Optional: SVGAttributeValue where Wrapped: SVGAttributeValue {
    public var svgAttributeText: String? { self?.svgAttributeText }
}

/// Compact, deterministic number text for SVG coordinates.
public enum SVGNumber {
    /// `value` rounded to at most two decimals, trailing zeros dropped, no exponent, never
    /// `-0`, `NaN` or `inf` (non-finite values are written `0`; magnitudes are clamped to 1e9).
    ///
    /// `12.0` → `12`, `3.14159` → `3.14`, `-0.001` → `0`, `1e20` → `1000000000`.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let clamped = min(max(value, -1e9), 1e9)
        let hundredths = Int64((clamped * 100).rounded(.toNearestOrAwayFromZero))
        if hundredths == 0 { return "0" }
        let magnitude = hundredths.magnitude
        var text = (hundredths < 0 ? "-" : "") + String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += fraction % 10 == 0 ? "." + String(fraction / 10) : (fraction < 10 ? ".0" : ".") + String(fraction)
        }
        return text
    }
}

import Foundation

/// An sRGB colour with components in 0...1, written as `#rrggbb`.
public struct RGBColor: Sendable, Hashable, SVGAttributeValue {
    public var red: Double
    public var green: Double
    public var blue: Double

    /// A colour from components in 0...1 (clamped; NaN becomes 0).
    public init(red: Double, green: Double, blue: Double) {
        func clamp(_ value: Double) -> Double { value.isNaN ? 0 : min(max(value, 0), 1) }
        self.red = clamp(red)
        self.green = clamp(green)
        self.blue = clamp(blue)
    }

    /// A colour from a 24-bit value such as `0x0072B2`.
    public init(hex: UInt32) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255,
            green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255)
    }

    /// `#rrggbb`, lower case.
    public var hexString: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for component in [red, green, blue] {
            let byte = Int((component * 255).rounded())
            text.append(digits[byte / 16])
            text.append(digits[byte % 16])
        }
        return text
    }

    public var svgAttributeText: String? { hexString }

    /// WCAG 2 relative luminance.
    public var relativeLuminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2 contrast ratio between two colours (1...21).
    public func contrastRatio(with other: RGBColor) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The colour a fraction `t` (0...1) of the way to `other`, in sRGB.
    public func mixed(with other: RGBColor, _ t: Double) -> RGBColor {
        let t = t.isNaN ? 0 : min(max(t, 0), 1)
        return RGBColor(
            red: red + (other.red - red) * t,
            green: green + (other.green - green) * t,
            blue: blue + (other.blue - blue) * t)
    }

    /// Near-black or white, whichever contrasts more with this colour, for text drawn on it.
    public var contrastingText: RGBColor {
        let dark = RGBColor(hex: 0x1A1A1A)
        let light = RGBColor(hex: 0xFFFFFF)
        return contrastRatio(with: dark) >= contrastRatio(with: light) ? dark : light
    }
}

/// Colour-blind-safe colours: the Okabe–Ito categorical palette (Okabe & Ito, 2008, "Color
/// Universal Design") for series and categories, and sequential ramps for heatmaps.
public enum Palette {
    /// Okabe–Ito colours, ordered for charts: blue, orange, bluish green, vermillion, reddish
    /// purple, sky blue, yellow, black (yellow late: it is pale on white).
    public static let categorical: [RGBColor] = [
        0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9, 0xF0E442, 0x000000,
    ].map(RGBColor.init(hex:))

    /// The categorical colour for series `index`, cycling past the end.
    public static func color(_ index: Int) -> RGBColor {
        categorical[((index % categorical.count) + categorical.count) % categorical.count]
    }

    /// The main colour of single-series charts (Okabe–Ito blue).
    public static var primary: RGBColor { categorical[0] }
}

/// A sequential colour ramp: colours at evenly spaced stops, interpolated linearly in sRGB.
public struct ColorRamp: Sendable, Hashable {
    /// The colours at 0, 1/(n−1), …, 1.
    public var stops: [RGBColor]

    /// A ramp through `stops` (at least one).
    public init(stops: [RGBColor]) {
        precondition(!stops.isEmpty, "a colour ramp needs at least one stop")
        self.stops = stops
    }

    /// The colour at `t` in 0...1 (clamped; NaN gives the first stop).
    public func color(at t: Double) -> RGBColor {
        guard stops.count > 1, t.isFinite else { return stops[0] }
        let position = min(max(t, 0), 1) * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], position - Double(index))
    }

    /// Reversed direction.
    public var reversed: ColorRamp { ColorRamp(stops: stops.reversed()) }

    /// Viridis (van der Walt & Smith, matplotlib), dark purple → yellow; perceptually uniform.
    public static let viridis = ColorRamp(stops: [
        0x440154, 0x472C7A, 0x3B528B, 0x2C728E, 0x21918C, 0x27AD81, 0x5EC962, 0xAADC32, 0xFDE725,
    ].map(RGBColor.init(hex:)))

    /// A light single-hue blue ramp (ColorBrewer Blues), for restrained count heatmaps.
    public static let blues = ColorRamp(stops: [
        0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B,
    ].map(RGBColor.init(hex:)))
}

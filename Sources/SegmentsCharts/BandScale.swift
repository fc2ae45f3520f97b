/// Evenly spaced bands for categories (bars, heatmap rows and columns), as d3's `scaleBand`.
public struct BandScale: Sendable, Hashable {
    /// Number of bands.
    public let count: Int
    /// Pixel start and end of the whole range.
    public let range: (Double, Double)
    /// Fraction of each step left empty between bands (0...1).
    public let paddingInner: Double
    /// Fraction of a step left empty before the first and after the last band.
    public let paddingOuter: Double

    /// Bands for `count` categories over `range`.
    public init(count: Int, range: (Double, Double), paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        self.count = max(0, count)
        self.range = (range.0.isFinite ? range.0 : 0, range.1.isFinite ? range.1 : 0)
        self.paddingInner = paddingInner.isFinite ? min(max(paddingInner, 0), 0.95) : 0
        self.paddingOuter = paddingOuter.isFinite ? max(paddingOuter, 0) : 0
    }

    /// Distance from one band's start to the next.
    public var step: Double {
        guard count > 0 else { return 0 }
        return (range.1 - range.0) / (Double(count) - paddingInner + 2 * paddingOuter)
    }

    /// Width of one band.
    public var bandwidth: Double { step * (1 - paddingInner) }

    /// Start of band `index`.
    public func start(_ index: Int) -> Double {
        range.0 + step * (paddingOuter + Double(index))
    }

    /// Centre of band `index`.
    public func center(_ index: Int) -> Double {
        start(index) + bandwidth / 2
    }

    public static func == (lhs: BandScale, rhs: BandScale) -> Bool {
        lhs.count == rhs.count && lhs.range == rhs.range
            && lhs.paddingInner == rhs.paddingInner && lhs.paddingOuter == rhs.paddingOuter
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count); hasher.combine(range.0); hasher.combine(range.1)
        hasher.combine(paddingInner); hasher.combine(paddingOuter)
    }
}

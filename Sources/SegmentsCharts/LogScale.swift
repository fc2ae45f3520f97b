import Foundation

/// A base-10 logarithmic map from a positive data domain to a pixel range, for skewed values
/// such as order amounts. Non-positive input is clamped to the domain's lower end.
public struct LogScale: Sendable, Hashable {
    /// Positive data bounds, ascending.
    public private(set) var lower: Double
    public private(set) var upper: Double
    /// Pixel positions of `lower` and `upper`.
    public var range: (Double, Double)

    /// A scale from `domain` (made positive and non-empty: bounds ≤ 0 or non-finite become
    /// 1; equal bounds are widened to a decade around them) to `range`.
    public init(domain: (Double, Double), range: (Double, Double)) {
        func positive(_ value: Double) -> Double { value.isFinite && value > 0 ? value : 1 }
        var lo = positive(min(domain.0, domain.1))
        var hi = positive(max(domain.0, domain.1))
        if lo > hi { swap(&lo, &hi) }
        if lo == hi { lo /= 10.0.squareRoot(); hi *= 10.0.squareRoot() }
        lower = lo
        upper = hi
        self.range = (range.0.isFinite ? range.0 : 0, range.1.isFinite ? range.1 : 0)
    }

    /// A scale covering the positive finite `values`, extended to whole decades.
    public static func covering(_ values: [Double], range: (Double, Double)) -> LogScale {
        let positive = values.filter { $0.isFinite && $0 > 0 }
        guard let lo = positive.min(), let hi = positive.max() else { return LogScale(domain: (1, 10), range: range) }
        let start = pow(10, log10(lo).rounded(.down))
        var stop = pow(10, log10(hi).rounded(.up))
        if stop <= start { stop = start * 10 }
        return LogScale(domain: (start, stop), range: range)
    }

    /// The pixel position of `value`.
    public func callAsFunction(_ value: Double) -> Double {
        let clamped = value.isFinite && value > 0 ? value : lower
        let t = (log10(clamped) - log10(lower)) / (log10(upper) - log10(lower))
        return range.0 + t * (range.1 - range.0)
    }

    /// Ticks at powers of ten, plus 2× and 5× multiples when the domain spans at most three
    /// decades (every integer multiple below one decade), like d3's log ticks.
    public func ticks() -> [Double] {
        let decades = log10(upper) - log10(lower)
        let multiples: [Double] = decades < 1 ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : decades <= 3 ? [1, 2, 5] : [1]
        let firstPower = Int(log10(lower).rounded(.down))
        let lastPower = Int(log10(upper).rounded(.up))
        let stride = decades > 8 ? 2 : 1
        var ticks: [Double] = []
        for power in Swift.stride(from: firstPower, through: lastPower, by: stride) {
            let base = pow(10, Double(power))
            for multiple in multiples {
                let value = Self.exact(multiple * base, power: power)
                if value >= lower * (1 - 1e-12) && value <= upper * (1 + 1e-12) { ticks.append(value) }
            }
        }
        return ticks
    }

    /// Rounds `value` to the decimal precision of 10^power, removing binary noise (2e-3).
    private static func exact(_ value: Double, power: Int) -> Double {
        guard power < 0 else { return value }
        let scale = pow(10, Double(-power))
        return (value * scale).rounded() / scale
    }

    public static func == (lhs: LogScale, rhs: LogScale) -> Bool {
        lhs.lower == rhs.lower && lhs.upper == rhs.upper && lhs.range == rhs.range
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lower); hasher.combine(upper)
        hasher.combine(range.0); hasher.combine(range.1)
    }
}

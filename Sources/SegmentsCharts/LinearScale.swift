/// A linear map from a data domain to a pixel range, safe for degenerate input: an empty or
/// non-finite domain is widened so that positions are always finite.
public struct LinearScale: Sendable, Hashable {
    /// Data values mapped to `range.0` and `range.1`.
    public private(set) var domain: (Double, Double)
    /// Pixel positions of the domain ends (may be reversed, e.g. y axes).
    public var range: (Double, Double)

    /// A scale from `domain` to `range`.
    /// - Parameters:
    ///   - domain: Data bounds in any order. A zero-width domain d is widened to d ± 1 (or
    ///     0…1 at zero); non-finite bounds become 0…1.
    ///   - range: Pixel bounds.
    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = Self.safeDomain(domain)
        self.range = (range.0.isFinite ? range.0 : 0, range.1.isFinite ? range.1 : 0)
    }

    /// A scale whose domain covers `values` (and zero when `includingZero`), extended to nice
    /// tick values; non-finite values are ignored.
    public static func covering(
        _ values: [Double], includingZero: Bool = true, range: (Double, Double), tickCount: Int = 5
    ) -> LinearScale {
        let finite = values.filter(\.isFinite)
        var lo = finite.min() ?? 0
        var hi = finite.max() ?? 1
        if includingZero { lo = min(lo, 0); hi = max(hi, 0) }
        let safe = safeDomain((lo, hi))
        return LinearScale(domain: NiceTicks.nice(safe.0, safe.1, count: tickCount), range: range)
    }

    static func safeDomain(_ domain: (Double, Double)) -> (Double, Double) {
        guard domain.0.isFinite, domain.1.isFinite else { return (0, 1) }
        guard domain.0 != domain.1 else {
            return domain.0 == 0 ? (0, 1) : (domain.0 - domain.0.magnitude * 0.5, domain.0 + domain.0.magnitude * 0.5)
        }
        return domain
    }

    /// The pixel position of `value` (finite for finite input; non-finite input maps to the
    /// start of the range).
    public func callAsFunction(_ value: Double) -> Double {
        guard value.isFinite else { return range.0 }
        let t = (value - domain.0) / (domain.1 - domain.0)
        return range.0 + t * (range.1 - range.0)
    }

    /// About `count` nice ticks inside the domain.
    public func ticks(count: Int = 5) -> [Double] {
        NiceTicks.ticks(domain.0, domain.1, count: count)
    }

    /// The step between the ticks returned by ``ticks(count:)``.
    public func tickStep(count: Int = 5) -> Double {
        NiceTicks.step(domain.0, domain.1, count: count)
    }

    public static func == (lhs: LinearScale, rhs: LinearScale) -> Bool {
        lhs.domain == rhs.domain && lhs.range == rhs.range
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(domain.0); hasher.combine(domain.1)
        hasher.combine(range.0); hasher.combine(range.1)
    }
}

/// Mean and quantiles of a sample of numbers, non-finite values left out.
///
/// Quantiles interpolate linearly between the closest ranks: with the values sorted
/// ascending, `q(p) = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋])` for `h = (n − 1) p` (Hyndman &
/// Fan, "Sample Quantiles in Statistical Packages", 1996, definition 7: the default of R,
/// NumPy and pandas). The median is `q(0.5)`.
public struct SampleStatistics: Sendable, Equatable {
    /// The finite values, ascending.
    public let sorted: [Double]
    /// Their arithmetic mean (NaN for an empty sample).
    public let mean: Double

    /// The statistics of `values`.
    /// - Parameter values: any numbers; NaN and infinities are ignored.
    /// - Complexity: O(n log n).
    public init(_ values: [Double]) {
        sorted = values.filter(\.isFinite).sorted()
        mean = sorted.isEmpty ? .nan : sorted.reduce(0, +) / Double(sorted.count)
    }

    /// Number of finite values.
    public var count: Int { sorted.count }

    /// The quantile of probability `p` (clamped to 0...1); NaN for an empty sample.
    /// - Complexity: O(1).
    public func quantile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let h = Double(sorted.count - 1) * min(max(p, 0), 1)
        let low = Int(h.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
    }

    /// The median (NaN for an empty sample).
    public var median: Double { quantile(0.5) }

    /// The smallest and largest values (NaN for an empty sample).
    public var minimum: Double { sorted.first ?? .nan }
    public var maximum: Double { sorted.last ?? .nan }
}

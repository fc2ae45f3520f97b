import Foundation

/// Counts of values in adjacent bins `[edges[i], edges[i+1])` (the last bin also holds its
/// upper edge), with linear bins at nice steps or logarithmic bins for skewed values.
public struct Histogram: Sendable, Hashable {
    /// Bin edges, ascending; one more than `counts` (both empty when there is no value).
    public var edges: [Double]
    /// Values per bin.
    public var counts: [Int]
    /// Values left out: non-finite ones, and those ≤ 0 for logarithmic bins.
    public var excluded: Int
    /// Whether the bins are equal in log space.
    public var isLogarithmic: Bool

    /// Bins of equal width at a nice step (1, 2 or 5 × 10^k), about `binCount` of them
    /// covering the values, as d3's `bin` with nice thresholds.
    /// - Complexity: O(n log b) for n values and b bins.
    public static func linear(_ values: [Double], binCount: Int = 20) -> Histogram {
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else {
            return Histogram(edges: [], counts: [], excluded: values.count, isLogarithmic: false)
        }
        var edges: [Double]
        if lo == hi {
            edges = [lo - 0.5, lo + 0.5]
        } else {
            let (start, stop) = NiceTicks.nice(lo, hi, count: max(1, binCount))
            edges = NiceTicks.ticks(start, stop, count: max(1, binCount))
            if edges.count < 2 { edges = [start, stop] }
        }
        return Histogram(edges: edges, values: finite, excluded: values.count - finite.count, isLogarithmic: false)
    }

    /// Bins equal in log space, `binsPerDecade` per power of ten, from the power of ten at
    /// or below the smallest positive value to the one at or above the largest.
    /// - Complexity: O(n log b) for n values and b bins.
    public static func logarithmic(_ values: [Double], binsPerDecade: Int = 5) -> Histogram {
        let positive = values.filter { $0.isFinite && $0 > 0 }
        guard let lo = positive.min(), let hi = positive.max() else {
            return Histogram(edges: [], counts: [], excluded: values.count, isLogarithmic: true)
        }
        let first = Int(log10(lo).rounded(.down))
        let last = max(first + 1, Int(log10(hi).rounded(.up)))
        let perDecade = max(1, binsPerDecade)
        let edges = (0...((last - first) * perDecade)).map { step -> Double in
            let exponent = Double(first) + Double(step) / Double(perDecade)
            return step % perDecade == 0 ? pow(10, exponent.rounded()) : pow(10, exponent)
        }
        return Histogram(edges: edges, values: positive, excluded: values.count - positive.count, isLogarithmic: true)
    }

    /// Counts `values` (all inside the edges) into the bins.
    private init(edges: [Double], values: [Double], excluded: Int, isLogarithmic: Bool) {
        var counts = [Int](repeating: 0, count: edges.count - 1)
        for value in values {
            // Number of edges ≤ value, by binary search; bin = that − 1, clamped.
            var (low, high) = (0, edges.count)
            while low < high {
                let middle = (low + high) / 2
                if edges[middle] <= value { low = middle + 1 } else { high = middle }
            }
            counts[min(max(low - 1, 0), counts.count - 1)] += 1
        }
        self.init(edges: edges, counts: counts, excluded: excluded, isLogarithmic: isLogarithmic)
    }

    /// A histogram from precomputed bins.
    public init(edges: [Double], counts: [Int], excluded: Int = 0, isLogarithmic: Bool = false) {
        precondition(edges.count == (counts.isEmpty ? edges.count : counts.count + 1), "edges must be one more than counts")
        self.edges = edges
        self.counts = counts
        self.excluded = excluded
        self.isLogarithmic = isLogarithmic
    }

    /// Total of the counts.
    public var total: Int { counts.reduce(0, +) }
}

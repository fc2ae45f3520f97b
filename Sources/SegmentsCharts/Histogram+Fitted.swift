import Foundation

extension Histogram {
    /// Bins equal in log space, `binsPerDecade` per power of ten, from the bin edge at or below
    /// the smallest positive value to the one at or above the largest (tighter than whole
    /// decades, so that the bars fill the axis).
    /// - Complexity: O(n log b) for n values and b bins.
    public static func logarithmicFitted(_ values: [Double], binsPerDecade: Int) -> Histogram {
        let positive = values.filter { $0.isFinite && $0 > 0 }
        guard let lo = positive.min(), let hi = positive.max() else { return .logarithmic(values, binsPerDecade: binsPerDecade) }
        let steps = Double(binsPerDecade)
        let first = Int((log10(lo) * steps).rounded(.down))
        let last = max(first + 1, Int((log10(hi) * steps).rounded(.up)))
        let edges = (first...last).map { step in
            step % binsPerDecade == 0 ? pow(10, Double(step / binsPerDecade)) : pow(10, Double(step) / steps)
        }
        var counts = [Int](repeating: 0, count: edges.count - 1)
        for value in positive {
            // Edges ≤ value, by binary search; the last bin holds its upper edge.
            var (low, high) = (0, edges.count)
            while low < high {
                let middle = (low + high) / 2
                if edges[middle] <= value { low = middle + 1 } else { high = middle }
            }
            counts[min(max(low - 1, 0), counts.count - 1)] += 1
        }
        return Histogram(edges: edges, counts: counts, excluded: values.count - positive.count, isLogarithmic: true)
    }
}

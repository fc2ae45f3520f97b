import Foundation

/// The population stability index of a feature between a reference sample (the initial
/// window) and a current one: the reference's deciles cut the axis into at most 10 bins
/// (NumPy's linear-interpolation quantiles at 10 %, …, 90 %, repeated edges merged; a value
/// equal to an edge falls in the lower bin), and
/// PSI = Σ (current share − reference share) · ln(current share / reference share).
/// An empty bin's share of 0 is replaced by `emptyShare` (0.0001) so the logarithm stays
/// finite. Missing values (NaN) are left out of both samples.
public enum PopulationStability {
    /// The share given to an empty bin.
    public static let emptyShare = 1e-4

    /// The bin edges of `reference` (sorted, no NaN): its deciles, distinct.
    public static func edges(sortedReference reference: [Double]) -> [Double] {
        guard !reference.isEmpty else { return [] }
        var edges: [Double] = []
        let n = reference.count
        for decile in 1...9 {
            let position = Double(decile) / 10 * Double(n - 1)
            let low = Int(position.rounded(.down))
            let high = min(low + 1, n - 1)
            let fraction = position - Double(low)
            let edge = reference[low] + (reference[high] - reference[low]) * fraction
            if edges.last != edge { edges.append(edge) }
        }
        return edges
    }

    /// Bin shares of `values` (no NaN) for `edges`: bin i counts values in (edges[i−1], edges[i]].
    static func shares(_ values: [Double], edges: [Double]) -> [Double] {
        var counts = [Int](repeating: 0, count: edges.count + 1)
        for x in values {
            // Number of edges strictly below x (NumPy's searchsorted, side "left").
            var low = 0
            var high = edges.count
            while low < high {
                let middle = (low + high) / 2
                if edges[middle] < x { low = middle + 1 } else { high = middle }
            }
            counts[low] += 1
        }
        let total = Double(max(values.count, 1))
        return counts.map { Double($0) / total }
    }

    /// The index of `current` against `reference` (NaN values left out of both); NaN when
    /// either has no value.
    public static func index(reference: [Double], current: [Double]) -> Double {
        let sorted = reference.filter { !$0.isNaN }.sorted()
        return index(sortedReference: sorted, edges: edges(sortedReference: sorted), current: current.filter { !$0.isNaN })
    }

    /// The index with the reference's edges already computed (values without NaN).
    static func index(sortedReference: [Double], edges: [Double], current: [Double]) -> Double {
        guard !sortedReference.isEmpty, !current.isEmpty else { return .nan }
        let expected = shares(sortedReference, edges: edges)
        let actual = shares(current, edges: edges)
        var psi = 0.0
        for (e, a) in zip(expected, actual) {
            let e = e == 0 ? emptyShare : e
            let a = a == 0 ? emptyShare : a
            psi += (a - e) * log(a / e)
        }
        return psi
    }
}

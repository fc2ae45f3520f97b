import SegmentsLoading

/// A discrete distribution over `0..<count` given by non-negative weights, drawn by
/// inverse transform on the cumulative weights (binary search).
struct SyntheticWeights: Sendable {
    /// Running sums of the weights; the last one is the total.
    let cumulative: [Double]

    /// Creates the distribution; `weights` must not be empty and must have a positive sum.
    init(_ weights: [Double]) {
        var sum = 0.0
        cumulative = weights.map { weight in
            sum += max(0, weight)
            return sum
        }
        precondition(sum > 0, "weights must have a positive sum")
    }

    /// The sum of the weights.
    var total: Double { cumulative[cumulative.count - 1] }

    /// The index whose cumulative interval contains `unit · total`, for `unit` in [0, 1).
    func index(at unit: Double) -> Int {
        index(atCumulative: unit * total)
    }

    /// The first index whose running sum exceeds `mass` (zero weights are never returned).
    func index(atCumulative mass: Double) -> Int {
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > mass { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

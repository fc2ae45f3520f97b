import Foundation

/// Finds, for one point, the Gaussian precision whose conditional distribution over its
/// neighbours has a given perplexity (van der Maaten & Hinton 2008, §2).
enum PerplexityCalibration {
    /// Largest number of bisection steps.
    static let maxSteps = 200
    /// Tolerance on the entropy, in nats.
    static let tolerance = 1e-5

    /// Writes `p_j ∝ exp(−β (d_j² − d_0²))` with `β` chosen so that `exp(H(p))` equals
    /// `perplexity`. Distances are shifted by the nearest one, which leaves `p` unchanged
    /// but keeps the sum from underflowing. When the target cannot be reached (all
    /// distances equal, or more exact duplicates than the perplexity), the search ends at
    /// its bound and the mass goes uniformly to the nearest (coincident) neighbours.
    /// - Parameters:
    ///   - distances: Euclidean distances to the neighbours, ascending.
    ///   - perplexity: target perplexity, at most the number of neighbours.
    ///   - p: output, one probability per neighbour, summing to 1.
    /// - Complexity: O(k·s) for k neighbours and s ≤ 200 steps.
    static func calibrate(distances: UnsafeBufferPointer<Double>, perplexity: Double, into p: UnsafeMutablePointer<Double>) {
        let k = distances.count
        guard k > 0 else { return }
        let nearest = distances[0] * distances[0]
        let farthest = distances[k - 1] * distances[k - 1]
        guard farthest > nearest else {
            for j in 0..<k { p[j] = 1 / Double(k) }
            return
        }
        let target = log(perplexity)
        var beta = 1 / (farthest - nearest)
        var low = 0.0
        var high = Double.infinity
        for _ in 0..<maxSteps {
            var sum = 0.0
            var weighted = 0.0
            for j in 0..<k {
                let d = distances[j] * distances[j] - nearest
                let w = exp(-beta * d)
                p[j] = w
                sum += w
                weighted += w * d
            }
            let entropy = log(sum) + beta * weighted / sum
            let inverse = 1 / sum
            for j in 0..<k { p[j] *= inverse }
            let gap = entropy - target
            if abs(gap) <= tolerance { return }
            if gap > 0 {  // too flat: sharpen
                low = beta
                beta = high.isFinite ? (beta + high) / 2 : beta * 2
            } else {
                high = beta
                beta = (beta + low) / 2
            }
            if !beta.isFinite || beta == low || beta == high { return }
        }
    }
}

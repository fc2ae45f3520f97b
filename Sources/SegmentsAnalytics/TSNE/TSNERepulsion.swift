import Dispatch

/// An approximation of the repulsive half of the t-SNE gradient. With
/// `w_ij = 1 / (1 + ‖y_i − y_j‖²)`, it computes for every point the unnormalised force
/// `F_i = Σ_j w_ij² (y_i − y_j)` and the normalisation `Z = Σ_{i≠j} w_ij`; the repulsive
/// gradient is `−F_i / Z`.
protocol TSNERepulsion {
    /// Writes `F_i` at `forces[2i], forces[2i + 1]` and returns `Z`.
    /// - Parameters:
    ///   - positions: the embedding, `n × 2` row-major.
    ///   - forces: output, same shape.
    mutating func compute(
        positions: UnsafeBufferPointer<Double>, forces: UnsafeMutableBufferPointer<Double>
    ) -> Double
}

extension Parallel {
    /// Runs `body(part, range)` over `parts` contiguous pieces of `0..<count`, concurrently,
    /// for work that needs no reduction (so any fixed split is deterministic), such as the
    /// rows of an FFT grid smaller than `forEachChunk`'s threshold.
    static func forEachPart(_ count: Int, parts: Int, _ body: (_ part: Int, _ range: Range<Int>) -> Void) {
        let parts = max(1, min(parts, count))
        if parts == 1 {
            body(0, 0..<count)
            return
        }
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            body(part, range(of: part, parts: parts, count: count))
        }
    }
}

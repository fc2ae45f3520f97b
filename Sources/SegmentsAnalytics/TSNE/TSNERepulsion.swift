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

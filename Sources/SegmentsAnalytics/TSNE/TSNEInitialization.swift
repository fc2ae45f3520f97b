import Foundation

/// The starting layout of t-SNE: the first two principal components, scaled so the first
/// column's standard deviation is 1e-4, plus a jitter of 1% of that, as openTSNE's default
/// `initialization="pca"` (Kobak & Linderman, "Initialization is critical for preserving
/// global data structure in both t-SNE and UMAP", Nat. Biotechnol. 2021).
enum TSNEInitialization {
    /// Standard deviation of the first coordinate after scaling.
    static let targetStandardDeviation = 1e-4

    /// The initial `n × 2` layout, row-major.
    /// - Parameters:
    ///   - data: the points, one per row.
    ///   - rng: source of the jitter (and of the whole layout when the data have no
    ///     variance, where PCA is undefined).
    /// - Complexity: O(n·d² + d³), both cores.
    static func pca(_ data: Matrix, rng: inout some RandomNumberGenerator) -> [Double] {
        let n = data.rows
        let d = data.cols
        let (mean, covariance) = Self.covariance(data)
        let (values, vectors) = SymmetricEigen.decompose(covariance, size: d)
        var layout = [Double](repeating: 0, count: 2 * n)
        for c in 0..<min(2, d) where values[c] > 0 {
            let v = vectors[c]
            for i in 0..<n {
                var s = 0.0
                for j in 0..<d { s += (data.values[i * d + j] - mean[j]) * v[j] }
                layout[2 * i + c] = s
            }
        }
        let spread = standardDeviation(layout, column: 0)
        if spread > 0 {
            let scale = targetStandardDeviation / spread
            for t in layout.indices { layout[t] *= scale }
        }
        // Jitter separates duplicates; without variance it is the whole layout (std 1e-4).
        let jitter = spread > 0 ? targetStandardDeviation * 0.01 : targetStandardDeviation
        for t in layout.indices { layout[t] += jitter * normal(&rng) }
        return layout
    }

    /// Column means and the `d × d` covariance matrix, partial sums reduced in chunk order.
    static func covariance(_ data: Matrix) -> (mean: [Double], covariance: [Double]) {
        let n = data.rows
        let d = data.cols
        var mean = [Double](repeating: 0, count: d)
        for i in 0..<n { for j in 0..<d { mean[j] += data.values[i * d + j] } }
        for j in 0..<d { mean[j] /= Double(max(n, 1)) }
        let chunks = Parallel.chunkCount(for: n)
        var partial = [Double](repeating: 0, count: chunks * d * d)
        data.values.withUnsafeBufferPointer { x in
            partial.withUnsafeMutableBufferPointer { pb in
                let out = SharedMutablePointer(pb)
                Parallel.forEachChunk(n) { chunk, range in
                    let base = chunk * d * d
                    for i in range {
                        for a in 0..<d {
                            let xa = x[i * d + a] - mean[a]
                            for b in a..<d { out[base + a * d + b] += xa * (x[i * d + b] - mean[b]) }
                        }
                    }
                }
            }
        }
        var covariance = [Double](repeating: 0, count: d * d)
        for chunk in 0..<chunks {
            for t in 0..<(d * d) { covariance[t] += partial[chunk * d * d + t] }
        }
        for a in 0..<d {
            for b in a..<d {
                covariance[a * d + b] /= Double(max(n - 1, 1))
                covariance[b * d + a] = covariance[a * d + b]
            }
        }
        return (mean, covariance)
    }

    private static func standardDeviation(_ layout: [Double], column: Int) -> Double {
        let n = layout.count / 2
        guard n > 0 else { return 0 }
        var mean = 0.0
        for i in 0..<n { mean += layout[2 * i + column] }
        mean /= Double(n)
        var s = 0.0
        for i in 0..<n { s += (layout[2 * i + column] - mean) * (layout[2 * i + column] - mean) }
        return (s / Double(n)).squareRoot()
    }

    /// A standard normal deviate (Box–Muller).
    static func normal(_ rng: inout some RandomNumberGenerator) -> Double {
        let u = Double(rng.next() >> 11) * 0x1.0p-53
        let v = Double(rng.next() >> 11) * 0x1.0p-53
        return (-2 * log(1 - u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

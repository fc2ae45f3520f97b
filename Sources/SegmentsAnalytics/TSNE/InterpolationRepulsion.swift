/// Repulsive forces by interpolation on a regular grid and FFT convolution (FIt-SNE:
/// Linderman, Rachh, Hoskins, Steinerberger & Kluger, "Fast interpolation-based t-SNE for
/// improved visualization of single-cell RNA-seq data", Nat. Methods 2019), as openTSNE's
/// `negative_gradient_method="fft"`: the embedding's longer side is cut into `B` intervals
/// about one unit wide (at least 50), the shorter side into as many intervals of the same
/// width as cover it (openTSNE uses a `B × B` square: the same node spacing, so the same
/// accuracy, on fewer nodes when the embedding is not square), each with 3 × 3 Lagrange
/// nodes; the four charges `1, y₁, y₂, ‖y‖²` are spread on the nodes, convolved with the
/// squared Cauchy kernel and interpolated back, which gives `F_i` and `Z` since
/// `w² (1 + d²) = w`.
struct InterpolationRepulsion: TSNERepulsion {
    static let nodesPerInterval = 3
    static let minIntervals = 50
    static let maxIntervals = 1_000

    private let convolution = FFTConvolution()
    /// Per point: top-left node (row, column) and the 3 + 3 Lagrange weights.
    private var nodeRow: [Int32]
    private var nodeColumn: [Int32]
    private var weights: [Double]
    private var partialZ: [Double]

    init(points n: Int) {
        nodeRow = [Int32](repeating: 0, count: n)
        nodeColumn = nodeRow
        weights = [Double](repeating: 0, count: 6 * n)
        partialZ = [Double](repeating: 0, count: Parallel.chunkCount(for: n))
    }

    /// The grid for an embedding `range` wide, openTSNE's rule: `max(50, ⌊range⌋)` intervals
    /// per side (about one unit wide) rounded up to a product of 2, 3 and 5, at most 1,000,
    /// spanning the embedding exactly; returns the interval count and the node spacing.
    /// (Snapping the spacing to a fixed ladder, so the kernel's transform could be reused
    /// across iterations, was tried: it cost 0.06 in final KL on the benchmark stand-in.)
    static func grid(forRange range: Double) -> (intervals: Int, spacing: Double) {
        var b = max(minIntervals, min(maxIntervals, Int(range)))
        while !FFTPlan.isSupported(2 * nodesPerInterval * b) { b += 1 }
        return (b, range / Double(nodesPerInterval * b))
    }

    /// Intervals of width `width` that cover `range` on the shorter side (at most
    /// `longest`), rounded up so that `2 · 3 · intervals` factors into 2, 3 and 5.
    static func intervals(covering range: Double, width: Double, longest: Int) -> Int {
        var b = max(1, min(longest, Int((range / width).rounded(.up))))
        while b < longest && !FFTPlan.isSupported(2 * nodesPerInterval * b) { b += 1 }
        return b
    }

    mutating func compute(
        positions: UnsafeBufferPointer<Double>, forces: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        let n = positions.count / 2
        var low = (Double.infinity, Double.infinity), high = (-Double.infinity, -Double.infinity)
        for i in 0..<n {
            low = (min(low.0, positions[2 * i]), min(low.1, positions[2 * i + 1]))
            high = (max(high.0, positions[2 * i]), max(high.1, positions[2 * i + 1]))
        }
        let range = (max(high.0 - low.0, 1e-12), max(high.1 - low.1, 1e-12))
        let (longest, spacing) = Self.grid(forRange: max(range.0, range.1))
        let width = Double(Self.nodesPerInterval) * spacing
        let intervals = (
            range.0 >= range.1 ? longest : Self.intervals(covering: range.0, width: width, longest: longest),
            range.1 >= range.0 ? longest : Self.intervals(covering: range.1, width: width, longest: longest))
        locate(positions, low: low, width: width, intervals: intervals)
        // Axis 0 (first coordinate) runs along grid columns.
        convolution.prepare(rows: Self.nodesPerInterval * intervals.1, columns: Self.nodesPerInterval * intervals.0)
        spread(positions)
        convolution.setKernel(spacing: spacing) { d2 in 1 / ((1 + d2) * (1 + d2)) }
        convolution.convolve()
        return gather(positions, forces: forces)
    }

    /// Interval and Lagrange weights of every point (nodes at 1/6, 1/2, 5/6 of an interval).
    private mutating func locate(
        _ p: UnsafeBufferPointer<Double>, low: (Double, Double), width: Double, intervals: (Int, Int)
    ) {
        let n = p.count / 2
        nodeRow.withUnsafeMutableBufferPointer { rb in
            nodeColumn.withUnsafeMutableBufferPointer { cb in
                weights.withUnsafeMutableBufferPointer { wb in
                    let rows = SharedMutablePointer(rb), cols = SharedMutablePointer(cb)
                    let w = SharedMutablePointer(wb)
                    Parallel.forEachChunk(n) { _, range in
                        for i in range {
                            for axis in 0..<2 {
                                let u = (p[2 * i + axis] - (axis == 0 ? low.0 : low.1)) / width
                                let box = min(max(Int(u), 0), (axis == 0 ? intervals.0 : intervals.1) - 1)
                                let t = u - Double(box)
                                let a = t - 1.0 / 6, b = t - 0.5, c = t - 5.0 / 6
                                let base = 6 * i + 3 * axis
                                w[base] = 4.5 * b * c
                                w[base + 1] = -9 * a * c
                                w[base + 2] = 4.5 * a * b
                                // Axis 0 (first coordinate) runs along grid columns.
                                if axis == 0 { cols[i] = Int32(3 * box) } else { rows[i] = Int32(3 * box) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Spreads the charges `1, y₁, y₂, ‖y‖²` on the nodes; one grid per task, so the sums
    /// run in point order whatever the threads do.
    private mutating func spread(_ p: UnsafeBufferPointer<Double>) {
        let n = p.count / 2
        let stride = convolution.stride
        withLayout { rows, cols, weights in
            withGrids { grids in
                Parallel.forEachPart(4, parts: 4) { term, _ in
                    let g = grids[term]
                    for i in 0..<n {
                        let x = p[2 * i], y = p[2 * i + 1]
                        let charge = term == 0 ? 1 : term == 1 ? x : term == 2 ? y : x * x + y * y
                        let base = Int(rows[i]) * stride + Int(cols[i])
                        let w = weights + 6 * i
                        for a in 0..<3 {
                            let wy = w[3 + a] * charge
                            g[base + a * stride] += wy * w[0]
                            g[base + a * stride + 1] += wy * w[1]
                            g[base + a * stride + 2] += wy * w[2]
                        }
                    }
                }
            }
        }
    }

    /// Interpolates the potentials back to the points; writes forces, returns Z.
    private mutating func gather(_ p: UnsafeBufferPointer<Double>, forces: UnsafeMutableBufferPointer<Double>) -> Double {
        let n = p.count / 2
        let stride = convolution.stride
        let out = SharedMutablePointer(forces)
        var partialZ: [Double] = []
        swap(&partialZ, &self.partialZ)
        withLayout { rows, cols, weights in
            withGrids { grids in
                partialZ.withUnsafeMutableBufferPointer { zb in
                    let partial = SharedMutablePointer(zb)
                    Parallel.forEachChunk(n) { chunk, range in
                        var z = 0.0
                        for i in range {
                            let base = Int(rows[i]) * stride + Int(cols[i])
                            let w = weights + 6 * i
                            var phi0 = 0.0, phi1 = 0.0, phi2 = 0.0, phi3 = 0.0
                            for a in 0..<3 {
                                for b in 0..<3 {
                                    let wab = w[3 + a] * w[b]
                                    let cell = base + a * stride + b
                                    phi0 += wab * grids.g0[cell]
                                    phi1 += wab * grids.g1[cell]
                                    phi2 += wab * grids.g2[cell]
                                    phi3 += wab * grids.g3[cell]
                                }
                            }
                            let x = p[2 * i], y = p[2 * i + 1]
                            z += (1 + x * x + y * y) * phi0 - 2 * (x * phi1 + y * phi2) + phi3
                            out[2 * i] = x * phi0 - phi1
                            out[2 * i + 1] = y * phi0 - phi2
                        }
                        partial[chunk] = z
                    }
                }
            }
        }
        self.partialZ = partialZ
        return partialZ.reduce(0, +) - Double(n)
    }

    /// Unsafe views of the per-point interpolation layout.
    private func withLayout<R>(
        _ body: (UnsafePointer<Int32>, UnsafePointer<Int32>, UnsafePointer<Double>) -> R
    ) -> R {
        nodeRow.withUnsafeBufferPointer { r in
            nodeColumn.withUnsafeBufferPointer { c in
                weights.withUnsafeBufferPointer { w in body(r.baseAddress!, c.baseAddress!, w.baseAddress!) }
            }
        }
    }

    /// The four real grids (real and imaginary parts of the two complex ones).
    private func withGrids<R>(_ body: (FourGrids) -> R) -> R {
        let c = convolution
        return body(FourGrids(g0: c.aRe.base, g1: c.aIm.base, g2: c.bRe.base, g3: c.bIm.base))
    }
}

/// The grids of the charges `1, y₁, y₂, ‖y‖²`, shared by parallel tasks that write
/// disjoint grids or only read.
private struct FourGrids: @unchecked Sendable {
    let g0, g1, g2, g3: UnsafeMutablePointer<Double>

    subscript(term: Int) -> UnsafeMutablePointer<Double> {
        switch term {
        case 0: g0
        case 1: g1
        case 2: g2
        default: g3
        }
    }
}

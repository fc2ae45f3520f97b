import Foundation
import SegmentsCore
import SegmentsLoading
import Testing
@testable import SegmentsAnalytics

/// The numerical kernels of t-SNE against brute force.
@Suite("t-SNE kernels")
struct TSNEKernelTests {
    @Test("FFT equals the direct DFT in every lane, forward and inverse", arguments: [1, 2, 3, 4, 5, 6, 8, 12, 30, 60, 100, 300])
    func fft(length n: Int) {
        var rng = SplitMix64(seed: UInt64(n))
        let xr = (0..<(4 * n)).map { _ in rng.nextUnit() - 0.5 }
        let xi = (0..<(4 * n)).map { _ in rng.nextUnit() - 0.5 }
        let plan = FFTPlan(length: n)
        for inverse in [false, true] {
            var re = (0..<n).map { t in FFTLanes((0..<4).map { xr[$0 * n + t] }) }
            var im = (0..<n).map { t in FFTLanes((0..<4).map { xi[$0 * n + t] }) }
            var sr = [FFTLanes](repeating: .zero, count: n), si = sr
            re.withUnsafeMutableBufferPointer { r in
                im.withUnsafeMutableBufferPointer { i in
                    sr.withUnsafeMutableBufferPointer { a in
                        si.withUnsafeMutableBufferPointer { b in
                            plan.transform(re: r.baseAddress!, im: i.baseAddress!, scratchRe: a.baseAddress!, scratchIm: b.baseAddress!, inverse: inverse)
                        }
                    }
                }
            }
            let sign = inverse ? 1.0 : -1.0
            for lane in 0..<4 {
                for k in 0..<n {
                    var er = 0.0, ei = 0.0
                    for j in 0..<n {
                        let angle = sign * 2 * Double.pi * Double(j * k % n) / Double(n)
                        er += xr[lane * n + j] * cos(angle) - xi[lane * n + j] * sin(angle)
                        ei += xr[lane * n + j] * sin(angle) + xi[lane * n + j] * cos(angle)
                    }
                    #expect(abs(re[k][lane] - er) < 1e-9 && abs(im[k][lane] - ei) < 1e-9, "n \(n) k \(k) inverse \(inverse)")
                }
            }
        }
    }

    @Test("FFT convolution equals the direct sum, partial SIMD blocks included", arguments: [5, 6, 15, 25])
    func convolution(size n: Int) {
        var rng = SplitMix64(seed: UInt64(n))
        let c = FFTConvolution()
        c.prepare(size: n)
        let m = c.stride
        let grids = [c.aRe, c.aIm, c.bRe, c.bIm]
        var charges = [[Double]](repeating: [Double](repeating: 0, count: n * n), count: 4)
        for g in 0..<4 {
            for r in 0..<n {
                for col in 0..<n {
                    charges[g][r * n + col] = rng.nextUnit() - 0.5
                    grids[g][r * m + col] = charges[g][r * n + col]
                }
            }
        }
        let kernel = { (d2: Double) in 1 / ((1 + d2) * (1 + d2)) }
        c.setKernel(spacing: 0.4, kernel)
        c.convolve()
        for g in 0..<4 {
            for r in 0..<n {
                for col in 0..<n {
                    var expected = 0.0
                    for r2 in 0..<n {
                        for c2 in 0..<n {
                            let d2 = 0.16 * Double((r - r2) * (r - r2) + (col - c2) * (col - c2))
                            expected += kernel(d2) * charges[g][r2 * n + c2]
                        }
                    }
                    #expect(abs([c.aRe, c.aIm, c.bRe, c.bIm][g][r * m + col] - expected) < 1e-10)
                }
            }
        }
    }

    @Test("FFT convolution of a rectangular grid equals the direct sum, after a square one",
          arguments: [(5, 15), (15, 6), (9, 4)])
    func rectangularConvolution(rows: Int, columns: Int) {
        var rng = SplitMix64(seed: UInt64(rows * 100 + columns))
        let c = FFTConvolution()
        let kernel = { (d2: Double) in 1 / ((1 + d2) * (1 + d2)) }
        c.prepare(size: 6)
        c.setKernel(spacing: 0.4, kernel)
        c.convolve()
        c.prepare(rows: rows, columns: columns)
        let m = c.stride
        let grids = [c.aRe, c.aIm, c.bRe, c.bIm]
        var charges = [[Double]](repeating: [Double](repeating: 0, count: rows * columns), count: 4)
        for g in 0..<4 {
            for r in 0..<rows {
                for col in 0..<columns {
                    charges[g][r * columns + col] = rng.nextUnit() - 0.5
                    grids[g][r * m + col] = charges[g][r * columns + col]
                }
            }
        }
        c.setKernel(spacing: 0.4, kernel)
        c.convolve()
        for g in 0..<4 {
            for r in 0..<rows {
                for col in 0..<columns {
                    var expected = 0.0
                    for r2 in 0..<rows {
                        for c2 in 0..<columns {
                            let d2 = 0.16 * Double((r - r2) * (r - r2) + (col - c2) * (col - c2))
                            expected += kernel(d2) * charges[g][r2 * columns + c2]
                        }
                    }
                    #expect(abs(grids[g][r * m + col] - expected) < 1e-10, "grid \(g) row \(r) column \(col)")
                }
            }
        }
    }

    @Test("interpolation repulsion on an elongated layout (rectangular grid) matches the exact sums",
          arguments: [(40.0, 0.25), (0.25, 40.0)])
    func interpolationElongated(xSpread: Double, ySpread: Double) {
        var y = Self.layout(1_500, spread: 1, seed: 5)
        for i in 0..<1_500 {
            y[2 * i] *= xSpread
            y[2 * i + 1] *= ySpread
        }
        let exact = Self.exactRepulsion(y)
        var repulsion = InterpolationRepulsion(points: 1_500)
        let fast = Self.approximate(&repulsion, y)
        #expect(abs(fast.z - exact.z) / exact.z < 1.5e-2)
        #expect(Self.relativeError(fast.forces, exact.forces) < 5e-2)
    }

    /// Exact `F_i = Σ_j w²(y_i − y_j)` and `Z = Σ_{i≠j} w`.
    static func exactRepulsion(_ y: [Double]) -> (forces: [Double], z: Double) {
        let n = y.count / 2
        var f = [Double](repeating: 0, count: 2 * n)
        var z = 0.0
        for i in 0..<n {
            for j in 0..<n where j != i {
                let dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1]
                let w = 1 / (1 + dx * dx + dy * dy)
                z += w
                f[2 * i] += w * w * dx
                f[2 * i + 1] += w * w * dy
            }
        }
        return (f, z)
    }

    /// Clustered layout `spread` wide, with some exact duplicates.
    static func layout(_ n: Int, spread: Double, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        var y = [Double](repeating: 0, count: 2 * n)
        for i in 0..<n {
            if i > 10 && i % 10 == 0 {
                y[2 * i] = y[2 * (i - 7)]; y[2 * i + 1] = y[2 * (i - 7) + 1]
                continue
            }
            let cluster = Double(i % 4)
            y[2 * i] = spread * (cos(cluster) + 0.2 * TSNEInitialization.normal(&rng))
            y[2 * i + 1] = spread * (sin(cluster) + 0.2 * TSNEInitialization.normal(&rng))
        }
        return y
    }

    static func approximate(_ repulsion: inout some TSNERepulsion, _ y: [Double]) -> (forces: [Double], z: Double) {
        var f = [Double](repeating: 0, count: y.count)
        let z = y.withUnsafeBufferPointer { p in f.withUnsafeMutableBufferPointer { repulsion.compute(positions: p, forces: $0) } }
        return (f, z)
    }

    /// Relative error of the force field (norm of the difference over norm of the exact).
    static func relativeError(_ a: [Double], _ b: [Double]) -> Double {
        var num = 0.0, den = 0.0
        for t in a.indices {
            num += (a[t] - b[t]) * (a[t] - b[t])
            den += b[t] * b[t]
        }
        return (num / den).squareRoot()
    }

    /// Tolerances are openTSNE's own errors on such layouts (its FFT gradient errs by 1 % on
    /// Z and 4 % on the forces at spread 40, where intervals are one unit wide).
    @Test("interpolation repulsion matches the exact sums as closely as openTSNE's",
          arguments: [(0.01, 1e-9, 1e-9), (5.0, 1e-5, 2e-3), (40.0, 1.5e-2, 5e-2)])
    func interpolation(spread: Double, zTolerance: Double, forceTolerance: Double) {
        let y = Self.layout(1_500, spread: spread, seed: 3)
        let exact = Self.exactRepulsion(y)
        var repulsion = InterpolationRepulsion(points: 1_500)
        let fast = Self.approximate(&repulsion, y)
        #expect(abs(fast.z - exact.z) / exact.z < zTolerance)
        #expect(Self.relativeError(fast.forces, exact.forces) < forceTolerance)
    }

    @Test("interpolation repulsion stays accurate when its grid and kernel are reused")
    func interpolationReuse() {
        var repulsion = InterpolationRepulsion(points: 600)
        for (spread, seed) in [(5.0, 1), (5.0, 1), (40.0, 3), (5.0, 2)] {
            let y = Self.layout(600, spread: spread, seed: UInt64(seed))
            let exact = Self.exactRepulsion(y)
            let fast = Self.approximate(&repulsion, y)
            #expect(abs(fast.z - exact.z) / exact.z < 2.5e-2, "spread \(spread) seed \(seed)")
            #expect(Self.relativeError(fast.forces, exact.forces) < 5e-2, "spread \(spread) seed \(seed)")
        }
    }

    @Test("Barnes-Hut repulsion matches the exact sums; θ = 0 is exact", arguments: [0.0, 0.5])
    func barnesHut(theta: Double) {
        let y = Self.layout(1_200, spread: 10, seed: 4)
        let exact = Self.exactRepulsion(y)
        var repulsion = BarnesHutRepulsion(points: 1_200, theta: theta)
        let fast = Self.approximate(&repulsion, y)
        let tolerance = theta == 0 ? 1e-10 : 2e-2
        #expect(abs(fast.z - exact.z) / exact.z < tolerance)
        #expect(Self.relativeError(fast.forces, exact.forces) < tolerance)
    }

    @Test("Barnes-Hut copes with all points coincident")
    func coincident() {
        let y = [Double](repeating: 1.5, count: 2 * 300)
        var repulsion = BarnesHutRepulsion(points: 300, theta: 0.5)
        let fast = Self.approximate(&repulsion, y)
        #expect(fast.z == 300 * 299)
        #expect(fast.forces.allSatisfy { $0 == 0 })
    }

    @Test("perplexity calibration reaches the target entropy")
    func perplexity() {
        let distances = (0..<90).map { 0.5 + Double($0) * 0.03 }
        var p = [Double](repeating: 0, count: 90)
        distances.withUnsafeBufferPointer { d in
            p.withUnsafeMutableBufferPointer { PerplexityCalibration.calibrate(distances: d, perplexity: 30, into: $0.baseAddress!) }
        }
        let entropy = -p.reduce(0) { $0 + ($1 > 0 ? $1 * log($1) : 0) }
        #expect(abs(p.reduce(0, +) - 1) < 1e-12)
        #expect(abs(exp(entropy) - 30) < 1e-3)
    }

    @Test("perplexity calibration survives zero and equal distances", arguments: [[0.0, 0, 0, 0], [2.0, 2, 2, 2], [0.0, 0, 0, 1]])
    func degenerateRows(distances: [Double]) {
        var p = [Double](repeating: 0, count: distances.count)
        distances.withUnsafeBufferPointer { d in
            p.withUnsafeMutableBufferPointer { PerplexityCalibration.calibrate(distances: d, perplexity: 2, into: $0.baseAddress!) }
        }
        #expect(p.allSatisfy { $0.isFinite && $0 >= 0 })
        #expect(abs(p.reduce(0, +) - 1) < 1e-12)
    }

    @Test("affinities are symmetric, sum to 1, and keep every neighbour pair")
    func affinities() {
        var rng = SplitMix64(seed: 5)
        let data = Matrix(rows: 400, cols: 3, values: (0..<1_200).map { _ in Double(rng.next() % 5) })
        let graph = KDTree(data).nearestNeighbors(k: 15)
        let p = TSNEAffinities(graph: graph, perplexity: 5)
        var dense = [Double](repeating: 0, count: 400 * 400)
        for i in 0..<400 {
            for e in p.rowStart[i]..<p.rowStart[i + 1] { dense[i * 400 + Int(p.columns[e])] += p.values[e] }
        }
        #expect(abs(dense.reduce(0, +) - 1) < 1e-12)
        for i in 0..<400 {
            for j in 0..<400 { #expect(abs(dense[i * 400 + j] - dense[j * 400 + i]) < 1e-15) }
            #expect(Set(p.columns[p.rowStart[i]..<p.rowStart[i + 1]]).count == p.rowStart[i + 1] - p.rowStart[i])
        }
    }
}

import Foundation

/// Gradient descent on the t-SNE objective KL(P‖Q) with momentum, delta-bar-delta gains,
/// per-point step clipping and re-centring, as openTSNE's `gradient_descent`. The gradient
/// is openTSNE's (a quarter of the exact one, compensated by its learning rate):
/// `g_i = α Σ_j p_ij w_ij (y_i − y_j) − F_i / Z` with `w_ij = 1 / (1 + ‖y_i − y_j‖²)`.
///
/// All buffers are allocated up front; an iteration allocates nothing. Each point's update
/// depends only on the previous layout, and sums are reduced in chunk order, so a seed
/// gives one result whatever the thread timing.
final class TSNEOptimizer {
    let affinities: TSNEAffinities
    private var repulsion: any TSNERepulsion
    private let configuration: TSNE.Configuration
    /// Current layout, `n × 2`, and the next one.
    private var y: UnsafeMutableBufferPointer<Double>
    private var next: UnsafeMutableBufferPointer<Double>
    private let update: UnsafeMutableBufferPointer<Double>
    private let gains: UnsafeMutableBufferPointer<Double>
    private let forces: UnsafeMutableBufferPointer<Double>
    /// Per-chunk partial sums: coordinates (2 per chunk) and Σ p log w (1 per chunk).
    private let partialMean: UnsafeMutableBufferPointer<Double>
    private let partialLogW: UnsafeMutableBufferPointer<Double>

    init(affinities: TSNEAffinities, repulsion: any TSNERepulsion, initial: [Double], configuration: TSNE.Configuration) {
        self.affinities = affinities
        self.repulsion = repulsion
        self.configuration = configuration
        let n = affinities.count
        func buffer(_ count: Int, _ value: Double) -> UnsafeMutableBufferPointer<Double> {
            let b = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
            b.initialize(repeating: value)
            return b
        }
        y = buffer(2 * n, 0)
        _ = y.update(from: initial)
        next = buffer(2 * n, 0)
        update = buffer(2 * n, 0)
        gains = buffer(2 * n, 1)
        forces = buffer(2 * n, 0)
        let chunks = Parallel.chunkCount(for: n)
        partialMean = buffer(2 * chunks, 0)
        partialLogW = buffer(chunks, 0)
    }

    deinit {
        for b in [y, next, update, gains, forces, partialMean, partialLogW] { b.deallocate() }
    }

    /// The current layout, `n × 2` row-major.
    var positions: [Double] { Array(y) }

    /// One phase of the optimisation.
    struct Phase {
        var iterations: Int
        var exaggeration: Double
        var momentum: Double
        var learningRate: Double
        /// Iterations run before this phase (for report numbering).
        var offset: Int
    }

    /// Runs `phase`, calling `report(iteration, kl)` every `reportInterval` iterations with
    /// the KL divergence of the layout at the start of that iteration.
    func run(_ phase: Phase, report: (Int, Double) -> Void) {
        for t in 0..<phase.iterations {
            let iteration = phase.offset + t + 1
            let evaluate = iteration % configuration.reportInterval == 0
            let kl = step(phase, evaluate: evaluate)
            if evaluate { report(iteration, kl) }
        }
    }

    /// KL(P‖Q) of the current layout.
    func klDivergence() -> Double {
        let z = computeRepulsion()
        let logW = sumPLogW()
        return affinities.negativeEntropy - logW + log(z)
    }

    private func computeRepulsion() -> Double {
        repulsion.compute(positions: UnsafeBufferPointer(y), forces: forces)
    }

    /// `Σ p_ij log w_ij` over the current layout.
    private func sumPLogW() -> Double {
        let n = affinities.count
        let y = UnsafeBufferPointer(self.y)
        let partial = SharedMutablePointer(partialLogW)
        affinities.withUnsafeRows { rows in
            Parallel.forEachChunk(n) { chunk, range in
                var s = 0.0
                for i in range {
                    for e in rows.start[i]..<rows.start[i + 1] {
                        let j = Int(rows.columns[e])
                        let dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1]
                        s -= rows.values[e] * log1p(dx * dx + dy * dy)
                    }
                }
                partial[chunk] = s
            }
        }
        return partialLogW.reduce(0, +)
    }

    /// One iteration; returns the KL divergence of the layout before the step when
    /// `evaluate`, else 0.
    private func step(_ phase: Phase, evaluate: Bool) -> Double {
        let n = affinities.count
        let z = computeRepulsion()
        let kl = evaluate ? affinities.negativeEntropy - sumPLogW() + log(z) : 0
        let inverseZ = 1 / max(z, .leastNormalMagnitude)
        let minGain = configuration.minGain
        let maxStep = configuration.maxStepNorm ?? .infinity
        let y = UnsafeBufferPointer(self.y), f = UnsafeBufferPointer(forces)
        let (yNext, u, g, mean) = (
            SharedMutablePointer(next), SharedMutablePointer(update), SharedMutablePointer(gains),
            SharedMutablePointer(partialMean))
        affinities.withUnsafeRows { rows in
            Parallel.forEachChunk(n) { chunk, range in
                var sx = 0.0, sy = 0.0
                for i in range {
                    let xi = y[2 * i], yi = y[2 * i + 1]
                    let (ax, ay) = rows.attraction(on: i, x: xi, y: yi, positions: y)
                    let gx = phase.exaggeration * ax - f[2 * i] * inverseZ
                    let gy = phase.exaggeration * ay - f[2 * i + 1] * inverseZ
                    var ux = Self.move(2 * i, gradient: gx, phase: phase, minGain: minGain, u: u, g: g)
                    var uy = Self.move(2 * i + 1, gradient: gy, phase: phase, minGain: minGain, u: u, g: g)
                    let norm = (ux * ux + uy * uy).squareRoot()
                    if norm > maxStep {
                        ux *= maxStep / norm
                        uy *= maxStep / norm
                        u[2 * i] = ux
                        u[2 * i + 1] = uy
                    }
                    yNext[2 * i] = xi + ux
                    yNext[2 * i + 1] = yi + uy
                    sx += xi + ux
                    sy += yi + uy
                }
                mean[2 * chunk] = sx
                mean[2 * chunk + 1] = sy
            }
        }
        recentre()
        return kl
    }

    /// Gain and momentum update of one coordinate; returns the new step.
    @inline(__always)
    private static func move(
        _ t: Int, gradient: Double, phase: Phase, minGain: Double,
        u: SharedMutablePointer<Double>, g: SharedMutablePointer<Double>
    ) -> Double {
        let previous = u[t]
        let flipped = (previous > 0 ? 1 : previous < 0 ? -1 : 0) != (gradient > 0 ? 1 : gradient < 0 ? -1 : 0)
        let gain = flipped ? g[t] + 0.2 : g[t] * 0.8 + minGain
        g[t] = gain
        let step = phase.momentum * previous - phase.learningRate * gain * gradient
        u[t] = step
        return step
    }

    /// Swaps the next layout in and subtracts its mean (sums reduced in chunk order).
    private func recentre() {
        let n = affinities.count
        var sx = 0.0, sy = 0.0
        for chunk in 0..<(partialMean.count / 2) {
            sx += partialMean[2 * chunk]
            sy += partialMean[2 * chunk + 1]
        }
        let mx = sx / Double(n), my = sy / Double(n)
        swap(&y, &next)
        for i in 0..<n {
            y[2 * i] -= mx
            y[2 * i + 1] -= my
        }
    }
}

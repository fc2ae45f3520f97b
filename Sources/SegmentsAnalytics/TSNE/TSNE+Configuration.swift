extension TSNE {
    /// The parameters of a t-SNE run. The defaults are those of openTSNE (Poličar, Stražar &
    /// Zupan, "openTSNE: a modular Python library for t-SNE dimensionality reduction and
    /// embedding", JSS 2024) except the momentum, which follows van der Maaten & Hinton
    /// (0.5 during early exaggeration, then 0.8), and the normal phase, 750 iterations.
    public struct Configuration: Sendable, Equatable {
        /// Target perplexity of each point's Gaussian affinities (a smooth number of
        /// neighbours); `3 × perplexity` exact nearest neighbours are used. Reduced to
        /// `(n − 1) / 3` for small inputs, which the result reports.
        public var perplexity: Double = 30
        /// Iterations of the early-exaggeration phase.
        public var earlyExaggerationIterations: Int = 250
        /// Factor on the affinities during the early-exaggeration phase.
        public var earlyExaggeration: Double = 12
        /// Iterations of the normal phase, after early exaggeration.
        public var iterations: Int = 750
        /// Factor on the affinities during the normal phase (1: plain t-SNE).
        public var exaggeration: Double = 1
        /// Step size of gradient descent.
        public var learningRate: LearningRate = .auto
        /// Momentum during early exaggeration.
        public var initialMomentum: Double = 0.5
        /// Momentum during the normal phase.
        public var finalMomentum: Double = 0.8
        /// Smallest per-coordinate gain of the delta-bar-delta rule (Jacobs 1988).
        public var minGain: Double = 0.01
        /// Largest step of one point in one iteration (openTSNE's `max_step_norm`); `nil`
        /// for no limit.
        public var maxStepNorm: Double? = 5
        /// How the repulsive forces are computed.
        public var method: GradientMethod = .auto
        /// Seed of the initial jitter (and of the random initialisation of degenerate data).
        public var seed: UInt64 = 0
        /// Iterations between two KL-divergence reports (logger and progress callback).
        public var reportInterval: Int = 50

        /// The default configuration.
        public init() {}

        /// Total number of iterations of both phases.
        public var totalIterations: Int { earlyExaggerationIterations + iterations }
    }

    /// Step size of gradient descent.
    public enum LearningRate: Sendable, Equatable {
        /// openTSNE's rule: `max(n / α, 50)` where α is the exaggeration of the current
        /// phase (so `n / 12` during early exaggeration, `n` afterwards); scikit-learn ≥ 1.2
        /// uses the same step with its gradient scaled by 4 (Belkina et al., "Automated
        /// optimized parameters for t-distributed stochastic neighbor embedding improve
        /// visualization and analysis of large datasets", Nat. Commun. 2019).
        case auto
        /// The same step in both phases.
        case fixed(Double)

        /// The step for `n` points under exaggeration `exaggeration`.
        func value(points n: Int, exaggeration: Double) -> Double {
            switch self {
            case .auto: max(Double(n) / max(exaggeration, 1e-12), 50)
            case .fixed(let rate): rate
            }
        }
    }

    /// How the repulsive (negative) part of the gradient is computed.
    public enum GradientMethod: Sendable, Equatable {
        /// Barnes–Hut below 10,000 points, interpolation from there on (openTSNE's rule).
        case auto
        /// Barnes–Hut on a quadtree (van der Maaten, "Accelerating t-SNE using tree-based
        /// algorithms", JMLR 2014): cells seen under an angle below `theta` are summarised.
        case barnesHut(theta: Double)
        /// Polynomial interpolation on a regular grid with FFT convolution (Linderman et
        /// al., "Fast interpolation-based t-SNE for improved visualization of single-cell
        /// RNA-seq data", Nat. Methods 2019): 3 nodes per interval, at least 50 intervals
        /// per side, intervals about one embedding unit wide.
        case interpolation

        /// Barnes–Hut with openTSNE's default angle, 0.5.
        public static let barnesHut = GradientMethod.barnesHut(theta: 0.5)

        /// The concrete method for `n` points.
        func resolved(points n: Int) -> GradientMethod {
            guard self == .auto else { return self }
            return n < 10_000 ? .barnesHut : .interpolation
        }
    }
}

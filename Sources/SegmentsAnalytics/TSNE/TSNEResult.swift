/// The outcome of `TSNE.fit`.
public struct TSNEResult: Sendable {
    /// The 2-D embedding, one row per input row (`n × 2`), centred on the origin.
    public var embedding: Matrix
    /// Kullback–Leibler divergence KL(P‖Q) of the final embedding (0 for fewer than 2 rows).
    public var klDivergence: Double
    /// The perplexity actually used: the configured one, or `(n − 1) / 3` when there are too
    /// few rows for it (0 for fewer than 2 rows, where nothing is calibrated).
    public var perplexity: Double
    /// Whether `perplexity` had to be lowered from the configured value.
    public var perplexityWasReduced: Bool
    /// Gradient-descent iterations run (both phases).
    public var iterations: Int
    /// The repulsion method used (never `.auto`).
    public var method: TSNE.GradientMethod
    /// KL divergence every `reportInterval` iterations.
    public var history: [TSNEProgress]
    /// Where the time went.
    public var timings: Timings

    /// Wall-clock durations of the stages of a fit, in seconds.
    public struct Timings: Sendable, Equatable {
        /// Nearest neighbours (k-d tree).
        public var neighbors: Double = 0
        /// Perplexity calibration and symmetrisation.
        public var affinities: Double = 0
        /// PCA initialisation.
        public var initialization: Double = 0
        /// Gradient descent, both phases.
        public var optimization: Double = 0

        /// Sum of the stages.
        public var total: Double { neighbors + affinities + initialization + optimization }
    }
}

/// One progress report of a t-SNE optimisation.
public struct TSNEProgress: Sendable, Equatable {
    /// Iterations completed so far (1-based count).
    public var iteration: Int
    /// Total iterations of the run.
    public var totalIterations: Int
    /// KL(P‖Q) of the embedding at this iteration, with the true (unexaggerated) P.
    public var klDivergence: Double
    /// Whether the early-exaggeration phase is running.
    public var isEarlyExaggeration: Bool
}

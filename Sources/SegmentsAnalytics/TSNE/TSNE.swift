import Dispatch
import Foundation
import Logging
import SegmentsCore
import SegmentsLoading

/// t-distributed stochastic neighbour embedding of a feature matrix into the plane (van der
/// Maaten & Hinton, "Visualizing data using t-SNE", JMLR 2008), following openTSNE's
/// defaults: perplexity-calibrated affinities on `3 × perplexity` exact nearest neighbours,
/// PCA initialisation, 250 iterations of early exaggeration 12, then the normal phase, with
/// the repulsion by Barnes–Hut (van der Maaten 2014) for small inputs and by FFT-accelerated
/// interpolation (Linderman et al. 2019) for large ones.
///
/// ```swift
/// let result = try TSNE(.init()).fit(features, logger: logger)
/// chart.plot(result.embedding)
/// ```
public struct TSNE: Sendable {
    /// The parameters of the run.
    public var configuration: Configuration

    /// A t-SNE with `configuration`.
    public init(_ configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Embeds the rows of `data` in 2-D.
    ///
    /// Exact duplicate rows are fine (they get nearby, distinct positions), as are constant
    /// columns; with fewer than `3 × perplexity + 1` rows the perplexity is lowered to
    /// `(n − 1) / 3` and the result says so; fewer than 2 rows give a zero embedding.
    /// - Parameters:
    ///   - data: one row per point, standardised features; every value finite.
    ///   - logger: receives the KL divergence every `reportInterval` iterations (info) and
    ///     the stages (debug); silent by default.
    ///   - progress: called on the caller's thread at the same moments.
    /// - Returns: the embedding, its final KL divergence, the perplexity used and timings.
    /// - Throws: `TSNEError` for a non-finite input value or an invalid configuration.
    /// - Complexity: O(n·log n·d) for the neighbours, then per iteration O(n·k) for the
    ///   attraction plus O(n·log n) (Barnes–Hut) or O(n + B²·log B) for B intervals per side
    ///   (interpolation); O(n·k + B²) memory. Both cores; deterministic for a seed.
    public func fit(
        _ data: Matrix, logger: Logger = Logger(label: "segments.tsne", factory: { _ in SwiftLogNoOpLogHandler() }),
        progress: ((TSNEProgress) -> Void)? = nil
    ) throws(TSNEError) -> TSNEResult {
        try validate(data)
        let n = data.rows
        let method = configuration.method.resolved(points: n)
        guard n >= 2 else {
            return TSNEResult(
                embedding: Matrix(rows: n, cols: 2), klDivergence: 0, perplexity: 0,
                perplexityWasReduced: true, iterations: 0, method: method, history: [], timings: .init())
        }
        var timings = TSNEResult.Timings()
        let perplexity = min(configuration.perplexity, Double(n - 1) / 3)
        let k = min(n - 1, max(1, Int(3 * perplexity)))
        if perplexity < configuration.perplexity {
            logger.info("t-SNE: perplexity lowered to \(perplexity) for \(n) points")
        }
        logger.debug("t-SNE: \(n) points, \(data.cols) features, perplexity \(perplexity), \(k) neighbours, \(method)")

        var clock = Stopwatch()
        // Points are renumbered in k-d tree order (see `NeighborGraph.permuted`).
        let tree = KDTree(data)
        let order = tree.order
        let graph = tree.nearestNeighbors(k: k).permuted(by: order)
        timings.neighbors = clock.lap()
        let affinities = TSNEAffinities(graph: graph, perplexity: perplexity)
        timings.affinities = clock.lap()
        var rng = SplitMix64(seed: configuration.seed)
        let pca = TSNEInitialization.pca(data, rng: &rng)
        var initial = pca
        for (p, row) in order.enumerated() {
            initial[2 * p] = pca[2 * Int(row)]
            initial[2 * p + 1] = pca[2 * Int(row) + 1]
        }
        timings.initialization = clock.lap()

        let repulsion: any TSNERepulsion =
            switch method {
            case .barnesHut(let theta): BarnesHutRepulsion(points: n, theta: theta)
            default: InterpolationRepulsion(points: n)
            }
        let optimizer = TSNEOptimizer(
            affinities: affinities, repulsion: repulsion, initial: initial, configuration: configuration)
        var history: [TSNEProgress] = []
        for phase in phases(points: n) {
            optimizer.run(phase) { iteration, kl in
                let report = TSNEProgress(
                    iteration: iteration, totalIterations: configuration.totalIterations, klDivergence: kl,
                    isEarlyExaggeration: iteration <= configuration.earlyExaggerationIterations)
                history.append(report)
                logger.info("t-SNE iteration \(iteration)/\(report.totalIterations): KL divergence \(kl)")
                progress?(report)
            }
        }
        let kl = optimizer.klDivergence()
        let positions = optimizer.positions
        var embedding = Matrix(rows: n, cols: 2)
        for (p, row) in order.enumerated() {
            embedding[Int(row), 0] = positions[2 * p]
            embedding[Int(row), 1] = positions[2 * p + 1]
        }
        timings.optimization = clock.lap()
        logger.debug("t-SNE done: KL divergence \(kl), \(timings.total) s")
        return TSNEResult(
            embedding: embedding, klDivergence: kl,
            perplexity: perplexity, perplexityWasReduced: perplexity < configuration.perplexity,
            iterations: configuration.totalIterations, method: method, history: history, timings: timings)
    }

    /// Early exaggeration, then the normal phase.
    private func phases(points n: Int) -> [TSNEOptimizer.Phase] {
        let c = configuration
        return [
            .init(
                iterations: c.earlyExaggerationIterations, exaggeration: c.earlyExaggeration,
                momentum: c.initialMomentum,
                learningRate: c.learningRate.value(points: n, exaggeration: c.earlyExaggeration), offset: 0),
            .init(
                iterations: c.iterations, exaggeration: c.exaggeration, momentum: c.finalMomentum,
                learningRate: c.learningRate.value(points: n, exaggeration: c.exaggeration),
                offset: c.earlyExaggerationIterations),
        ]
    }

    private func validate(_ data: Matrix) throws(TSNEError) {
        let c = configuration
        func check(_ name: String, _ value: Double, _ ok: Bool, _ expected: String) throws(TSNEError) {
            if !ok { throw .invalidConfiguration(parameter: name, value: value, expected: expected) }
        }
        try check("perplexity", c.perplexity, c.perplexity > 0 && c.perplexity.isFinite, "a positive number")
        try check(
            "earlyExaggerationIterations", Double(c.earlyExaggerationIterations), c.earlyExaggerationIterations >= 0, "≥ 0")
        try check("iterations", Double(c.iterations), c.iterations >= 0, "≥ 0")
        try check("earlyExaggeration", c.earlyExaggeration, c.earlyExaggeration > 0, "a positive number")
        try check("exaggeration", c.exaggeration, c.exaggeration > 0, "a positive number")
        if case .fixed(let rate) = c.learningRate {
            try check("learningRate", rate, rate > 0 && rate.isFinite, "a positive number")
        }
        if case .barnesHut(let theta) = c.method {
            try check("theta", theta, theta >= 0 && theta.isFinite, "≥ 0")
        }
        try check("initialMomentum", c.initialMomentum, (0..<1).contains(c.initialMomentum), "in [0, 1)")
        try check("finalMomentum", c.finalMomentum, (0..<1).contains(c.finalMomentum), "in [0, 1)")
        try check("minGain", c.minGain, c.minGain >= 0 && c.minGain < 1, "in [0, 1)")
        try check("maxStepNorm", c.maxStepNorm ?? 1, (c.maxStepNorm ?? 1) > 0, "a positive number or nil")
        try check("reportInterval", Double(c.reportInterval), c.reportInterval > 0, "> 0")
        for (t, v) in data.values.enumerated() where !v.isFinite {
            throw .nonFiniteValue(row: t / data.cols, column: t % data.cols)
        }
    }
}

/// Wall-clock laps in seconds.
private struct Stopwatch {
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}

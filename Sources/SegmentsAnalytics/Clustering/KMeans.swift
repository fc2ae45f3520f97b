import Dispatch
import Logging
import SegmentsCore
import SegmentsLoading

/// K-means clustering: greedy k-means++ seeding (Arthur & Vassilvitskii, "k-means++: the
/// advantages of careful seeding", SODA 2007, with scikit-learn's 2 + ⌊ln k⌋ local trials),
/// then Lloyd iterations accelerated by Hamerly's bounds (Hamerly, "Making k-means even
/// faster", SDM 2010), which give the same assignments as plain Lloyd while skipping most
/// distance computations. Several restarts keep the lowest inertia.
///
/// Stopping rule and empty-cluster handling follow scikit-learn's `KMeans`: stop when the
/// labels no longer change or when the sum of squared centre shifts is at most
/// `tolerance × mean(var(X, axis 0))`; an empty cluster is moved to the point farthest from
/// its centre. Results are deterministic for a seed: each restart gets its own seed drawn
/// from `SplitMix64(seed)`, and every reduction uses a fixed split.
public struct KMeans: Sendable {
    /// Parameters of a K-means fit.
    public struct Configuration: Sendable, Equatable {
        /// Number of clusters k, at least 1 and at most the number of rows.
        public var clusterCount: Int
        /// Number of seeded restarts; the one with the lowest inertia is kept.
        public var restarts: Int
        /// Maximum number of Lloyd iterations per restart.
        public var maxIterations: Int
        /// Relative tolerance on the squared centre shift (scikit-learn's `tol`).
        public var tolerance: Double
        /// Seed of the restarts' seeds.
        public var seed: UInt64

        /// Creates a configuration; the defaults are scikit-learn's (`n_init=10`,
        /// `max_iter=300`, `tol=1e-4`).
        public init(
            clusterCount: Int, restarts: Int = 10, maxIterations: Int = 300,
            tolerance: Double = 1e-4, seed: UInt64 = 0
        ) {
            self.clusterCount = clusterCount
            self.restarts = restarts
            self.maxIterations = maxIterations
            self.tolerance = tolerance
            self.seed = seed
        }
    }

    /// The parameters of this model.
    public let configuration: Configuration

    /// Creates a K-means model with `configuration`.
    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Clusters the rows of `data`.
    /// - Parameters:
    ///   - data: one observation per row.
    ///   - logger: receives one debug line per restart.
    /// - Returns: labels, centres, inertia and iterations of the best restart.
    /// - Throws: `ClusteringError` for a parameter out of range, fewer rows than clusters
    ///   or a non-finite value.
    /// - Complexity: O(restarts · (n·k·d·(2 + ln k) + iterations · (n·d + m·k·d))) where m
    ///   is the number of points whose bounds fail in an iteration, usually a small share of
    ///   n; O(n + k·d) memory per restart. Restarts run concurrently over the cores.
    public func fit(_ data: Matrix, logger: Logger = Logger(label: "segments.kmeans")) throws(ClusteringError)
        -> KMeansResult
    {
        try validate(data)
        let config = configuration
        var seeder = SplitMix64(seed: config.seed)
        let seeds = (0..<config.restarts).map { _ in seeder.next() }
        let tolerance = config.tolerance * data.meanColumnVariance()
        let concurrentRestarts = config.restarts > 1
        var runs = [KMeansResult?](repeating: nil, count: config.restarts)
        data.values.withUnsafeBufferPointer { x in
            runs.withUnsafeMutableBufferPointer { buffer in
                let out = SharedMutablePointer(buffer)
                nonisolated(unsafe) let x = x
                let work = ChunkedWork(concurrent: !concurrentRestarts)
                nonisolated(unsafe) let run = { (restart: Int) in
                    let run = KMeansRun(
                        x: x, rows: data.rows, cols: data.cols, k: config.clusterCount,
                        seed: seeds[restart], work: work)
                    out[restart] = run.fit(
                        maxIterations: config.maxIterations, tolerance: tolerance, restart: restart)
                }
                if concurrentRestarts {
                    DispatchQueue.concurrentPerform(iterations: config.restarts) { run($0) }
                } else {
                    run(0)
                }
            }
        }
        var best = runs[0]!
        for case let run? in runs {
            logger.debug(
                "k-means restart",
                metadata: [
                    "k": "\(config.clusterCount)", "restart": "\(run.restart)",
                    "inertia": "\(run.inertia)", "iterations": "\(run.iterations)",
                ])
            if run.inertia < best.inertia { best = run }
        }
        return best
    }

    private func validate(_ data: Matrix) throws(ClusteringError) {
        let config = configuration
        guard config.clusterCount >= 1 else {
            throw .invalidParameter(name: "clusterCount", value: "\(config.clusterCount)", expected: "at least 1")
        }
        guard config.restarts >= 1 else {
            throw .invalidParameter(name: "restarts", value: "\(config.restarts)", expected: "at least 1")
        }
        guard config.maxIterations >= 1 else {
            throw .invalidParameter(
                name: "maxIterations", value: "\(config.maxIterations)", expected: "at least 1")
        }
        guard config.tolerance >= 0, config.tolerance.isFinite else {
            throw .invalidParameter(name: "tolerance", value: "\(config.tolerance)", expected: "a finite value ≥ 0")
        }
        guard data.rows >= config.clusterCount else {
            throw .tooFewRows(rows: data.rows, required: config.clusterCount, reason: "one per cluster")
        }
        try data.checkFinite()
    }
}

extension Matrix {
    /// Mean over the columns of each column's population variance (scikit-learn's scale
    /// for the K-means tolerance).
    /// - Complexity: O(rows · cols).
    func meanColumnVariance() -> Double {
        guard rows > 0, cols > 0 else { return 0 }
        var total = 0.0
        for j in 0..<cols {
            var mean = 0.0
            for i in 0..<rows { mean += values[i * cols + j] }
            mean /= Double(rows)
            var s = 0.0
            for i in 0..<rows {
                let diff = values[i * cols + j] - mean
                s += diff * diff
            }
            total += s / Double(rows)
        }
        return total / Double(cols)
    }
}

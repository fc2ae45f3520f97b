/// The rule that picks the model the report presents among the runs of a search.
///
/// **Default rule.** A run is *admissible* when it has a silhouette, `clusterRange` contains
/// its cluster count (3…8), no cluster holds less than `minClusterShare` of the buyers (2 %)
/// and at most `maxNoiseShare` of them are noise (10 %): segments marketing can act on. The
/// admissible run with the highest silhouette is chosen.
///
/// **Explicit choice.** With `explicit` set, the run of that feature set and algorithm whose
/// cluster count is `k` is chosen whatever its scores (for K-means and Ward the run cut at
/// `k`; for DBSCAN, of the runs that found `k` clusters, the best by the order below).
///
/// **Fallback.** When nothing is admissible (or the explicit run does not exist), the run
/// with the highest silhouette is chosen and the choice says so (`ModelChoice.Basis`).
/// When no run has a silhouette, there is no choice.
///
/// **Ties** (deterministic): higher silhouette first; then fewer clusters (simpler to use);
/// then the algorithm, K-means before Ward before DBSCAN; then the earlier run in the
/// search's order (feature sets in configuration order, parameters ascending).
public struct ModelSelection: Sendable, Equatable {
    /// An explicitly requested model.
    public struct Explicit: Sendable, Equatable {
        public var featureSet: String
        public var algorithm: ModelAlgorithm
        public var k: Int

        public init(featureSet: String, algorithm: ModelAlgorithm, k: Int) {
            self.featureSet = featureSet
            self.algorithm = algorithm
            self.k = k
        }
    }

    /// Cluster counts a marketing team can use.
    public var clusterRange: ClosedRange<Int>
    /// Smallest admissible cluster, as a share of all buyers.
    public var minClusterShare: Double
    /// Largest admissible share of noise buyers.
    public var maxNoiseShare: Double
    /// A model to present whatever the rule says.
    public var explicit: Explicit?

    /// Creates a rule; the defaults are the report's.
    public init(
        clusterRange: ClosedRange<Int> = 3...8, minClusterShare: Double = 0.02, maxNoiseShare: Double = 0.10,
        explicit: Explicit? = nil
    ) {
        self.clusterRange = clusterRange
        self.minClusterShare = minClusterShare
        self.maxNoiseShare = maxNoiseShare
        self.explicit = explicit
    }

    /// Whether `run` passes the thresholds.
    public func isAdmissible(_ run: ModelRun) -> Bool {
        run.silhouette != nil && clusterRange.contains(run.clusterCount)
            && run.smallestClusterShare >= minClusterShare && run.noiseShare <= maxNoiseShare
    }

    /// Picks a run.
    /// - Parameter runs: the search's runs, in its order.
    /// - Returns: the chosen index and why; `nil` when no run has a silhouette.
    /// - Complexity: O(runs).
    public func choose(_ runs: [ModelRun]) -> ModelChoice? {
        if let explicit {
            let matching = runs.indices.filter { i in
                let run = runs[i]
                return run.featureSet == explicit.featureSet && run.algorithm == explicit.algorithm
                    && (run.parameters.k ?? run.clusterCount) == explicit.k
            }
            if let best = best(of: matching, in: runs, requireSilhouette: false) {
                return ModelChoice(index: best, basis: .explicit, admissible: isAdmissible(runs[best]))
            }
        }
        let admissible = runs.indices.filter { isAdmissible(runs[$0]) }
        if let best = best(of: admissible, in: runs, requireSilhouette: true) {
            return ModelChoice(index: best, basis: explicit == nil ? .rule : .explicitUnavailable, admissible: true)
        }
        guard let best = best(of: Array(runs.indices), in: runs, requireSilhouette: true) else { return nil }
        return ModelChoice(index: best, basis: explicit == nil ? .fallback : .explicitUnavailable, admissible: false)
    }

    /// The first of `candidates` by the documented order.
    private func best(of candidates: [Int], in runs: [ModelRun], requireSilhouette: Bool) -> Int? {
        let pool = requireSilhouette ? candidates.filter { runs[$0].silhouette != nil } : candidates
        return pool.min { Self.precedes(runs[$0], $0, runs[$1], $1) }
    }

    /// Whether run `a` (at index `i`) comes before run `b` (at `j`): silhouette descending,
    /// clusters ascending, algorithm, index.
    static func precedes(_ a: ModelRun, _ i: Int, _ b: ModelRun, _ j: Int) -> Bool {
        let sa = a.silhouette ?? -.infinity
        let sb = b.silhouette ?? -.infinity
        if sa != sb { return sa > sb }
        if a.clusterCount != b.clusterCount { return a.clusterCount < b.clusterCount }
        if a.algorithm != b.algorithm { return a.algorithm.tieRank < b.algorithm.tieRank }
        return i < j
    }
}

/// The run a `ModelSelection` picked and on what basis.
public struct ModelChoice: Sendable, Equatable {
    /// Why this run.
    public enum Basis: String, Sendable, Equatable, Codable {
        /// The best admissible run by the rule.
        case rule
        /// Nothing was admissible: the highest silhouette of all runs.
        case fallback
        /// The configuration named this run.
        case explicit
        /// The configuration named a run that the search did not make: the rule (or its
        /// fallback) chose instead.
        case explicitUnavailable = "explicit_unavailable"
    }

    /// Index in the search's runs.
    public var index: Int
    public var basis: Basis
    /// Whether the run passes the rule's thresholds (false for a fallback).
    public var admissible: Bool

    public init(index: Int, basis: Basis, admissible: Bool) {
        self.index = index
        self.basis = basis
        self.admissible = admissible
    }
}

import Dispatch
import Logging

/// The model search of the segmentation: every feature set × algorithm × parameter fitted on
/// all buyers and scored, then one model picked by a documented rule (`ModelSelection`).
///
/// Per feature set: K-means for each k (k-means++, `kmeansRestarts` restarts), one Ward
/// linkage cut at each k, and DBSCAN at each radius (the knee of the k-distance curve and
/// values around it, from one k-d tree and one neighbour search shared by every radius).
/// Every run gets the exact silhouette over its non-noise buyers, Davies–Bouldin and
/// Calinski–Harabasz (noise left out) and, for K-means, the inertia. All labelings of a
/// matrix are scored by `SilhouetteBatch`, one symmetric pass over the pairs for all of them
/// (or a few when their common refinement is too fine for memory), not one pass each.
///
/// Above `configuration.scale`'s thresholds (200,000 buyers by default) the silhouettes are
/// estimated on a seeded sample with a 95 % interval and Ward's tree is built on a seeded
/// sample (`ScaleLimits`); the result lists them in `approximations`.
///
/// Results are deterministic for a configuration and data: every kernel uses a fixed split.
public struct ModelSearch: Sendable {
    /// Where the search stands, reported after each step.
    public struct Progress: Sendable, Equatable {
        /// What was just done, e.g. `full kmeans k=4`.
        public let step: String
        /// Share of the estimated work done, 0–1.
        public let fraction: Double
        public let elapsedSeconds: Double
        /// Estimated seconds left (elapsed × remaining work / work done).
        public let secondsLeft: Double
    }

    public let configuration: Configuration

    public init(_ configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Number of runs the search makes for one matrix per feature set.
    public var runCount: Int {
        let perSet = configuration.algorithms.reduce(0) { total, algorithm in
            switch algorithm {
            case .kmeans, .ward: return total + configuration.clusterCounts.count
            case .dbscan:
                switch configuration.dbscanEps {
                case .knee(let factors): return total + factors.count
                case .values(let values): return total + values.count
                }
            }
        }
        return perSet * configuration.featureSets.count
    }

    /// Builds the matrix of every configured feature set from `buyers` and searches them.
    /// - Parameters:
    ///   - buyers: per-buyer aggregates.
    ///   - logger: debug lines per run.
    ///   - progress: called after each step with the share done and the time left.
    /// - Returns: every run, the curves and the chosen model.
    /// - Throws: `ClusteringError` for a configuration value out of range or too few buyers.
    /// - Complexity: per feature set, K-means' and Ward's costs (see `KMeans`, `WardClustering`),
    ///   one k-nearest-neighbour search, and O(passes · n²·d / 2) for the silhouettes.
    public func run(
        _ buyers: BuyerSummary, logger: Logger = Logger(label: "segments.search"),
        progress: (Progress) -> Void = { _ in }
    ) throws(ClusteringError) -> ModelSearchResult {
        try run(matrices: configuration.featureSets.map { FeatureMatrix(buyers, featureSet: $0) }, logger: logger, progress: progress)
    }

    /// Searches already built matrices, one per configured feature set, in the same order.
    /// - Throws: `ClusteringError` as `run(_:logger:progress:)`, or when the matrices do not
    ///   match the configured feature sets.
    /// - Complexity: as `run(_:logger:progress:)`.
    public func run(
        matrices: [FeatureMatrix], logger: Logger = Logger(label: "segments.search"),
        progress: (Progress) -> Void = { _ in }
    ) throws(ClusteringError) -> ModelSearchResult {
        guard matrices.map(\.featureSet) == configuration.featureSets else {
            throw .invalidParameter(
                name: "matrices", value: "\(matrices.map(\.featureSet.name))",
                expected: "one per feature set \(configuration.featureSets.map(\.name))")
        }
        let rows = matrices.first?.matrix.rows ?? 0
        try configuration.validate(rows: rows)
        let start = DispatchTime.now()
        var tracker = SearchProgress(configuration: configuration, matrices: matrices.map(\.matrix), start: start)
        var outcomes: [FeatureSetSearch.Outcome] = []
        for features in matrices {
            let search = FeatureSetSearch(configuration: configuration, features: features, logger: logger)
            outcomes.append(try search.run(progress: &tracker, report: progress))
        }
        let runs = outcomes.flatMap(\.runs)
        let choice = configuration.selection.choose(runs)
        var chosen: ModelSearchResult.Chosen?
        var dendrogram: WardDendrogram?
        if let choice {
            var offset = 0
            for (outcome, features) in zip(outcomes, matrices) {
                defer { offset += outcome.runs.count }
                guard (offset..<(offset + outcome.runs.count)).contains(choice.index) else { continue }
                let local = choice.index - offset
                chosen = ModelSearchResult.Chosen(
                    index: choice.index, basis: choice.basis, admissible: choice.admissible, features: features,
                    labels: outcome.labels[local], silhouetteValues: outcome.silhouetteValues[local],
                    centers: outcome.centers[local])
                dendrogram = outcome.linkage.map {
                    WardDendrogram($0, leafCount: configuration.dendrogramLeaves, cutClusterCount: runs[choice.index].clusterCount)
                }
            }
        }
        var result = ModelSearchResult(
            configuration: configuration, runs: runs, chosen: chosen,
            dbscanCurves: outcomes.compactMap(\.dbscanCurve), dendrogram: dendrogram,
            seconds: seconds(since: start))
        result.approximations = configuration.scale.approximations(rows: rows, algorithms: configuration.algorithms)
        return result
    }
}

/// Seconds elapsed since `start`.
func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// Everything a model search found: every run, the curves the page draws and the chosen
/// model with its labels.
public struct ModelSearchResult: Sendable {
    /// One point of a score-against-k curve.
    public struct CurvePoint: Sendable, Equatable {
        public let k: Int
        /// Clusters actually found (Ward's ties can leave fewer than k).
        public let clusters: Int
        public let inertia: Double?
        public let silhouette: Double?
    }

    /// Inertia and silhouette against k for one feature set and algorithm.
    public struct Curve: Sendable, Equatable {
        public let featureSet: String
        public let algorithm: ModelAlgorithm
        public let points: [CurvePoint]
    }

    /// DBSCAN's k-distance curve of one feature set with the radii tried.
    public struct DBSCANCurve: Sendable, Equatable {
        public let featureSet: String
        public let curve: KDistanceCurve
        public let epsTried: [Double]
    }

    /// The presented model.
    public struct Chosen: Sendable {
        /// Index in `runs`.
        public let index: Int
        public let basis: ModelChoice.Basis
        /// Whether it passes the rule's thresholds (false for a fallback).
        public let admissible: Bool
        /// The matrix it was fitted on (`data/features.csv`).
        public let features: FeatureMatrix
        /// Cluster of every row of `features` in `0..<clusters`, −1 for DBSCAN noise.
        public let labels: [Int]
        /// Per-row silhouette (NaN for noise, and for rows outside the sample of a sampled
        /// silhouette), for the knife plot.
        public let silhouetteValues: [Double]
        /// K-means centres in scaled units (`clusters × features`), or the centroids of a Ward
        /// cut of a sample (`SampledWard`, the assignment rule of the other buyers); nil for the
        /// others.
        public let centers: Matrix?
    }

    /// The search's configuration.
    public let configuration: ModelSearch.Configuration
    /// Every run, in search order: per feature set, per algorithm, parameters ascending.
    public let runs: [ModelRun]
    /// The presented model; nil when no run has a silhouette.
    public let chosen: Chosen?
    /// DBSCAN k-distance curves, one per feature set.
    public let dbscanCurves: [DBSCANCurve]
    /// The top of the chosen feature set's Ward tree with the cut at the chosen k (nil
    /// without Ward).
    public let dendrogram: WardDendrogram?
    /// Seconds of the whole search.
    public let seconds: Double
    /// The approximations made because the data exceeded `ScaleLimits`; empty when every
    /// figure is exact.
    public var approximations: [SearchApproximation] = []

    /// The chosen run.
    public var chosenRun: ModelRun? { chosen.map { runs[$0.index] } }

    /// Inertia (K-means) and silhouette against k per feature set, for K-means and Ward.
    public var curves: [Curve] {
        var curves: [Curve] = []
        for set in configuration.featureSets.map(\.name) {
            for algorithm in configuration.algorithms where algorithm != .dbscan {
                let points = runs.filter { $0.featureSet == set && $0.algorithm == algorithm }.map {
                    CurvePoint(k: $0.parameters.k ?? $0.clusterCount, clusters: $0.clusterCount, inertia: $0.inertia, silhouette: $0.silhouette)
                }
                if !points.isEmpty { curves.append(Curve(featureSet: set, algorithm: algorithm, points: points)) }
            }
        }
        return curves
    }
}

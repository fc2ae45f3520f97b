import SegmentsAnalytics

extension ResultsDocument {
    /// `segmentation`: every model of the search, the curves the page draws and the chosen
    /// model explained.
    struct Segmentation: Encodable {
        struct Selection: Encodable {
            struct Explicit: Encodable {
                var featureSet: String
                var algorithm: String
                var k: Int
            }
            var clusterRange: [Int]
            var minClusterShare: Double
            var maxNoiseShare: Double
            var explicit: Explicit?
            /// `rule`, `fallback`, `explicit` or `explicit_unavailable`.
            var basis: String?
            var admissible: Bool?
        }

        struct Run: Encodable {
            var featureSet: String
            var algorithm: String
            var parameters: ModelRun.Parameters
            var clusters: Int
            var noiseShare: Double
            var silhouette: Double?
            /// `[low, high]`, the 95 % interval of a sampled silhouette; absent when exact.
            var silhouetteInterval: [Double]?
            var daviesBouldin: Double?
            var calinskiHarabasz: Double?
            var inertia: Double?
            var smallestClusterShare: Double
            var largestClusterShare: Double
            var admissible: Bool
            var chosen: Bool
            var seconds: Double?
        }

        struct Segment: Encodable {
            var id: Int
            /// The name identifier (`recent-big_spender-satisfied`), its traits and ordinal.
            var name: String
            var traits: [String]
            var ordinal: Int?
            var action: String
            /// The name, description and action in the report's language (as the page shows them).
            var displayName: String
            var description: String
            var actionText: String
            var buyers: Int
            var share: Double
            var revenueShare: Double
            /// Per feature: mean raw value in its unit (`null` when no buyer has one).
            var centroidRaw: [Double?]
            var centroidScaled: [Double]
            var radar: [Double?]
            var meanSilhouette: Double
            /// Buyers per RFM segment identifier, and as a share of the segment's buyers.
            var rfmMix: [String: Int]
            var rfmMixShare: [String: Double]
        }

        /// A feature set searched, with its features and their transforms.
        struct FeatureSetColumns: Encodable {
            struct Feature: Encodable {
                var name: String
                var transform: String
            }
            var name: String
            var features: [Feature]
        }

        struct Chosen: Encodable {
            var algorithm: String
            var featureSet: String
            var features: [String]
            var k: Int
            var silhouette: Double?
            var silhouetteInterval: [Double]?
            var daviesBouldin: Double?
            var calinskiHarabasz: Double?
            var inertia: Double?
            var parameters: ModelRun.Parameters
            var noiseBuyers: Int
            var segments: [Segment]
        }

        struct Curve: Encodable {
            struct Point: Encodable {
                var k: Int
                var clusters: Int
                var inertia: Double?
                var silhouette: Double?
            }
            var featureSet: String
            var algorithm: String
            var points: [Point]
        }

        struct KDistance: Encodable {
            var featureSet: String
            var minSamples: Int
            var buyers: Int
            var kneeRank: Int
            var kneeEps: Double
            var epsTried: [Double]
            /// `[rank, k-distance]` pairs of the (downsampled) sorted curve.
            var points: [[Double]]
        }

        struct Dendrogram: Encodable {
            struct Leaf: Encodable {
                var id: Int
                var size: Int
                var height: Double
            }
            struct Merge: Encodable {
                var id: Int
                var left: Int
                var right: Int
                var height: Double
                var size: Int
            }
            var featureSet: String
            var leaves: [Leaf]
            var merges: [Merge]
            var cutHeight: Double
            var cutClusters: Int
        }

        var selection: Selection
        var featureSets: [FeatureSetColumns]
        var runs: [Run]
        var chosen: Chosen?
        var curves: [Curve]
        var kDistance: [KDistance]
        var dendrogram: Dendrogram?
        var searchSeconds: Double?
        /// What was approximated above the scale thresholds (`ScaleLimits`); absent when
        /// every figure is exact.
        var approximations: [Approximation]?

        /// - Parameter durations: whether run times are written (not when the clock is pinned,
        ///   so that a pinned run gives the same bytes).
        init(_ search: ModelSearchResult, profile: SegmentationProfile?, durations: Bool, words: Catalogue) {
            let rule = search.configuration.selection
            selection = Selection(
                clusterRange: [rule.clusterRange.lowerBound, rule.clusterRange.upperBound],
                minClusterShare: rule.minClusterShare, maxNoiseShare: rule.maxNoiseShare,
                explicit: rule.explicit.map { .init(featureSet: $0.featureSet, algorithm: $0.algorithm.rawValue, k: $0.k) },
                basis: search.chosen?.basis.rawValue, admissible: search.chosen?.admissible)
            featureSets = search.configuration.featureSets.map { set in
                FeatureSetColumns(name: set.name, features: set.features.map { .init(name: $0.rawValue, transform: $0.transformName) })
            }
            runs = search.runs.enumerated().map { index, run in
                Run(
                    featureSet: run.featureSet, algorithm: run.algorithm.rawValue, parameters: run.parameters,
                    clusters: run.clusterCount, noiseShare: run.noiseShare, silhouette: run.silhouette,
                    silhouetteInterval: run.silhouetteInterval.map { [$0.low, $0.high] },
                    daviesBouldin: run.daviesBouldin, calinskiHarabasz: run.calinskiHarabasz, inertia: run.inertia,
                    smallestClusterShare: run.smallestClusterShare, largestClusterShare: run.largestClusterShare,
                    admissible: rule.isAdmissible(run), chosen: index == search.chosen?.index,
                    seconds: durations ? run.seconds : nil)
            }
            if let run = search.chosenRun, let profile {
                chosen = Chosen(
                    algorithm: run.algorithm.rawValue, featureSet: run.featureSet, features: profile.features.map(\.rawValue),
                    k: run.clusterCount, silhouette: run.silhouette,
                    silhouetteInterval: run.silhouetteInterval.map { [$0.low, $0.high] }, daviesBouldin: run.daviesBouldin,
                    calinskiHarabasz: run.calinskiHarabasz, inertia: run.inertia, parameters: run.parameters,
                    noiseBuyers: profile.noiseBuyers,
                    segments: profile.segments.map { Self.segment($0, features: profile.features, words: words) })
            }
            curves = search.curves.map { curve in
                Curve(
                    featureSet: curve.featureSet, algorithm: curve.algorithm.rawValue,
                    points: curve.points.map { .init(k: $0.k, clusters: $0.clusters, inertia: $0.inertia, silhouette: $0.silhouette) })
            }
            kDistance = search.dbscanCurves.map { item in
                KDistance(
                    featureSet: item.featureSet, minSamples: item.curve.minSamples, buyers: item.curve.count,
                    kneeRank: item.curve.kneeRank, kneeEps: item.curve.eps, epsTried: item.epsTried,
                    points: item.curve.points.map { [Double($0.rank), $0.distance] })
            }
            dendrogram = search.dendrogram.map { tree in
                Dendrogram(
                    featureSet: search.chosenRun?.featureSet ?? "",
                    leaves: tree.leaves.map { .init(id: $0.id, size: $0.size, height: $0.height) },
                    merges: tree.merges.map { .init(id: $0.id, left: $0.left, right: $0.right, height: $0.height, size: $0.size) },
                    cutHeight: tree.cutHeight, cutClusters: tree.cutClusterCount)
            }
            searchSeconds = durations ? search.seconds : nil
            approximations = search.approximations.isEmpty
                ? nil : search.approximations.map { Approximation($0, seed: search.configuration.seed) }
        }

        private static func segment(_ segment: SegmentProfile, features: [BuyerFeature], words: Catalogue) -> Segment {
            func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
            var mix: [String: Int] = [:]
            var mixShare: [String: Double] = [:]
            for (index, rfm) in RFMSegment.allCases.enumerated() {
                mix[rfm.identifier] = segment.rfmMix[index]
                mixShare[rfm.identifier] = segment.rfmMixShares[index]
            }
            return Segment(
                id: segment.id, name: segment.name.identifier, traits: segment.name.traits.map(\.rawValue),
                ordinal: segment.name.ordinal, action: segment.name.action.rawValue,
                displayName: words.segmentTitle(segment.name),
                description: words.segmentDescription(segment, features: features),
                actionText: words.segmentAction(segment.name.action), buyers: segment.buyers,
                share: segment.share, revenueShare: segment.revenueShare, centroidRaw: segment.rawMeans.map(finite),
                centroidScaled: segment.centroid, radar: segment.radar.map(finite),
                meanSilhouette: segment.meanSilhouette, rfmMix: mix, rfmMixShare: mixShare)
        }
    }
}

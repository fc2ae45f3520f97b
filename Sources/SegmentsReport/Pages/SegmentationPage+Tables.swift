import SegmentsAnalytics
import SegmentsCharts

/// The tables of the segmentation page: features, runs compared, segment profiles; and the
/// selection rule in words.
extension SegmentationPage {
    /// Every feature of any searched set: meaning, transform, reason, and which sets use it.
    func featureRows(_ search: ModelSearchResult) -> [SegmentationPageModel.FeatureRow] {
        let sets = search.configuration.featureSets
        let used = BuyerFeature.allCases.filter { feature in sets.contains { $0.features.contains(feature) } }
        return used.map { feature in
            .init(
                name: featureName(feature), meaning: words("feature.\(feature.rawValue).meaning", ["currency": words.amounts.symbol]),
                transform: words("transform.\(Self.transformKey(feature.transformName))"),
                why: words("feature.\(feature.rawValue).why"),
                sets: sets.map { .init(value: $0.features.contains(feature) ? "✓" : "") })
        }
    }

    /// `log1p` → `log1p`, `signed log1p` → `signedLog1p`, `none` → `none`.
    static func transformKey(_ name: String) -> String {
        name == "signed log1p" ? "signedLog1p" : name
    }

    /// Every run, in search order, the chosen one marked.
    func runRows(_ search: ModelSearchResult) -> [SegmentationPageModel.RunRow] {
        let rule = search.configuration.selection
        return search.runs.enumerated().map { index, run in
            let chosen = index == search.chosen?.index
            let admissible = rule.isAdmissible(run)
            return .init(
                featureSet: featureSetName(run.featureSet), algorithm: algorithmName(run.algorithm),
                parameters: parameters(run), clusters: count(run.clusterCount),
                noise: run.algorithm == .dbscan ? share(run.noiseShare) : language.missingValue,
                silhouette: score(run.silhouette), daviesBouldin: score(run.daviesBouldin, decimals: 2),
                calinskiHarabasz: score(run.calinskiHarabasz, decimals: 0),
                inertia: run.inertia.map { language.number($0, decimals: 0) } ?? language.missingValue,
                smallest: share(run.smallestClusterShare), largest: share(run.largestClusterShare),
                admissible: admissible ? "✓" : "",
                class: chosen ? "chosen" : admissible ? "" : "muted")
        }
    }

    /// `k = 4`, or `eps = 0.42 · min 16` for DBSCAN.
    func parameters(_ run: ModelRun) -> String {
        if let eps = run.parameters.eps {
            return words("segmentation.parameters.dbscan", [
                "eps": language.number(eps, decimals: 3), "minSamples": count(run.parameters.minSamples ?? 0),
            ])
        }
        return words("segmentation.parameters.k", ["k": count(run.parameters.k ?? run.clusterCount)])
    }

    /// The selection rule in words, with its thresholds.
    func rule(_ selection: ModelSelection) -> String {
        words("segmentation.rule", [
            "min": count(selection.clusterRange.lowerBound), "max": count(selection.clusterRange.upperBound),
            "minShare": language.percent(selection.minClusterShare, decimals: 0),
            "maxNoise": language.percent(selection.maxNoiseShare, decimals: 0),
        ])
    }

    /// How the rule applied: how many runs qualified and which was chosen, or the fallback.
    func choice(_ explained: Explained) -> String {
        let run = explained.run
        let rule = explained.search.configuration.selection
        let arguments = [
            "admissible": count(explained.search.runs.count { rule.isAdmissible($0) }),
            "runs": count(explained.search.runs.count),
            "algorithm": algorithmName(run.algorithm), "featureSet": featureSetName(run.featureSet),
            "k": count(run.clusterCount), "silhouette": score(run.silhouette),
        ]
        switch explained.chosen.basis {
        case .rule: return words("segmentation.choice.rule", arguments)
        case .fallback: return words("segmentation.choice.fallback", arguments)
        case .explicit: return words("segmentation.choice.explicit", arguments)
        case .explicitUnavailable: return words("segmentation.choice.explicitUnavailable", arguments)
        }
    }

    /// One row per segment: sizes, each feature's mean in its unit, the three largest RFM
    /// segments of its buyers.
    func profileRows(_ explained: Explained) -> [SegmentationPageModel.ProfileRow] {
        let features = explained.profile.features
        return explained.profile.segments.map { segment in
            let mix = zip(RFMSegment.allCases, segment.rfmMixShares).filter { $0.1 > 0 }
                .sorted { $0.1 > $1.1 }.prefix(3)
                .map { rfm, fraction in
                    words("segmentation.profile.mixItem", ["segment": words.segmentName(rfm), "share": share(fraction)])
                }
            return .init(
                name: words.segmentTitle(segment.name), color: Palette.series(segment.id).hexString,
                buyers: count(segment.buyers), share: share(segment.share), revenueShare: share(segment.revenueShare),
                means: features.indices.map { .init(value: words.featureValue(features[$0], segment.rawMeans[$0])) },
                rfmMix: mix.joined(separator: words("list.separator")))
        }
    }
}

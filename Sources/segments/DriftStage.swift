import Logging
import SegmentsAnalytics
import SegmentsLoading

/// The drift stage of `segments report`: how fast the chosen model ages (drift.html).
struct DriftStage {
    let configuration: DriftConfiguration

    /// Runs the drift analysis of `search`'s chosen model; nil without a chosen model.
    func run(
        _ dataset: OlistDataset, exploration: EDAResult, search: ModelSearchResult?, profile: SegmentationProfile?, stopwatch: Stopwatch, logger: Logger
    ) throws -> DriftResult? {
        guard let search, let run = search.chosenRun,
            let model = DriftModel(run, featureSets: search.configuration.featureSets)
        else { return nil }
        var result = try stopwatch.stage("Measured the drift of \(run.algorithm.rawValue) k=\(run.clusterCount) on \(run.featureSet)") {
            try DriftAnalysis(model: model, configuration: configuration).run(dataset, orders: exploration.orders, logger: logger)
        }
        if let chosen = search.chosen, let profile {
            let names = Dictionary(profile.segments.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            result.sizeNames = result.matchedSegments(buyers: chosen.features.buyers, labels: chosen.labels).map { $0.flatMap { names[$0] } }
        }
        if result.isTooShort {
            logger.warning("the data are too short for the drift analysis (initial window and two steps): drift.html says so")
        } else if let interval = result.interval {
            logger.info(
                "Maintenance interval \(interval.isLowerBound ? "at least " : "")\(Int(interval.weeks.rounded(.down))) weeks (ARI threshold \(interval.threshold))")
        }
        return result
    }
}

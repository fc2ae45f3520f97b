import ArgumentParser
import Foundation
import Logging
import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading
import SegmentsReport
import SegmentsSynthetic

extension ReportLanguage: ExpressibleByArgument {}

/// `segments report`: data → analyses → pages → validation → atomic publication.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report website for an Olist folder or the embedded synthetic dataset."
    )

    @Option(help: "Folder of Olist CSV files (default: the embedded synthetic dataset).")
    var data: String?

    @Option(help: "Site folder to write: new, empty or a previous site (replaced atomically).")
    var out = "site"

    @Option(help: "Language of the pages: \(ReportLanguage.allCases.map(\.rawValue).joined(separator: ", ")).")
    var lang: ReportLanguage = .en

    @Option(help: "Folder of Mustache templates overriding the built-in ones.")
    var templates: String?

    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    @OptionGroup(title: "Seed, and the synthetic dataset used without --data") var synthetic: SyntheticOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let logger = output.makeLogger()
        let stopwatch = Stopwatch(logger: logger)
        let clock = try RunClock.fromEnvironment()
        let target = URL(fileURLWithPath: out)
        let protected = SiteTarget.protectedFolders(input: data.map { URL(fileURLWithPath: $0) })
        try SiteTarget(target).check(protecting: protected)  // before any work: fail fast
        let library = try TemplateLibrary(overrideDirectory: templates.map { URL(fileURLWithPath: $0) })
        let rules = PlausibilityRules(now: clock.now)
        let (dataset, origin) = try load(rules: rules, stopwatch: stopwatch, logger: logger)
        let analyses = try analyze(dataset, stopwatch: stopwatch, logger: logger)
        let provenance = Provenance(
            toolVersion: ToolVersion.current, generatedAt: clock.now, clockPinned: clock.pinned,
            runSeconds: stopwatch.elapsed, seed: synthetic.seed, origin: origin)
        let request = ReportRequest(
            language: lang, provenance: provenance, settings: settings(origin: origin, embedding: analyses.embedding))
        let site = try stopwatch.stage("Rendered the pages") {
            try ReportBuilder(templates: library, request: request).build(dataset: dataset, analyses: analyses)
        }
        try stopwatch.stage("Checked every page with libxml2") {
            let issues = site.validationIssues()
            if !issues.isEmpty { throw ReportError.invalidPages(issues) }
        }
        try stopwatch.stage("Published \(site.files.count) files to \(target.path)") {
            try SiteWriter.publish(site, to: target, protecting: protected)
        }
    }

    /// Runs the analyses, one stage each.
    private func analyze(_ dataset: OlistDataset, stopwatch: Stopwatch, logger: Logger) throws -> ReportAnalyses {
        let exploration = stopwatch.stage("Explored orders, buyers and RFM") {
            ExploratoryAnalysis().run(dataset, logger: logger)
        }
        let search = try searchModels(exploration, stopwatch: stopwatch, logger: logger)
        let features = search?.chosen?.features ?? stopwatch.stage("Built the buyer features (\(segmentation.featureSets[0].name))") {
            FeatureMatrix(exploration.buyers, featureSet: segmentation.featureSets[0])
        }
        let profile = search?.chosen.map { SegmentationProfile($0, buyers: exploration.buyers, rfm: exploration.rfm) }
        let drift = try DriftStage(configuration: DriftConfiguration(seed: synthetic.seed)).run(
            dataset, exploration: exploration, search: search, stopwatch: stopwatch, logger: logger)
        var embedding: TSNEResult?
        if !segmentation.skipTSNE {
            var configuration = TSNE.Configuration()
            configuration.seed = synthetic.seed
            embedding = try stopwatch.stage("Mapped \(features.matrix.rows) buyers with t-SNE") {
                try TSNE(configuration).fit(features.matrix, logger: logger)
            }
        }
        return ReportAnalyses(
            exploration: exploration, features: features, embedding: embedding, search: search, segmentation: profile,
            drift: drift)
    }

    /// The model search stage, with progress and the time left on stderr; `nil` when there are
    /// too few buyers for the largest k (the pages then say that no segmentation was made).
    private func searchModels(_ exploration: EDAResult, stopwatch: Stopwatch, logger: Logger) throws -> ModelSearchResult? {
        let search = ModelSearch(.init(featureSets: segmentation.featureSets, seed: synthetic.seed))
        let required = search.configuration.clusterCounts.upperBound + 1
        guard exploration.buyers.count >= required else {
            logger.warning("\(exploration.buyers.count) buyers, at least \(required) needed to segment: the segmentation is left out")
            return nil
        }
        var lastReport = -Double.infinity
        let result = try stopwatch.stage("Searched \(search.runCount) models on \(exploration.buyers.count) buyers") {
            try search.run(exploration.buyers, logger: logger) { progress in
                guard progress.elapsedSeconds - lastReport >= 5 || progress.fraction >= 1 else { return }
                lastReport = progress.elapsedSeconds
                logger.info(
                    "  model search \(Int((progress.fraction * 100).rounded())) % (\(progress.step)), about \(Int(progress.secondsLeft.rounded())) s left")
            }
        }
        if let run = result.chosenRun, let chosen = result.chosen {
            logger.info(
                "Chose \(run.algorithm.rawValue) on \(run.featureSet), \(run.clusterCount) segments, silhouette \(run.silhouette.map { String(format: "%.3f", $0) } ?? "-") (\(chosen.basis.rawValue))")
        } else {
            logger.warning("no model has a silhouette: the segmentation is left out")
        }
        return result
    }

    /// Loads `--data`, or generates and loads the synthetic dataset.
    private func load(rules: PlausibilityRules, stopwatch: Stopwatch, logger: Logger) throws -> (OlistDataset, String) {
        if let data {
            let directory = URL(fileURLWithPath: data)
            let dataset = try stopwatch.stage("Loaded \(directory.path)") {
                try OlistDataset.load(directory: directory, logger: logger, rules: rules)
            }
            return (dataset, directory.lastPathComponent)
        }
        let catalogue = try synthetic.loadCatalogue(logger: logger)
        let files = stopwatch.stage("Generated the synthetic dataset (\(synthetic.buyers) buyers)") {
            SyntheticOlist.generate(synthetic.configuration, catalogue: catalogue)
        }
        let origin = Catalogue(lang).syntheticOrigin(buyers: synthetic.buyers, seed: synthetic.seed)
        let dataset = try stopwatch.stage("Loaded the synthetic dataset") {
            try OlistDataset.load(files: files, origin: origin, logger: logger, rules: rules)
        }
        return (dataset, origin)
    }

    /// The configuration shown on the overview page.
    private func settings(origin: String, embedding: TSNEResult?) -> [ReportRequest.Setting] {
        let words = Catalogue(lang)
        var settings: [ReportRequest.Setting] = [
            .init(key: "input", value: data ?? origin),
            .init(key: "language", value: lang.rawValue),
            .init(key: "seed", value: String(synthetic.seed)),
            .init(key: "features", value: segmentation.featureSets.map(\.name).joined(separator: ", ")),
            .init(key: "tsne", value: words.tsneSetting(embedding)),
        ]
        if data == nil {
            settings.append(.init(key: "catalogue", value: synthetic.catalogueDirectory?.path ?? words.builtInCatalogueSetting))
        }
        if let templates { settings.append(.init(key: "templates", value: templates)) }
        return settings
    }
}

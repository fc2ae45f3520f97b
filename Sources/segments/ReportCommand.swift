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
        abstract: "Write the report website for an Olist folder, a transaction log or the embedded synthetic dataset."
    )

    @Option(help: "Folder of Olist CSV files (default: the embedded synthetic dataset).")
    var data: String?

    @Option(help: "Site folder to write: new, empty or a previous site (replaced atomically).")
    var out = "site"

    @Option(help: "Language of the pages: \(ReportLanguage.allCases.map(\.rawValue).joined(separator: ", ")).")
    var lang: ReportLanguage = .en

    @Option(help: "Folder of Mustache templates overriding the built-in ones.")
    var templates: String?

    @OptionGroup(title: "Transaction log: one CSV of any shop's orders, instead of --data") var log: TransactionOptions

    @OptionGroup(title: "Segmentation") var segmentation: SegmentationOptions

    @OptionGroup(title: "Seed, and the synthetic dataset used without --data") var synthetic: SyntheticOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if data != nil && log.file != nil {
            throw ValidationError("--data and --transactions are exclusive: give an Olist folder or one transaction file")
        }
    }

    func run() throws {
        let logger = output.makeLogger()
        let stopwatch = Stopwatch(logger: logger)
        let clock = try RunClock.fromEnvironment()
        let target = URL(fileURLWithPath: out)
        let input = data.map { URL(fileURLWithPath: $0) } ?? log.file.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        let protected = SiteTarget.protectedFolders(input: input)
        try SiteTarget(target).check(protecting: protected)  // before any work: fail fast
        let library = try TemplateLibrary(overrideDirectory: templates.map { URL(fileURLWithPath: $0) })
        let rules = PlausibilityRules(now: clock.now)
        let (dataset, origin) = try load(rules: rules, stopwatch: stopwatch, logger: logger)
        let (featureSets, unavailable) = try featureSets(for: dataset.capabilities, logger: logger)
        var analyses = try analyze(dataset, featureSets: featureSets, stopwatch: stopwatch, logger: logger)
        analyses.unavailableFeatureSets = unavailable
        let provenance = Provenance(
            toolVersion: ToolVersion.current, generatedAt: clock.now, clockPinned: clock.pinned,
            runSeconds: stopwatch.elapsed, seed: synthetic.seed, origin: origin)
        let request = ReportRequest(
            language: lang, provenance: provenance, settings: settings(origin: origin, embedding: analyses.embedding, analyses: analyses))
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
    /// The feature sets asked for that the data can provide, and the others with what they lack.
    /// - Throws: `ValidationError` when none can be built.
    private func featureSets(for capabilities: DatasetCapabilities, logger: Logger) throws
        -> ([FeatureSet], [UnavailableFeatureSet])
    {
        let (available, unavailable) = UnavailableFeatureSet.partition(segmentation.featureSets, capabilities)
        for set in unavailable {
            logger.notice("feature set \(set.name) left out: the data has no \(set.missing.map(\.rawValue).joined(separator: ", "))")
        }
        guard !available.isEmpty else {
            let set = unavailable[0]
            let columns = set.missing.map { $0.transactionRole?.option ?? "the Olist \($0.rawValue) tables" }
            throw ValidationError(
                "--features \(set.name) needs \(set.missing.map(\.rawValue).joined(separator: ", ")) (\(columns.joined(separator: ", "))); map those columns or choose --features rfm")
        }
        return (available, unavailable)
    }

    private func analyze(
        _ dataset: OlistDataset, featureSets: [FeatureSet], stopwatch: Stopwatch, logger: Logger
    ) throws -> ReportAnalyses {
        let exploration = stopwatch.stage("Explored orders, buyers and RFM") {
            ExploratoryAnalysis().run(dataset, logger: logger)
        }
        let search = try searchModels(exploration, featureSets: featureSets, stopwatch: stopwatch, logger: logger)
        let features = search?.chosen?.features ?? stopwatch.stage("Built the buyer features (\(featureSets[0].name))") {
            FeatureMatrix(exploration.buyers, featureSet: featureSets[0])
        }
        let profile = search?.chosen.map { SegmentationProfile($0, buyers: exploration.buyers, rfm: exploration.rfm) }
        var embedding: TSNEResult?
        if !segmentation.skipTSNE {
            var configuration = TSNE.Configuration()
            configuration.seed = synthetic.seed
            embedding = try stopwatch.stage("Mapped \(features.matrix.rows) buyers with t-SNE") {
                try TSNE(configuration).fit(features.matrix, logger: logger)
            }
        }
        return ReportAnalyses(
            exploration: exploration, features: features, embedding: embedding, search: search, segmentation: profile)
    }

    /// The model search stage, with progress and the time left on stderr; `nil` when there are
    /// too few buyers for the largest k (the pages then say that no segmentation was made).
    private func searchModels(
        _ exploration: EDAResult, featureSets: [FeatureSet], stopwatch: Stopwatch, logger: Logger
    ) throws -> ModelSearchResult? {
        let search = ModelSearch(.init(featureSets: featureSets, seed: synthetic.seed))
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

    /// Loads `--data` or `--transactions`, or generates and loads the synthetic dataset.
    private func load(rules: PlausibilityRules, stopwatch: Stopwatch, logger: Logger) throws -> (OlistDataset, String) {
        if let file = log.file {
            let dataset = try stopwatch.stage("Loaded the transaction log \(file)") {
                try OlistDataset.load(transactions: file, mapping: log.mapping, logger: logger, rules: rules)
            }
            return (dataset, URL(fileURLWithPath: file).lastPathComponent)
        }
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
    private func settings(origin: String, embedding: TSNEResult?, analyses: ReportAnalyses) -> [ReportRequest.Setting] {
        let words = Catalogue(lang)
        var settings: [ReportRequest.Setting] = [
            .init(key: "input", value: data ?? log.file ?? origin),
            .init(key: "language", value: lang.rawValue),
            .init(key: "seed", value: String(synthetic.seed)),
            .init(key: "features", value: words.featureSetsSetting(
                segmentation.featureSets.map(\.name), unavailable: analyses.unavailableFeatureSets)),
            .init(key: "tsne", value: words.tsneSetting(embedding)),
        ]
        if log.file != nil { settings.append(.init(key: "mapping", value: log.summary)) }
        if data == nil && log.file == nil {
            settings.append(.init(key: "catalogue", value: synthetic.catalogueDirectory?.path ?? words.builtInCatalogueSetting))
        }
        if let templates { settings.append(.init(key: "templates", value: templates)) }
        return settings
    }
}

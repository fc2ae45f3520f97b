import ArgumentParser
import Foundation
import Logging
import SegmentsAnalytics
import SegmentsCharts
import SegmentsConfiguration
import SegmentsLoading
import SegmentsReport
import SegmentsSynthetic

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

    @Option(help: """
        Language of the pages: a catalogue's code (built in: \(Catalogue.builtIn.keys.sorted().joined(separator: ", ")); \
        more from --templates DIR/catalogue/CODE.json; default: the configuration's, else en).
        """)
    var lang: String?

    @Option(help: "YAML configuration file (see segments.example.yaml); flags override it.")
    var config: String?

    @Option(help: "Folder of Mustache templates overriding the built-in ones.")
    var templates: String?

    @Option(
        name: .customLong("previous-model"),
        help: "A previous delivery's model (OLD_SITE/data/model.json): drift.html and data/transitions.csv show how today's buyers moved between its segments and today's.")
    var previousModel: String?

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
        let library = try TemplateLibrary(overrideDirectory: templates.map { URL(fileURLWithPath: $0) })
        let configuration = try effectiveConfiguration(languages: library.languages)
        let target = URL(fileURLWithPath: out)
        let logFile = configuration.transactions.file
        let input = data.map { URL(fileURLWithPath: $0) } ?? logFile.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        let protected = SiteTarget.protectedFolders(input: input)
        try SiteTarget(target).check(protecting: protected)  // before any work: fail fast
        let previous = try configuration.previousModel.map { path throws(ModelFile.Failure) in
            (file: path, model: try ModelFile.read(path))  // a bad model fails fast, the previous site kept
        }
        let amounts = configuration.transactions.amounts  // a transaction log's currency; Olist's is BRL
        let words = try library.catalogue(configuration.language ?? "en")  // an unknown --lang fails here
            .with(amounts: logFile == nil ? .brl : Currency(code: amounts.code, symbol: amounts.symbol))
        let rules = PlausibilityRules(now: clock.now)
        let (dataset, origin) = try load(
            rules: rules, transactions: configuration.transactions, words: words, stopwatch: stopwatch, logger: logger)
        let requested = configuration.search.featureSets
        let (featureSets, unavailable) = try featureSets(requested, for: dataset.capabilities, logger: logger)
        var searched = configuration
        searched.search.featureSets = featureSets
        var analyses = try analyze(dataset, configuration: searched, stopwatch: stopwatch, logger: logger)
        analyses.unavailableFeatureSets = unavailable
        if let previous {
            analyses.previous = try compare(
                analyses, with: previous.model, file: previous.file, ids: dataset.buyers, stopwatch: stopwatch, logger: logger)
        }
        let provenance = Provenance(
            toolVersion: ToolVersion.current, generatedAt: clock.now, clockPinned: clock.pinned,
            runSeconds: stopwatch.elapsed, seed: synthetic.seed, origin: origin)
        let request = ReportRequest(
            catalogue: words, provenance: provenance,
            settings: settings(origin: origin, embedding: analyses.embedding, configuration: configuration, analyses: analyses, words: words),
            title: configuration.title, configuration: configuration.document(file: config),
            quote: configuration.quote.terms)
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

    /// The configuration file (if any) with the flags applied over it.
    /// - Throws: `ConfigurationError` for a file that cannot be used, before any work.
    func effectiveConfiguration(languages: [String]) throws -> ReportConfiguration {
        var configuration = try config.map { path throws(ConfigurationError) in
            try ReportConfiguration.load(file: path, languages: languages)
        }
            ?? ReportConfiguration()
        if let lang { configuration.language = lang }
        if let previousModel { configuration.previousModel = previousModel }
        configuration.transactions = log.settings(over: configuration.transactions)
        if data != nil { configuration.transactions.file = nil }  // --data overrides the file's log
        if let featureSet = try segmentation.namedFeatureSet(among: configuration.search.featureSets) {
            configuration.search.featureSets = [featureSet]
        }
        if segmentation.skipTSNE { configuration.skipTSNE = true }
        configuration.search.seed = synthetic.seed
        configuration.tsne.seed = synthetic.seed
        configuration.drift.seed = synthetic.seed
        return configuration
    }

    /// The feature sets asked for that the data can provide, and the others with what they lack.
    /// - Throws: `ValidationError` when none can be built.
    private func featureSets(_ requested: [FeatureSet], for capabilities: DatasetCapabilities, logger: Logger) throws
        -> ([FeatureSet], [UnavailableFeatureSet])
    {
        let (available, unavailable) = UnavailableFeatureSet.partition(requested, capabilities)
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

    /// Runs the analyses, one stage each.
    private func analyze(
        _ dataset: OlistDataset, configuration: ReportConfiguration, stopwatch: Stopwatch, logger: Logger
    ) throws -> ReportAnalyses {
        let reference = configuration.rfmReferenceDate.flatMap { Timestamp(year: $0.year, month: $0.month, day: $0.day) }
        let exploration = stopwatch.stage("Explored orders, buyers and RFM") {
            ExploratoryAnalysis(configuration: .init(referenceDate: reference)).run(dataset, logger: logger)
        }
        let featureSets = configuration.search.featureSets
        let search = try searchModels(exploration, configuration: configuration.search, stopwatch: stopwatch, logger: logger)
        let features = search?.chosen?.features ?? stopwatch.stage("Built the buyer features (\(featureSets[0].name))") {
            FeatureMatrix(exploration.buyers, featureSet: featureSets[0])
        }
        let profile = search?.chosen.map { SegmentationProfile($0, buyers: exploration.buyers, rfm: exploration.rfm) }
        let drift = try DriftStage(configuration: configuration.drift).run(
            dataset, exploration: exploration, search: search, profile: profile, stopwatch: stopwatch, logger: logger)
        var embedding: TSNEResult?
        let scale = configuration.search.scale
        let mapRows = configuration.skipTSNE ? nil : scale.mapRows(features.matrix.rows, seed: configuration.tsne.seed)
        if !configuration.skipTSNE {
            let mapped = mapRows.map { features.matrix.selecting(rows: $0) } ?? features.matrix
            embedding = try stopwatch.stage("Mapped \(mapped.rows) buyers with t-SNE") {
                try TSNE(configuration.tsne).fit(mapped, logger: logger)
            }
        }
        var analyses = ReportAnalyses(
            exploration: exploration, features: features, embedding: embedding, search: search, segmentation: profile,
            quoteBasis: drift.flatMap(QuoteBasis.init), drift: drift)
        analyses.embeddingRows = mapRows
        if mapRows != nil, let approximation = scale.mapApproximation(rows: features.matrix.rows) {
            analyses.search?.approximations.append(approximation)
        }
        return analyses
    }

    /// Today's buyers assigned with a previous delivery's model, against today's segments;
    /// `nil` (with a warning) when no segmentation was made today.
    /// - Throws: `ModelFile.Failure` naming the file when the model cannot score these buyers.
    private func compare(
        _ analyses: ReportAnalyses, with model: SegmentationModel, file: String, ids: Interner, stopwatch: Stopwatch,
        logger: Logger
    ) throws -> PreviousDelivery? {
        guard let chosen = analyses.search?.chosen, let profile = analyses.segmentation else {
            logger.warning("no segmentation today: the comparison with \(file) is left out")
            return nil
        }
        return try stopwatch.stage("Compared \(chosen.labels.count) buyers with the previous model \(file)") {
            let buyers = analyses.exploration.buyers
            let old: [Int]
            do {
                old = try model.assign(model.featureRows(buyers), ids: buyers.buyer.map { ids[$0] })
            } catch {
                throw ModelFile.Failure(path: file, problem: "cannot assign today's buyers: \(error)")
            }
            let row = Dictionary(buyers.buyer.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let aligned = chosen.features.buyers.map { row[$0].map { old[$0] } ?? -1 }
            let transition = try SegmentTransition(old: aligned, new: chosen.labels)
            logger.info("Previous model: ARI \(String(format: "%.3f", transition.ari)) with today's segments")
            return PreviousDelivery(
                file: file, model: model, transition: transition, newNames: profile.segments.map(\.name.identifier))
        }
    }

    /// The model search stage, with progress and the time left on stderr; `nil` when there are
    /// too few buyers for the largest k (the pages then say that no segmentation was made).
    private func searchModels(
        _ exploration: EDAResult, configuration: ModelSearch.Configuration, stopwatch: Stopwatch, logger: Logger
    ) throws -> ModelSearchResult? {
        let search = ModelSearch(configuration)
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
    private func load(
        rules: PlausibilityRules, transactions: TransactionSettings, words: Catalogue, stopwatch: Stopwatch, logger: Logger
    ) throws -> (OlistDataset, String) {
        if let file = transactions.file {
            let mapping = transactions.mapping
            let dataset = try stopwatch.stage("Loaded the transaction log \(file)") {
                try OlistDataset.load(transactions: file, mapping: mapping, logger: logger, rules: rules)
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
        let origin = words.syntheticOrigin(buyers: synthetic.buyers, seed: synthetic.seed)
        let dataset = try stopwatch.stage("Loaded the synthetic dataset") {
            try OlistDataset.load(files: files, origin: origin, logger: logger, rules: rules)
        }
        return (dataset, origin)
    }

    /// The configuration shown on the overview page.
    private func settings(
        origin: String, embedding: TSNEResult?, configuration: ReportConfiguration, analyses: ReportAnalyses,
        words: Catalogue
    ) -> [ReportRequest.Setting] {
        let logFile = configuration.transactions.file
        var settings: [ReportRequest.Setting] = [
            .init(key: "input", value: data ?? logFile ?? origin),
            .init(key: "language", value: words.language.code),
            .init(key: "seed", value: String(synthetic.seed)),
            .init(key: "config", value: config ?? words("setting.config.none")),
        ]
        settings += configuration.settingLines().map { line in
            guard line.key == "features", !analyses.unavailableFeatureSets.isEmpty else {
                return ReportRequest.Setting(key: line.key, value: line.value)
            }
            let names = configuration.search.featureSets.map(\.name)
            return ReportRequest.Setting(key: line.key, value: words.featureSetsSetting(names, unavailable: analyses.unavailableFeatureSets))
        }
        settings.append(.init(key: "tsne", value: words.tsneSetting(embedding)))
        if logFile != nil { settings.append(.init(key: "mapping", value: TransactionOptions.summary(configuration.transactions))) }
        if data == nil && logFile == nil {
            settings.append(.init(key: "catalogue", value: synthetic.catalogueDirectory?.path ?? words.builtInCatalogueSetting))
        }
        if let templates { settings.append(.init(key: "templates", value: templates)) }
        return settings
    }
}

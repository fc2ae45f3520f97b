import Foundation
import SegmentsAnalytics
import SegmentsCharts
import Yams

extension ReportConfiguration {
    /// The top-level keys of the file.
    static let keys = ["title", "language", "rfm", "feature_sets", "segmentation", "tsne", "drift", "quote", "transactions"]

    /// Reads a configuration file.
    /// - Parameters:
    ///   - path: the file, as given on the command line (errors name it so).
    ///   - languages: the language codes a catalogue exists for.
    /// - Returns: the defaults overridden by what the file says.
    /// - Throws: `ConfigurationError` for an unreadable file, a YAML syntax error, an unknown
    ///   key, a wrong type or a value out of range, positioned at the offending node.
    public static func load(file path: String, languages: [String]) throws(ConfigurationError) -> ReportConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, line: 0, column: 0, key: "(file)", message: "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: path, line: 0, column: 0, key: "(file)", message: "expected UTF-8 text")
        }
        return try parse(text, file: path, languages: languages)
    }

    /// Reads configuration text.
    /// - Parameters:
    ///   - yaml: the YAML document.
    ///   - file: the name used in errors.
    ///   - languages: the language codes a catalogue exists for.
    /// - Complexity: O(length of the text).
    public static func parse(
        _ yaml: String, file: String, languages: [String]
    ) throws(ConfigurationError) -> ReportConfiguration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw ConfigurationError(file: file, line: 0, column: 0, key: "(syntax)", message: "\(error)")
        }
        var configuration = ReportConfiguration()
        guard let root else { return configuration }
        try configuration.read(ConfigurationNode(node: root, path: "", file: file), languages: languages)
        return configuration
    }

    /// libyaml's error, positioned.
    static func syntaxError(_ error: YamlError, file: String) -> ConfigurationError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ConfigurationError(file: file, line: mark.line, column: mark.column, key: "(syntax)", message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // A key that is empty text, or not text (Yams names it `<uncovertable>`), cannot be
            // the error's key (found by the config fuzz target: the key used to be empty).
            let names = duplicates.sorted()
            let named = !names.isEmpty && names.allSatisfy { !$0.isEmpty && $0 != "<uncovertable>" }
            return ConfigurationError(
                file: file, line: context.mark.line, column: context.mark.column,
                key: named ? names.joined(separator: ", ") : "(syntax)",
                message: named ? "given twice in the same mapping" : "a key given twice in the same mapping (an empty or non-text key)")
        default:
            return ConfigurationError(file: file, line: 0, column: 0, key: "(syntax)", message: "not valid YAML: \(error)")
        }
    }

    private mutating func read(_ root: ConfigurationNode, languages: [String]) throws(ConfigurationError) {
        let fields = try root.mapping(Self.keys)
        if let node = fields["title"] { title = try node.string() }
        if let node = fields["language"] {
            language = try node.choice(languages)
        }
        if let node = fields["rfm"], let date = try node.mapping(["reference_date"])["reference_date"] {
            rfmReferenceDate = try date.date()
        }
        if let node = fields["feature_sets"] { search.featureSets = try Self.featureSets(node) }
        if let node = fields["segmentation"] { try readSegmentation(node) }
        if let node = fields["tsne"] { try readTSNE(node) }
        if let node = fields["drift"] { try drift.read(node, previousModel: &previousModel) }
        if let node = fields["quote"] { try quote.read(node) }
        if let node = fields["transactions"] { try transactions.read(node) }
    }

    /// `feature_sets`: built-in names or `{name, features}` mappings.
    static func featureSets(_ node: ConfigurationNode) throws(ConfigurationError) -> [FeatureSet] {
        let items = try node.sequence("feature sets")
        guard !items.isEmpty else { throw node.error("expected at least one feature set") }
        var sets: [FeatureSet] = []
        for item in items {
            let set: FeatureSet
            if case .scalar = item.node {
                let name = try item.string()
                guard let builtIn = FeatureSet.named(name) else {
                    throw item.error("expected a built-in feature set (\(FeatureSet.builtIn.map(\.name).joined(separator: ", "))) or a mapping with name and features, found \(item.found)")
                }
                set = builtIn
            } else {
                let fields = try item.mapping(["name", "features"])
                guard let nameNode = fields["name"] else { throw item.error("expected a name") }
                guard let featuresNode = fields["features"] else { throw item.error("expected features") }
                let name = try nameNode.string()
                guard name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
                    throw nameNode.error("expected a name of lowercase letters, digits and _, found \(nameNode.found)")
                }
                let featureItems = try featuresNode.sequence("features")
                guard !featureItems.isEmpty else { throw featuresNode.error("expected at least one feature") }
                var features: [BuyerFeature] = []
                for featureNode in featureItems {
                    let feature = BuyerFeature(rawValue: try featureNode.choice(BuyerFeature.allCases.map(\.rawValue)))!
                    guard !features.contains(feature) else { throw featureNode.error("feature given twice") }
                    features.append(feature)
                }
                set = FeatureSet(name: name, features: features)
            }
            guard !sets.contains(where: { $0.name == set.name }) else {
                throw item.error("expected distinct feature set names; \(set.name) is given twice")
            }
            sets.append(set)
        }
        return sets
    }

    /// A `{min, max}` range of whole numbers.
    static func range(_ node: ConfigurationNode, within bounds: ClosedRange<Int>, default current: ClosedRange<Int>) throws(ConfigurationError) -> ClosedRange<Int> {
        let fields = try node.mapping(["min", "max"])
        let low = try fields["min"]?.int(bounds) ?? current.lowerBound
        let high = try fields["max"]?.int(bounds) ?? current.upperBound
        guard low <= high else {
            throw (fields["max"] ?? fields["min"] ?? node).error("expected min ≤ max, found min \(low) and max \(high)")
        }
        return low...high
    }

    private mutating func readSegmentation(_ node: ConfigurationNode) throws(ConfigurationError) {
        let fields = try node.mapping(["k", "algorithms", "kmeans_restarts", "dbscan", "selection"])
        if let k = fields["k"] { search.clusterCounts = try Self.range(k, within: 2...100, default: search.clusterCounts) }
        if let list = fields["algorithms"] {
            let items = try list.sequence("algorithms")
            guard !items.isEmpty else { throw list.error("expected at least one algorithm") }
            var algorithms: [ModelAlgorithm] = []
            for item in items {
                let algorithm = ModelAlgorithm(rawValue: try item.choice(ModelAlgorithm.allCases.map(\.rawValue)))!
                guard !algorithms.contains(algorithm) else { throw item.error("algorithm given twice") }
                algorithms.append(algorithm)
            }
            search.algorithms = algorithms
        }
        if let restarts = fields["kmeans_restarts"] { search.kmeansRestarts = try restarts.int(1...1_000) }
        if let dbscan = fields["dbscan"] { try readDBSCAN(dbscan) }
        if let selection = fields["selection"] { try readSelection(selection) }
    }

    private mutating func readDBSCAN(_ node: ConfigurationNode) throws(ConfigurationError) {
        let fields = try node.mapping(["min_samples", "eps", "eps_factors"])
        if let minSamples = fields["min_samples"] {
            if case .scalar(let scalar) = minSamples.node, scalar.string == "auto" {
                search.dbscanMinSamples = nil
            } else {
                search.dbscanMinSamples = try minSamples.int(2...10_000)
            }
        }
        var factors: [Double]?
        if let node = fields["eps_factors"] {
            let items = try node.sequence("factors")
            guard !items.isEmpty else { throw node.error("expected at least one factor") }
            var values: [Double] = []
            for item in items { values.append(try item.double(0.01...100, what: "a factor")) }
            factors = values
        }
        if let eps = fields["eps"] {
            if case .scalar = eps.node {
                guard (try? eps.choice(["knee"])) != nil else {
                    throw eps.error("expected knee or a list of radii > 0, found \(eps.found)")
                }
                search.dbscanEps = .knee(factors: factors ?? [0.8, 1, 1.25])
            } else {
                if let node = fields["eps_factors"] { throw node.error("expected no factors when eps lists the radii") }
                let items = try eps.sequence("radii")
                guard !items.isEmpty else { throw eps.error("expected at least one radius") }
                var values: [Double] = []
                for item in items {
                    let radius = try item.double(0...1e6, what: "a radius")
                    guard radius > 0 else { throw item.error("expected a radius > 0, found 0") }
                    values.append(radius)
                }
                search.dbscanEps = .values(values)
            }
        } else if let factors {
            search.dbscanEps = .knee(factors: factors)
        }
    }

    private mutating func readSelection(_ node: ConfigurationNode) throws(ConfigurationError) {
        let fields = try node.mapping(["clusters", "min_cluster_share", "max_noise_share", "model"])
        if let clusters = fields["clusters"] {
            search.selection.clusterRange = try Self.range(clusters, within: 2...100, default: search.selection.clusterRange)
        }
        if let share = fields["min_cluster_share"] { search.selection.minClusterShare = try share.double(0...1, what: "a share") }
        if let share = fields["max_noise_share"] { search.selection.maxNoiseShare = try share.double(0...1, what: "a share") }
        if let model = fields["model"] {
            let parts = try model.mapping(["feature_set", "algorithm", "k"])
            guard let setNode = parts["feature_set"], let algorithmNode = parts["algorithm"], let kNode = parts["k"] else {
                throw model.error("expected feature_set, algorithm and k")
            }
            let featureSet = try setNode.choice(search.featureSets.map(\.name))
            let algorithm = ModelAlgorithm(rawValue: try algorithmNode.choice(search.algorithms.map(\.rawValue)))!
            let k = try kNode.int(algorithm == .dbscan ? 1...100 : search.clusterCounts)
            search.selection.explicit = .init(featureSet: featureSet, algorithm: algorithm, k: k)
        }
    }

    private mutating func readTSNE(_ node: ConfigurationNode) throws(ConfigurationError) {
        let fields = try node.mapping(["skip", "perplexity", "iterations", "early_exaggeration_iterations"])
        if let skip = fields["skip"] { skipTSNE = try skip.bool() }
        if let perplexity = fields["perplexity"] { tsne.perplexity = try perplexity.double(2...500) }
        if let iterations = fields["iterations"] { tsne.iterations = try iterations.int(0...100_000) }
        if let early = fields["early_exaggeration_iterations"] { tsne.earlyExaggerationIterations = try early.int(0...100_000) }
    }
}

extension DriftConfiguration {
    /// Reads the `drift` section; `previous_model` goes to `previousModel`.
    mutating func read(_ node: ConfigurationNode, previousModel: inout String?) throws(ConfigurationError) {
        let fields = try node.mapping(["initial_months", "step", "starts", "start_spacing_months", "threshold", "previous_model"])
        if let value = fields["initial_months"] { initialMonths = try value.int(1...600) }
        if let value = fields["step"] { step = Step(rawValue: try value.choice(["monthly", "biweekly", "weekly"]))! }
        if let value = fields["starts"] { starts = try value.int(1...24) }
        if let value = fields["start_spacing_months"] { startSpacingMonths = try value.int(1...24) }
        if let value = fields["threshold"] {
            threshold = try value.double(0...1, what: "an ARI")
            guard threshold > 0 else { throw value.error("expected an ARI above 0, found 0") }
        }
        if let value = fields["previous_model"] {
            let path = try value.string()
            let folder = URL(fileURLWithPath: node.file).deletingLastPathComponent()
            previousModel = path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path
        }
    }
}

extension QuoteSettings {
    mutating func read(_ node: ConfigurationNode) throws(ConfigurationError) {
        let fields = try node.mapping([
            "client", "provider", "number", "currency", "currency_symbol", "day_rate", "days", "monthly_fee", "tax_rate",
            "validity_days",
        ])
        if let value = fields["client"] { client = try value.string() }
        if let value = fields["provider"] { provider = try value.string() }
        if let value = fields["number"] { number = try value.string() }
        if let value = fields["currency"] {
            currency = try value.currencyCode()
        }
        if let value = fields["currency_symbol"] { currencySymbol = try value.string() }
        if let value = fields["day_rate"] { dayRate = try value.double(0...1e9, what: "an amount") }
        if let value = fields["days"] {
            let tasks = try value.mapping(["data_refresh", "retraining", "checks", "report"])
            if let day = tasks["data_refresh"] { days.dataRefresh = try day.double(0...365, what: "a number of days") }
            if let day = tasks["retraining"] { days.retraining = try day.double(0...365, what: "a number of days") }
            if let day = tasks["checks"] { days.checks = try day.double(0...365, what: "a number of days") }
            if let day = tasks["report"] { days.report = try day.double(0...365, what: "a number of days") }
        }
        if let value = fields["monthly_fee"] { monthlyFee = try value.double(0...1e9, what: "an amount") }
        if let value = fields["tax_rate"] { taxRate = try value.double(0...1, what: "a rate") }
        if let value = fields["validity_days"] { validityDays = try value.int(1...3_650) }
    }
}

import Foundation
import SegmentsAnalytics
import SegmentsConfiguration
import SegmentsReport
import Testing

@Suite("configuration file")
struct ConfigurationTests {
    /// The repository root, two folders above this file's folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func parse(_ yaml: String) throws(ConfigurationError) -> ReportConfiguration {
        try ReportConfiguration.parse(yaml, file: "c.yaml", languages: ["en", "fr"])
    }

    /// The error `yaml` gives, as printed.
    func failure(_ yaml: String) -> String? {
        do {
            _ = try parse(yaml)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("no file and an empty file give the defaults")
    func defaults() throws {
        #expect(try parse("") == ReportConfiguration())
        #expect(try parse("# nothing\n") == ReportConfiguration())
        let configuration = ReportConfiguration()
        #expect(configuration.search == ModelSearch.Configuration())
        #expect(configuration.quote.symbol == "R$")
        #expect(configuration.drift.threshold == 0.8)
    }

    @Test("the example file parses and says what the defaults are, plus its own feature set")
    func exampleParses() throws {
        let path = Self.root.appendingPathComponent("segments.example.yaml").path
        let configuration = try ReportConfiguration.load(file: path, languages: ["en", "fr"])
        #expect(configuration.title == "Olist buyers — quarterly segmentation")
        #expect(configuration.language == "en")
        #expect(configuration.rfmReferenceDate?.description == "2018-09-01")
        #expect(configuration.search.featureSets.map(\.name) == ["rfm", "rfm_satisfaction", "full", "rfm_delivery"])
        #expect(configuration.search.featureSets[3].features == [.recency, .frequency, .monetary, .deliveryDelay])
        var expected = ModelSearch.Configuration()
        expected.featureSets = configuration.search.featureSets
        #expect(configuration.search == expected)
        #expect(configuration.tsne == TSNE.Configuration())
        #expect(configuration.drift == DriftConfiguration())
        #expect(configuration.quote == QuoteSettings())
    }

    @Test("every section is read")
    func sections() throws {
        let configuration = try parse("""
            language: fr
            segmentation:
              k: {min: 3, max: 6}
              algorithms: [kmeans, dbscan]
              kmeans_restarts: 4
              dbscan: {min_samples: 7, eps: [0.25, 0.5]}
              selection:
                clusters: {min: 3, max: 5}
                min_cluster_share: 0.05
                max_noise_share: 0
                model: {feature_set: rfm, algorithm: kmeans, k: 4}
            tsne: {skip: true, perplexity: 12.5, iterations: 300}
            drift: {initial_months: 6, step: weekly, starts: 2, start_spacing_months: 2, threshold: 0.7}
            quote:
              client: "ACME <Ltd>"
              currency: EUR
              day_rate: 850.5
              days: {retraining: 2}
              monthly_fee: 120
              tax_rate: 0.2
              validity_days: 45
            """)
        #expect(configuration.language == "fr")
        #expect(configuration.search.clusterCounts == 3...6)
        #expect(configuration.search.algorithms == [.kmeans, .dbscan])
        #expect(configuration.search.kmeansRestarts == 4)
        #expect(configuration.search.dbscanMinSamples == 7)
        #expect(configuration.search.dbscanEps == .values([0.25, 0.5]))
        #expect(configuration.search.selection.clusterRange == 3...5)
        #expect(configuration.search.selection.minClusterShare == 0.05)
        #expect(configuration.search.selection.maxNoiseShare == 0)
        #expect(configuration.search.selection.explicit == .init(featureSet: "rfm", algorithm: .kmeans, k: 4))
        #expect(configuration.skipTSNE && configuration.tsne.perplexity == 12.5 && configuration.tsne.iterations == 300)
        #expect(configuration.drift == DriftConfiguration(initialMonths: 6, step: .weekly, starts: 2, startSpacingMonths: 2, threshold: 0.7))
        #expect(configuration.quote.client == "ACME <Ltd>")
        #expect(configuration.quote.symbol == "€")
        #expect(configuration.quote.dayRate == 850.5)
        #expect(configuration.quote.days == .init(dataRefresh: 0.5, retraining: 2, checks: 0.5, report: 1))
        #expect(configuration.quote.monthlyFee == 120)
        #expect(configuration.quote.validityDays == 45)
    }

    @Test(
        "each kind of error says file:line:column: key: what was expected",
        arguments: [
            // Unknown keys, at the top and nested.
            ("colour: red\n", "c.yaml:1:1: colour: unknown key; expected one of title, language, rfm"),
            // The whole document (found by the config fuzz target: the key used to be empty).
            ("- a\n- b\n", "c.yaml:1:1: (document): expected a mapping with keys title, language"),
            ("quote:\n  client: A\n  dayrate: 5\n", "c.yaml:3:3: quote.dayrate: unknown key; expected one of client"),
            // Wrong types.
            ("segmentation:\n  k: {min: 2, max: ten}\n", "c.yaml:2:20: segmentation.k.max: expected a whole number from 2 to 100, found \"ten\""),
            ("tsne:\n  skip: maybe\n", "c.yaml:2:9: tsne.skip: expected true or false, found \"maybe\""),
            ("quote: 12\n", "c.yaml:1:8: quote: expected a mapping with keys client"),
            ("feature_sets: rfm\n", "c.yaml:1:15: feature_sets: expected a list of feature sets, found \"rfm\""),
            ("segmentation:\n  kmeans_restarts: \"5\"\n", "c.yaml:2:20: segmentation.kmeans_restarts: expected a whole number from 1 to 1000, found \"5\""),
            // Out of range.
            ("drift:\n  threshold: 1.5\n", "c.yaml:2:14: drift.threshold: expected an ARI from 0 to 1, found 1.5"),
            ("quote:\n  tax_rate: -0.1\n", "c.yaml:2:13: quote.tax_rate: expected a rate from 0 to 1, found -0.1"),
            ("segmentation:\n  k: {min: 8, max: 4}\n", "c.yaml:2:20: segmentation.k.max: expected min ≤ max, found min 8 and max 4"),
            ("segmentation:\n  k: {min: 1}\n", "c.yaml:2:12: segmentation.k.min: expected a whole number from 2 to 100, found 1"),
            // Unknown names.
            ("language: de\n", "c.yaml:1:11: language: expected one of en, fr, found \"de\""),
            ("drift:\n  step: daily\n", "c.yaml:2:9: drift.step: expected one of monthly, biweekly, weekly, found \"daily\""),
            ("feature_sets:\n  - name: mine\n    features: [recency, colour]\n", "c.yaml:3:25: feature_sets[0].features[1]: expected one of recency, frequency"),
            ("feature_sets: [rfm, rfm]\n", "c.yaml:1:21: feature_sets[1]: expected distinct feature set names; rfm is given twice"),
            ("segmentation:\n  selection:\n    model: {feature_set: nope, algorithm: kmeans, k: 4}\n", "c.yaml:3:26: segmentation.selection.model.feature_set: expected one of rfm, rfm_satisfaction, full, found \"nope\""),
            ("rfm:\n  reference_date: 2018-02-30\n", "c.yaml:2:19: rfm.reference_date: expected a date as YYYY-MM-DD, found \"2018-02-30\""),
            ("quote:\n  currency: euro\n", "c.yaml:2:13: quote.currency: expected an ISO 4217 code of three capital letters"),
            ("transactions:\n  currency: Euro\n", "c.yaml:2:13: transactions.currency: expected an ISO 4217 code of three capital letters"),
            ("transactions:\n  date_format: dd/MM/yy\n", "c.yaml:2:16: transactions.date_format: expected iso8601 or a pattern"),
            ("transactions:\n  delimiter: pipe\n", "c.yaml:2:14: transactions.delimiter: expected one of comma, semicolon, tab, auto"),
            ("transactions:\n  decimal_comma: yes please\n", "c.yaml:2:18: transactions.decimal_comma: expected true or false"),
            // Duplicates and syntax.
            ("title: a\ntitle: b\n", "c.yaml:1:1: title: given twice in the same mapping"),
            // Found by the config fuzz target: an empty or non-text key given twice had an empty key.
            ("{\"\": 1, \"\": 2}\n", "c.yaml:1:2: (syntax): a key given twice in the same mapping (an empty or non-text key)"),
            ("{[a]: 1, [a]: 2}\n", "c.yaml:1:2: (syntax): a key given twice in the same mapping"),
            ("quote: {client: [\n", "c.yaml:2:1: (syntax): not valid YAML"),
        ])
    func errors(yaml: String, expected: String) throws {
        let message = try #require(failure(yaml))
        #expect(message.hasPrefix(expected), "\(message)")
    }

    @Test("the quote section's defaults are the report's quote terms")
    func quoteDefaults() {
        let settings = QuoteSettings()
        let terms = MaintenanceQuote.Terms()
        #expect(settings.client == terms.client && settings.provider == terms.provider && settings.number == terms.number)
        #expect(settings.currency == terms.currency.code && settings.symbol == terms.currency.symbol)
        #expect(settings.dayRate == terms.dayRate && settings.monthlyFee == terms.monthlyFee)
        #expect(settings.taxRate == terms.taxRate && settings.validityDays == terms.validityDays)
        #expect(
            [settings.days.dataRefresh, settings.days.retraining, settings.days.checks, settings.days.report]
                == MaintenanceQuote.Task.allCases.map { terms.days[$0] })
    }

    @Test("an unreadable file names it")
    func missingFile() {
        #expect(throws: ConfigurationError.self) { try ReportConfiguration.load(file: "/nonexistent/c.yaml", languages: ["en"]) }
        do {
            _ = try ReportConfiguration.load(file: "/nonexistent/c.yaml", languages: ["en"])
        } catch {
            #expect(error.description == "/nonexistent/c.yaml:0:0: (file): cannot read the configuration file")
        }
    }

    @Test("results.json's configuration has the file's shape")
    func document() throws {
        let configuration = try parse("segmentation:\n  dbscan: {eps: knee, eps_factors: [1]}\nquote: {monthly_fee: 50}\n")
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(configuration.document(file: "c.yaml")), as: UTF8.self)
        #expect(json.contains("\"eps\":\"knee\",\"eps_factors\":[1]"))
        #expect(json.contains("\"monthly_fee\":50"))
        #expect(json.contains("\"day_rate\":4000"))
        #expect(json.contains("\"file\":\"c.yaml\""))
        let lines = configuration.settingLines()
        #expect(lines.first { $0.key == "dbscan" }?.value == "min_samples auto, eps knee × 1")
    }

    @Test("drift.previous_model is resolved against the file's folder")
    func previousModel() throws {
        let relative = try ReportConfiguration.parse("drift: {previous_model: old/data/model.json}\n", file: "/conf/c.yaml", languages: ["en"])
        #expect(relative.previousModel == "/conf/old/data/model.json")
        #expect(relative.settingLines().first { $0.key == "drift" }?.value.hasSuffix(", previous_model /conf/old/data/model.json") == true)
        let absolute = try ReportConfiguration.parse("drift: {previous_model: /m.json}\n", file: "/conf/c.yaml", languages: ["en"])
        #expect(absolute.previousModel == "/m.json")
        #expect(try parse("").previousModel == nil)
    }
}

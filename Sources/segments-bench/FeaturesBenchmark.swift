import Foundation
import Logging
import SegmentsAnalytics
import SegmentsLoading
import SegmentsReport

/// `segments-bench features DIR OUT.csv [SET]`: loads an Olist folder, builds the buyer
/// feature matrix of SET (default `full`) and writes it as `data/features.csv` does: the
/// input of the clustering and t-SNE benchmarks. Prints the timings as JSON.
enum FeaturesBenchmark {
    static let usage = "DIR OUT.csv [rfm|rfm_satisfaction|full]"

    static func run(_ arguments: [String]) throws {
        guard arguments.count >= 2 else { throw BenchmarkError.usage(usage) }
        let name = arguments.count > 2 ? arguments[2] : FeatureSet.full.name
        guard let set = FeatureSet.named(name) else { throw BenchmarkError.usage(usage) }
        let logger = Logger(label: "segments-bench") { _ in SwiftLogNoOpLogHandler() }
        let clock = ContinuousClock()
        let start = clock.now
        let dataset = try OlistDataset.load(directory: URL(fileURLWithPath: arguments[0]), logger: logger)
        let loaded = clock.now
        let summary = BuyerSummary(dataset, orders: OrderSummary(dataset))
        let features = FeatureMatrix(summary, featureSet: set)
        let built = clock.now
        let bytes = FeaturesExport.csv(features, buyers: dataset.buyers)
        try Data(bytes).write(to: URL(fileURLWithPath: arguments[1]))
        func seconds(_ d: Duration) -> String { String(format: "%.4f", BenchmarkSupport.seconds(d)) }
        print(
            "{\"benchmark\": \"features\", \"rows\": \(features.matrix.rows), \"cols\": \(features.matrix.cols), "
                + "\"load_seconds\": \(seconds(loaded - start)), \"features_seconds\": \(seconds(built - loaded))}")
    }
}

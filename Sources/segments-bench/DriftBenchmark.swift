import Foundation
import Logging
import SegmentsAnalytics
import SegmentsLoading

/// `segments-bench drift DIR [--algorithm ward] [--k 3] [--features rfm_satisfaction]
/// [--sample 5000] [--restarts 10]`: loads an Olist folder, then times the drift analysis of
/// one model (default Ward k=3 on `rfm_satisfaction`, the full-scale choice) and prints the
/// seconds, the interval, the floor and the median curve as JSON.
enum DriftBenchmark {
    static let usage = "DIR [--algorithm ward|kmeans|dbscan] [--k 3] [--features NAME] [--sample 5000] [--restarts 10]"

    static func run(_ arguments: [String]) throws {
        guard let directory = arguments.first else { throw BenchmarkError.usage(usage) }
        var options: [String: String] = [:]
        var index = 1
        while index + 1 < arguments.count {
            options[arguments[index]] = arguments[index + 1]
            index += 2
        }
        let logger = Logger(label: "segments-bench") { _ in SwiftLogNoOpLogHandler() }
        let dataset = try OlistDataset.load(directory: URL(fileURLWithPath: directory), logger: logger)
        let orders = OrderSummary(dataset)
        guard let set = FeatureSet.named(options["--features"] ?? "rfm_satisfaction"),
            let algorithm = ModelAlgorithm(rawValue: options["--algorithm"] ?? "ward")
        else { throw BenchmarkError.usage(usage) }
        let model = DriftModel(featureSet: set, algorithm: algorithm, clusterCount: Int(options["--k"] ?? "3") ?? 3)
        var configuration = DriftConfiguration(seed: 1)
        configuration.sampleSize = Int(options["--sample"] ?? "") ?? configuration.sampleSize
        configuration.kmeansRestarts = Int(options["--restarts"] ?? "") ?? configuration.kmeansRestarts
        let clock = ContinuousClock()
        let start = clock.now
        let result = try DriftAnalysis(model: model, configuration: configuration).run(dataset, orders: orders, logger: logger)
        let seconds = BenchmarkSupport.seconds(clock.now - start)
        let curve = result.curve.map { String(format: "[%.3f, %.3f]", $0.median, $0.floor) }.joined(separator: ", ")
        print(
            "{\"benchmark\": \"drift\", \"algorithm\": \"\(algorithm.rawValue)\", \"sample\": \(configuration.sampleSize), "
                + "\"seconds\": \(String(format: "%.3f", seconds)), \"interval_days\": \(result.interval?.days ?? -1), "
                + "\"lower_bound\": \(result.interval?.isLowerBound ?? false), \"floor_median\": \(String(format: "%.3f", result.medianFloor)), "
                + "\"median_and_floor\": [\(curve)]}")
    }
}

import Foundation
import Logging
import SegmentsAnalytics
import SegmentsLoading

/// `segments-bench eda DIR [RUNS]`: loads an Olist folder once, then runs the exploratory
/// analysis (per-order and per-buyer aggregates, indicators, distributions, RFM) RUNS times
/// (default 5) and prints the wall times as JSON.
enum EDABenchmark {
    static let usage = "DIR [RUNS]"

    static func run(_ arguments: [String]) throws {
        guard let directory = arguments.first else { throw BenchmarkError.usage(usage) }
        let runs = arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5
        let logger = Logger(label: "segments-bench") { _ in SwiftLogNoOpLogHandler() }
        let dataset = try OlistDataset.load(directory: URL(fileURLWithPath: directory), logger: logger)
        let clock = ContinuousClock()
        var seconds: [Double] = []
        var result: EDAResult?
        for _ in 0..<max(1, runs) {
            let start = clock.now
            result = ExploratoryAnalysis().run(dataset, logger: logger)
            let elapsed = clock.now - start
            seconds.append(BenchmarkSupport.seconds(elapsed))
        }
        let times = seconds.map { String(format: "%.4f", $0) }.joined(separator: ", ")
        print(
            "{\"benchmark\": \"eda\", \"directory\": \"\(directory)\", \"orders\": \(dataset.orders.count), "
                + "\"buyers\": \(result!.indicators.buyers), \"best_seconds\": \(String(format: "%.4f", seconds.min()!)), "
                + "\"seconds\": [\(times)]}")
    }
}

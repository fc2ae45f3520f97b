import Foundation
import Logging
import SegmentsLoading

/// `segments-bench load DIR [RUNS]`: loads an Olist folder RUNS times (default 5) and prints
/// the wall and CPU (user + system, all threads) times and the row counts as JSON.
enum LoadBenchmark {
    static let usage = "DIR [RUNS]"

    static func run(_ arguments: [String]) throws {
        guard let directory = arguments.first else { throw BenchmarkError.usage(usage) }
        let runs = arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5
        let logger = Logger(label: "segments-bench") { _ in SwiftLogNoOpLogHandler() }
        let clock = ContinuousClock()
        var seconds: [Double] = []
        var cpuSeconds: [Double] = []
        var dataset: OlistDataset?
        for _ in 0..<max(1, runs) {
            let cpuStart = processCPUSeconds()
            let start = clock.now
            dataset = try OlistDataset.load(directory: URL(fileURLWithPath: directory), logger: logger)
            let elapsed = clock.now - start
            seconds.append(BenchmarkSupport.seconds(elapsed))
            cpuSeconds.append(processCPUSeconds() - cpuStart)
        }
        let rows = dataset!.provenance.map { "\"\($0.file)\": \($0.rows)" }.joined(separator: ", ")
        let bytes = dataset!.provenance.reduce(0) { $0 + $1.byteCount }
        func list(_ values: [Double]) -> String { values.map { String(format: "%.4f", $0) }.joined(separator: ", ") }
        print(
            "{\"benchmark\": \"load\", \"directory\": \"\(directory)\", \"bytes\": \(bytes), "
                + "\"best_seconds\": \(String(format: "%.4f", seconds.min()!)), \"seconds\": [\(list(seconds))], "
                + "\"best_cpu_seconds\": \(String(format: "%.4f", cpuSeconds.min()!)), \"cpu_seconds\": [\(list(cpuSeconds))], "
                + "\"rows\": {\(rows)}}")
    }

    /// User + system CPU time of the whole process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

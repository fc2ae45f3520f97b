// Benchmark driver: `segments-bench NAME ARGS…`. Each benchmark lives in its own file and
// registers here; results are printed to stdout as one JSON object.
import Foundation

let benchmarks: [String: (usage: String, run: ([String]) throws -> Void)] = [
    "load": (LoadBenchmark.usage, LoadBenchmark.run),
    "features": (FeaturesBenchmark.usage, FeaturesBenchmark.run),
    "clustering": (ClusteringBenchmark.usage, ClusteringBenchmark.run),
    "tsne": (TSNEBenchmark.usage, TSNEBenchmark.run),
    "sha256": (ChecksumBenchmark.usage, ChecksumBenchmark.run),
    "eda": (EDABenchmark.usage, EDABenchmark.run),
    "transactions": (TransactionsBenchmark.usage, TransactionsBenchmark.run),
    "drift": (DriftBenchmark.usage, DriftBenchmark.run),
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks[name] else {
    let usages = benchmarks.keys.sorted().map { "  segments-bench \($0) \(benchmarks[$0]!.usage)" }
    FileHandle.standardError.write(Data(("usage:\n" + usages.joined(separator: "\n") + "\n").utf8))
    exit(2)
}
do {
    try benchmark.run(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("segments-bench \(name): \(error)\n".utf8))
    exit(1)
}

import Foundation

// segments-bench NAME ARGS...: runs one benchmark and prints its figures as JSON on stdout.
let benchmarks: [String: ([String]) throws -> Void] = [
    "clustering": ClusteringBenchmark.run,
    "tsne": TSNEBenchmark.run,
]
let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks[name] else {
    let names = benchmarks.keys.sorted().joined(separator: "|")
    FileHandle.standardError.write(Data("usage: segments-bench \(names) ARGS...\n".utf8))
    exit(2)
}
do {
    try benchmark(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("segments-bench: \(error)\n".utf8))
    exit(1)
}

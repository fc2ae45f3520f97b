import Foundation
import SegmentsAnalytics

/// `segments-bench tsne MATRIX.csv [--method auto|bh|fft] [--early-iterations N]
/// [--iterations N] [--seed S] [--embedding OUT.csv]`: runs our
/// t-SNE with the default configuration on a feature matrix (header row, first column an
/// id, the rest numbers: the report's data/features.csv) and prints JSON: wall time of the
/// fit, peak memory (VmHWM), final KL divergence and 10-NN preservation on 5,000 evenly
/// spaced rows (the sample scripts/bench_tsne.py uses for openTSNE). Progress goes to stderr.
enum TSNEBenchmark {
    static let usage = "MATRIX.csv [--method auto|bh|fft] [--early-iterations N] [--iterations N] [--seed S] [--embedding OUT.csv]"
    struct Report: Encodable {
        var rows: Int
        var cols: Int
        var method: String
        var perplexity: Double
        var iterations: Int
        var wall_seconds: Double
        var peak_memory_mib: Double
        var kl_divergence: Double
        var preservation: Double
        var timings: [String: Double]
    }

    static func run(_ arguments: [String]) throws {
        guard let path = arguments.first else { throw BenchmarkError.usage("segments-bench tsne MATRIX.csv") }
        var configuration = TSNE.Configuration()
        var embeddingPath: String?
        var rest = arguments.dropFirst()
        while let option = rest.popFirst() {
            switch (option, rest.popFirst()) {
            case ("--method", "bh"): configuration.method = .barnesHut
            case ("--method", "fft"): configuration.method = .interpolation
            case ("--method", "auto"): configuration.method = .auto
            case ("--embedding", let value?): embeddingPath = value
            case ("--early-iterations", let value?): configuration.earlyExaggerationIterations = Int(value) ?? -1
            case ("--iterations", let value?): configuration.iterations = Int(value) ?? -1
            case ("--seed", let value?): configuration.seed = UInt64(value) ?? 0
            default: throw BenchmarkError.usage("unknown option \(option)")
            }
        }
        let data = try BenchmarkSupport.readMatrix(path)
        let start = Date()
        let result = try TSNE(configuration).fit(data) { report in
            FileHandle.standardError.write(Data("iteration \(report.iteration): KL \(report.klDivergence)\n".utf8))
        }
        let wall = Date().timeIntervalSince(start)
        let sample = NeighborPreservation.evenlySpacedSample(count: data.rows, size: 5_000)
        let preservation = NeighborPreservation.score(
            features: data, embedding: result.embedding, k: 10, sample: sample)
        if let embeddingPath {
            var text = "x,y\n"
            for i in 0..<data.rows { text += "\(result.embedding[i, 0]),\(result.embedding[i, 1])\n" }
            try text.write(toFile: embeddingPath, atomically: true, encoding: .utf8)
        }
        let t = result.timings
        let report = Report(
            rows: data.rows, cols: data.cols, method: "\(result.method)", perplexity: result.perplexity,
            iterations: result.iterations, wall_seconds: wall, peak_memory_mib: BenchmarkSupport.peakMemoryMiB(),
            kl_divergence: result.klDivergence, preservation: preservation,
            timings: ["neighbors": t.neighbors, "affinities": t.affinities,
                      "initialization": t.initialization, "optimization": t.optimization])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
    }



}

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
        guard let path = arguments.first else { throw Failure.usage("segments-bench tsne MATRIX.csv") }
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
            default: throw Failure.usage("unknown option \(option)")
            }
        }
        let data = try readMatrix(path)
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
            iterations: result.iterations, wall_seconds: wall, peak_memory_mib: peakMemoryMiB(),
            kl_divergence: result.klDivergence, preservation: preservation,
            timings: ["neighbors": t.neighbors, "affinities": t.affinities,
                      "initialization": t.initialization, "optimization": t.optimization])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
    }

    /// Header row, id column, numbers.
    static func readMatrix(_ path: String) throws -> Matrix {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var values: [Double] = []
        var rows = 0
        var cols = -1
        for (number, line) in text.split(separator: "\n").enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).dropFirst()
            if cols < 0 { cols = fields.count }
            guard fields.count == cols else { throw Failure.badLine(path, number + 1) }
            for field in fields {
                guard let v = Double(field) else { throw Failure.badLine(path, number + 1) }
                values.append(v)
            }
            rows += 1
        }
        return Matrix(rows: rows, cols: max(cols, 0), values: values)
    }

    /// Peak resident set size (VmHWM) of this process, in MiB.
    static func peakMemoryMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kib = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Double($0) }
            return (kib ?? .nan) / 1024
        }
        return .nan
    }

    /// Bad arguments or input.
    enum Failure: Error, CustomStringConvertible {
        case usage(String)
        case badLine(String, Int)

        var description: String {
            switch self {
            case .usage(let message): "usage: \(message)"
            case let .badLine(path, line): "\(path), line \(line): expected an id and numbers"
            }
        }
    }
}

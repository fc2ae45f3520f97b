import Foundation
import SegmentsLoading

/// `segments-bench sha256 FILE`: SHA-256 throughput on one file, as JSON.
enum ChecksumBenchmark {
    static let usage = "FILE"

    static func run(_ arguments: [String]) throws {
        guard let path = arguments.first, let data = FileManager.default.contents(atPath: path) else {
            throw BenchmarkError.usage(usage)
        }
        let bytes = [UInt8](data)
        let clock = ContinuousClock()
        var best = Double.infinity
        var digest = ""
        for _ in 0..<3 {
            let start = clock.now
            digest = Checksum.sha256(bytes)
            let elapsed = clock.now - start
            best = min(best, BenchmarkSupport.seconds(elapsed))
        }
        print(
            "{\"benchmark\": \"sha256\", \"bytes\": \(bytes.count), \"best_seconds\": \(String(format: "%.4f", best)), "
                + "\"megabytes_per_second\": \(String(format: "%.1f", Double(bytes.count) / best / 1e6)), \"sha256\": \"\(digest)\"}")
    }
}

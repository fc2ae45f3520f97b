import Foundation
import SegmentsAnalytics

/// A benchmark's arguments or input are wrong.
enum BenchmarkError: Error, CustomStringConvertible {
    case usage(String)
    case badLine(path: String, line: Int)

    var description: String {
        switch self {
        case .usage(let usage): return "usage: \(usage)"
        case .badLine(let path, let line):
            return "\(path):\(line): expected an id and as many numbers as the header has columns"
        }
    }
}

/// Helpers shared by the benchmarks.
enum BenchmarkSupport {
    /// Reads a feature matrix CSV (the format of the report's `data/features.csv`): a header
    /// row, then an id and numbers per line.
    static func readMatrix(_ path: String) throws -> Matrix {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var values: [Double] = []
        var rows = 0
        var cols = -1
        for (number, line) in text.split(whereSeparator: \.isNewline).enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).dropFirst()
            if cols < 0 { cols = fields.count }
            guard fields.count == cols else { throw BenchmarkError.badLine(path: path, line: number + 1) }
            for field in fields {
                guard let value = Double(field) else { throw BenchmarkError.badLine(path: path, line: number + 1) }
                values.append(value)
            }
            rows += 1
        }
        return Matrix(rows: rows, cols: max(cols, 0), values: values)
    }

    /// Peak resident memory of this process (`VmHWM` in /proc/self/status), in MiB; -1 where
    /// that file does not exist (JSON has no NaN).
    static func peakMemoryMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return -1 }
        return kib / 1024
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

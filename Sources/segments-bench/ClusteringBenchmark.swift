import Foundation
import SegmentsAnalytics

/// `segments-bench clustering MATRIX.csv [--only kmeans,dbscan,silhouette,ward] [--min-samples N]
/// [--eps E] [--silhouette-k K] [--linkage-out FILE]`: times the clustering engine on a feature matrix (header row, an id
/// column, then numbers: the format of the report's `data/features.csv`) and prints the
/// figures as JSON. Run `ward` alone to read its own peak memory (`VmHWM`); `--linkage-out`
/// also writes Ward's SciPy-style linkage as CSV (left, right, height, size).
enum ClusteringBenchmark {
    static let usage = "MATRIX.csv [--only kmeans,dbscan,silhouette,ward] [--min-samples N] [--eps E] [--silhouette-k K] [--linkage-out FILE]"
    static let parts = ["kmeans", "dbscan", "silhouette", "ward"]

    static func run(_ arguments: [String]) throws {
        guard let path = arguments.first else { throw BenchmarkError.usage(usage) }
        var only = parts
        var minSamples = 16
        var silhouetteK = 4
        var eps: Double?
        var linkagePath: String?
        var index = 1
        while index + 1 < arguments.count {
            let value = arguments[index + 1]
            switch arguments[index] {
            case "--only": only = value.split(separator: ",").map(String.init)
            case "--min-samples": minSamples = Int(value) ?? minSamples
            case "--silhouette-k": silhouetteK = Int(value) ?? silhouetteK
            case "--eps": eps = Double(value)
            case "--linkage-out": linkagePath = value
            default: throw BenchmarkError.usage(usage)
            }
            index += 2
        }
        let (data, loadSeconds) = try timed { try BenchmarkSupport.readMatrix(path) }
        var report: [String: Any] = ["rows": data.rows, "cols": data.cols, "loadSeconds": loadSeconds]
        if only.contains("kmeans") { report["kmeans"] = try kmeans(data) }
        if only.contains("dbscan") { report["dbscan"] = try dbscan(data, eps: eps, minSamples: minSamples) }
        if only.contains("silhouette") { report["silhouette"] = try silhouette(data, k: silhouetteK) }
        if only.contains("ward") { report["ward"] = try ward(data, linkagePath: linkagePath) }
        report["peakMemoryMiB"] = BenchmarkSupport.peakMemoryMiB()
        let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
        FileHandle.standardOutput.write(json + Data("\n".utf8))
    }

    static func kmeans(_ data: Matrix) throws -> [String: Any] {
        var inertia: [String: Double] = [:]
        var iterations: [String: Int] = [:]
        let (_, seconds) = try timed {
            for k in 2...10 {
                let result = try KMeans(.init(clusterCount: k, restarts: 10, seed: 0)).fit(data)
                inertia["\(k)"] = result.inertia
                iterations["\(k)"] = result.iterations
            }
        }
        return ["seconds": seconds, "inertia": inertia, "iterations": iterations]
    }

    static func dbscan(_ data: Matrix, eps: Double?, minSamples: Int) throws -> [String: Any] {
        let (result, seconds) = try timed { try DBSCAN(.init(eps: eps, minSamples: minSamples)).fit(data) }
        return [
            "seconds": seconds, "eps": result.eps, "minSamples": minSamples, "clusters": result.clusterCount,
            "noise": result.noiseCount, "core": result.isCore.count { $0 },
        ]
    }

    static func silhouette(_ data: Matrix, k: Int) throws -> [String: Any] {
        let labels = try KMeans(.init(clusterCount: k, restarts: 10, seed: 0)).fit(data).labels
        let (result, seconds) = try timed { try ClusterScores.silhouette(data, labels: labels) }
        return ["seconds": seconds, "k": k, "mean": result.mean, "labels": labels]
    }

    static func ward(_ data: Matrix, linkagePath: String?) throws -> [String: Any] {
        let (result, seconds) = try timed { try WardClustering(.init(clusterCount: 4)).fit(data) }
        let peak = BenchmarkSupport.peakMemoryMiB()
        if let linkagePath {
            let lines = result.linkage.merges.map { "\($0.left),\($0.right),\($0.height),\($0.size)" }
            try (lines.joined(separator: "\n") + "\n").write(toFile: linkagePath, atomically: true, encoding: .utf8)
        }
        let top = result.linkage.merges.suffix(3).map(\.height)
        return ["seconds": seconds, "topHeights": top, "peakMemoryMiB": peak]
    }

    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }



}

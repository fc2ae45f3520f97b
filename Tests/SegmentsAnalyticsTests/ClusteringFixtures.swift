import Foundation
import Testing
@testable import SegmentsAnalytics

/// The golden datasets and scikit-learn / SciPy results written by
/// `scripts/golden_clustering.py` into `Fixtures/clustering`.
enum ClusteringFixtures {
    static let names = ["blobs2d", "anisotropic", "duplicates", "buyers8d", "continuous8d"]
    /// Datasets without distance ties, where SciPy's linkage is unique.
    static let tieFree = ["blobs2d", "anisotropic", "continuous8d"]

    struct Reference: Decodable, Sendable {
        struct KMeansCase: Decodable, Sendable {
            let k: Int
            let inertia: Double
        }
        struct ScoresCase: Decodable, Sendable {
            let labels: [Int]
            let excludeNoise: Bool
            let silhouette: Double
            let silhouetteSamples: [Double]
            let daviesBouldin: Double
            let calinskiHarabasz: Double
        }
        struct ARICase: Decodable, Sendable {
            let a: [Int]
            let b: [Int]
            let value: Double
        }
        struct DBSCANCase: Decodable, Sendable {
            let eps: Double
            let minSamples: Int
            let labels: [Int]
            let core: [Int]
            let noise: [Int]
            let kneeRank: Int?
            let curveFirst: Double?
            let curveLast: Double?
        }
        struct WardCase: Decodable, Sendable {
            let linkage: [[Double]]
            let cuts: [String: [Int]]
        }
        let rows: Int
        let cols: Int
        let kmeans: [KMeansCase]
        let scores: [ScoresCase]
        let ari: [ARICase]
        let dbscan: [DBSCANCase]
        let ward: WardCase?
    }

    struct Dataset: Sendable {
        let name: String
        let matrix: Matrix
        let reference: Reference
    }

    static let all: [String: Dataset] = {
        let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("clustering")
        var result: [String: Dataset] = [:]
        for name in names {
            let csv = try! String(contentsOf: directory.appendingPathComponent("\(name).csv"), encoding: .utf8)
            let json = try! Data(contentsOf: directory.appendingPathComponent("\(name).json"))
            let reference = try! JSONDecoder().decode(Reference.self, from: json)
            result[name] = Dataset(name: name, matrix: parse(csv), reference: reference)
        }
        return result
    }()

    static func dataset(_ name: String) -> Dataset { all[name]! }

    /// Parses the fixture CSV: a header row, then comma-separated numbers.
    static func parse(_ csv: String) -> Matrix {
        let lines = csv.split(whereSeparator: \.isNewline).dropFirst()
        var values: [Double] = []
        var cols = 0
        for line in lines {
            let fields = line.split(separator: ",").map { Double($0)! }
            cols = fields.count
            values += fields
        }
        return Matrix(rows: lines.count, cols: cols, values: values)
    }
}

/// |a − b| within `tolerance`, relative to the larger magnitude once it exceeds 1.
func isClose(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
}

/// Whether two labelings group the rows the same way, whatever the label names.
func samePartition(_ a: [Int], _ b: [Int]) -> Bool {
    guard a.count == b.count else { return false }
    var forward: [Int: Int] = [:]
    var backward: [Int: Int] = [:]
    for (x, y) in zip(a, b) {
        if forward[x, default: y] != y || backward[y, default: x] != x { return false }
        forward[x] = y
        backward[y] = x
    }
    return true
}

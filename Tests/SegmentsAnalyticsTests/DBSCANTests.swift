import Testing
@testable import SegmentsAnalytics

@Suite("DBSCAN")
struct DBSCANTests {
    static let cases = ClusteringFixtures.names.flatMap { name in
        ClusteringFixtures.dataset(name).reference.dbscan.indices.map { (name, $0) }
    }

    @Test("core rows and noise equal scikit-learn's; border rows join a neighbouring cluster", arguments: cases)
    func matchesScikitLearn(name: String, index: Int) throws {
        let dataset = ClusteringFixtures.dataset(name)
        let expected = dataset.reference.dbscan[index]
        let eps: Double? = expected.kneeRank == nil ? expected.eps : nil
        let result = try DBSCAN(.init(eps: eps, minSamples: expected.minSamples)).fit(dataset.matrix)
        #expect(isClose(result.eps, expected.eps, 1e-12))
        #expect(result.isCore.indices.filter { result.isCore[$0] } == expected.core)
        #expect(result.labels.indices.filter { result.labels[$0] == -1 } == expected.noise)
        for i in expected.core { #expect(result.labels[i] == expected.labels[i]) }
        let tree = KDTree(dataset.matrix)
        let positions = tree.positions()
        var neighbors: [Int32] = []
        for i in 0..<dataset.matrix.rows where !result.isCore[i] && result.labels[i] != -1 {
            tree.neighbors(atPosition: Int(positions[i]), within: result.eps, into: &neighbors)
            #expect(neighbors.contains { result.isCore[Int($0)] && result.labels[Int($0)] == result.labels[i] })
        }
    }

    @Test("eps at the knee of the k-distance curve, as the golden script finds it", arguments: cases)
    func kDistance(name: String, index: Int) throws {
        let dataset = ClusteringFixtures.dataset(name)
        let expected = dataset.reference.dbscan[index]
        guard let kneeRank = expected.kneeRank else { return }
        let curve = try KDistanceCurve(dataset.matrix, minSamples: expected.minSamples, maxPoints: 100)
        #expect(curve.kneeRank == kneeRank)
        #expect(isClose(curve.eps, expected.eps, 1e-12))
        #expect(curve.count == dataset.matrix.rows)
        #expect(curve.points.first == .init(rank: 0, distance: expected.curveFirst!))
        #expect(curve.points.last == .init(rank: dataset.matrix.rows - 1, distance: expected.curveLast!))
        #expect(curve.points.contains(.init(rank: kneeRank, distance: curve.eps)))
        #expect(curve.points.count <= 102)
        #expect(zip(curve.points, curve.points.dropFirst()).allSatisfy { $0.rank < $1.rank && $0.distance <= $1.distance })
    }

    @Test("duplicates: a pile of identical rows is one cluster, far rows are noise")
    func duplicates() throws {
        let values = [Double](repeating: 1, count: 20) + [50, 50, 90, 90]
        let data = Matrix(rows: 12, cols: 2, values: values)
        let result = try DBSCAN(.init(eps: 0.5, minSamples: 5)).fit(data)
        #expect(result.labels == [Int](repeating: 0, count: 10) + [-1, -1])
        #expect(result.clusterCount == 1)
        #expect(result.noiseCount == 2)
    }

    @Test("bad parameters are reported")
    func errors() {
        let data = Matrix(rows: 3, cols: 1, values: [0, 1, 2])
        #expect(throws: ClusteringError.self) { try DBSCAN(.init(eps: 0)).fit(data) }
        #expect(throws: ClusteringError.self) { try DBSCAN(.init(eps: .nan)).fit(data) }
        #expect(throws: ClusteringError.self) { try DBSCAN(.init(eps: 1, minSamples: 0)).fit(data) }
        #expect(throws: ClusteringError.tooFewRows(rows: 3, required: 5, reason: "min_samples")) {
            try DBSCAN(.init(minSamples: 5)).fit(data)
        }
    }
}

import SegmentsCore
import SegmentsLoading
import Testing
@testable import SegmentsAnalytics

@Suite("Ward")
struct WardTests {
    static let withWard = ClusteringFixtures.names.filter { ClusteringFixtures.dataset($0).reference.ward != nil }

    @Test("linkage equals SciPy's on data without ties", arguments: ClusteringFixtures.tieFree)
    func linkage(name: String) throws {
        let dataset = ClusteringFixtures.dataset(name)
        let expected = dataset.reference.ward!.linkage
        let result = try WardClustering(.init()).fit(dataset.matrix)
        #expect(result.linkage.merges.count == expected.count)
        for (merge, row) in zip(result.linkage.merges, expected) {
            #expect(Double(merge.left) == row[0] && Double(merge.right) == row[1])
            #expect(isClose(merge.height, row[2]))
            #expect(Double(merge.size) == row[3])
        }
        #expect(result.linkage.matrix.rows == expected.count)
    }

    @Test("heights equal SciPy's and cuts give the same partitions", arguments: withWard)
    func cuts(name: String) throws {
        let dataset = ClusteringFixtures.dataset(name)
        let ward = dataset.reference.ward!
        let result = try WardClustering(.init(clusterCount: 3)).fit(dataset.matrix)
        #expect(zip(result.linkage.merges, ward.linkage).allSatisfy { isClose($0.height, $1[2]) })
        let exact = ClusteringFixtures.tieFree.contains(name)
        for (k, expected) in ward.cuts {
            let labels = result.linkage.labels(clusterCount: Int(k)!)
            #expect(exact ? labels == expected : samePartition(labels, expected))
        }
        #expect(result.labels == result.linkage.labels(clusterCount: 3))
    }

    @Test("a valid SciPy linkage on tie-heavy grid data")
    func ties() throws {
        var rng = SplitMix64(seed: 5)
        let n = 400
        let data = Matrix(rows: n, cols: 3, values: (0..<(n * 3)).map { _ in Double(rng.next() % 4) })
        let linkage = try WardClustering(.init()).fit(data).linkage
        var used = Set<Int>()
        var sizes = [Int](repeating: 1, count: n) + [Int](repeating: 0, count: n - 1)
        for (i, merge) in linkage.merges.enumerated() {
            #expect(merge.left < merge.right && merge.right < n + i)
            #expect(used.insert(merge.left).inserted && used.insert(merge.right).inserted)
            sizes[n + i] = sizes[merge.left] + sizes[merge.right]
            #expect(merge.size == sizes[n + i])
            if i > 0 { #expect(merge.height >= linkage.merges[i - 1].height) }
        }
        // 4³ = 64 distinct points: every other merge joins duplicates at height 0.
        #expect(linkage.merges.count { $0.height == 0 } == n - Set(stride(from: 0, to: n * 3, by: 3).map {
            data.values[$0..<($0 + 3)].map { Int($0) } }).count)
        #expect(Set(linkage.labels(clusterCount: 64)).count == 64)
    }

    @Test("same rows, same linkage, ties included")
    func determinism() throws {
        let data = ClusteringFixtures.dataset("buyers8d").matrix
        let first = try WardClustering(.init(clusterCount: 4)).fit(data)
        #expect(first == (try WardClustering(.init(clusterCount: 4)).fit(data)))
        #expect(Set(first.labels) == Set(0..<4))
    }

    @Test("nearest-cluster scan over many blocks (parallel) equals brute force")
    func parallelScan() {
        var rng = SplitMix64(seed: 8)
        let n = 40_000
        let data = Matrix(rows: n, cols: 4, values: (0..<(n * 4)).map { _ in rng.nextUnit() })
        let store = CentroidStore(data, order: KDTree(data, leafSize: 32).order)
        for a in stride(from: 0, to: n, by: 4_001) {
            var best = (slot: -1, distance: Double.infinity)
            for b in 0..<n where b != a {
                let w = store.wardSquared(a, b)
                if w < best.distance { best = (b, w) }
            }
            let found = store.nearest(to: a, below: .infinity)
            #expect(found?.slot == best.slot && found?.distance == best.distance)
        }
    }

    @Test("two rows, bad parameters")
    func small() throws {
        let two = Matrix(rows: 2, cols: 1, values: [0, 3])
        let result = try WardClustering(.init(clusterCount: 2)).fit(two)
        #expect(result.linkage.merges == [.init(left: 0, right: 1, height: 3, size: 2)])
        #expect(result.labels == [0, 1])
        #expect(throws: ClusteringError.self) { try WardClustering(.init()).fit(Matrix(rows: 1, cols: 1, values: [0])) }
        #expect(throws: ClusteringError.self) { try WardClustering(.init(clusterCount: 0)).fit(two) }
    }
}

import SegmentsCore
import SegmentsLoading
import Testing
@testable import SegmentsAnalytics

@Suite("KDTree")
struct KDTreeTests {
    /// Random points on a coarse grid, so that exact duplicates and distance ties occur.
    static func points(_ n: Int, _ d: Int, seed: UInt64) -> Matrix {
        var rng = SplitMix64(seed: seed)
        let values = (0..<(n * d)).map { _ in Double(rng.next() % 7) }
        return Matrix(rows: n, cols: d, values: values)
    }

    static func squaredDistance(_ a: Matrix, _ i: Int, _ b: Matrix, _ j: Int) -> Double {
        var s = 0.0
        for c in 0..<a.cols {
            let diff = a[i, c] - b[j, c]
            s += diff * diff
        }
        return s
    }

    static func squaredDistance(_ m: Matrix, _ a: Int, _ b: Int) -> Double {
        squaredDistance(m, a, m, b)
    }

    /// Brute-force k nearest rows of `data` to row `i` of `queries`, ties by row index.
    static func bruteForce(_ queries: Matrix, _ i: Int, _ data: Matrix, k: Int, exclude: Int?) -> [(Double, Int)] {
        var pairs: [(Double, Int)] = []
        for j in 0..<data.rows where j != exclude {
            pairs.append((squaredDistance(queries, i, data, j), j))
        }
        pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        return Array(pairs.prefix(k))
    }

    @Test("k nearest neighbours equal brute force, ties by row index", arguments: [(300, 2), (1_200, 3), (500, 6)])
    func nearestNeighbors(n: Int, d: Int) {
        let data = Self.points(n, d, seed: UInt64(n * d))
        let k = 7
        let graph = KDTree(data, leafSize: 8).nearestNeighbors(k: k)
        for i in stride(from: 0, to: n, by: 3) {
            let expected = Self.bruteForce(data, i, data, k: k, exclude: i)
            #expect(expected.map { $0.1 } == (0..<k).map { graph.neighbor(i, $0) })
            #expect(expected.map { $0.0.squareRoot() } == (0..<k).map { graph.distance(i, $0) })
        }
    }

    @Test("queries from outside the tree equal brute force")
    func externalQueries() {
        let data = Self.points(500, 3, seed: 9)
        let queries = Self.points(50, 3, seed: 10)
        let graph = KDTree(data).nearestNeighbors(of: queries, k: 4)
        for i in 0..<queries.rows {
            let best = Self.bruteForce(queries, i, data, k: 4, exclude: nil)
            #expect(best.map { $0.1 } == (0..<4).map { graph.neighbor(i, $0) })
        }
    }

    @Test("radius core test and neighbour lists equal brute force, boundary inclusive", arguments: [1.0, 2.0, 3.5])
    func radius(radius: Double) {
        let data = Self.points(1_500, 3, seed: 4)
        let tree = KDTree(data, leafSize: 10)
        let cores = [1, 8, 40].map { tree.hasNeighbors(atLeast: $0, within: radius) }
        let positions = tree.positions()
        var found: [Int32] = []
        for i in stride(from: 0, to: data.rows, by: 7) {
            let expected = (0..<data.rows).filter { Self.squaredDistance(data, i, $0) <= radius * radius }
            #expect(zip([1, 8, 40], cores).allSatisfy { ($1[i]) == (expected.count >= $0) })
            tree.neighbors(atPosition: Int(positions[i]), within: radius, into: &found)
            #expect(found.map(Int.init).sorted() == expected)
        }
    }

    @Test("all-identical points and tiny inputs")
    func degenerate() {
        let same = Matrix(rows: 40, cols: 2, values: [Double](repeating: 1, count: 80))
        let graph = KDTree(same).nearestNeighbors(k: 3)
        #expect(graph.distances.allSatisfy { $0 == 0 })
        #expect((0..<3).map { graph.neighbor(0, $0) } == [1, 2, 3])
        #expect(KDTree(same).hasNeighbors(atLeast: 40, within: 0).allSatisfy { $0 })
        #expect(KDTree(same).hasNeighbors(atLeast: 41, within: 0).allSatisfy { !$0 })
        let one = Matrix(rows: 1, cols: 2, values: [0, 0])
        #expect(KDTree(one).nearestNeighbors(k: 0).indices.isEmpty)
    }
}

import SegmentsCore
import SegmentsLoading
import Testing
@testable import SegmentsAnalytics

@Suite("K-means")
struct KMeansTests {
    static let cases = ClusteringFixtures.names.flatMap { name in
        ClusteringFixtures.dataset(name).reference.kmeans.map { (name, $0.k) }
    }

    @Test("inertia within 0.1 % of scikit-learn's best of 10", arguments: cases)
    func inertia(name: String, k: Int) throws {
        let dataset = ClusteringFixtures.dataset(name)
        let expected = dataset.reference.kmeans.first { $0.k == k }!.inertia
        let result = try KMeans(.init(clusterCount: k, seed: 42)).fit(dataset.matrix)
        #expect(result.inertia <= expected * 1.001)
        #expect(result.labels.count == dataset.matrix.rows)
        #expect(Set(result.labels) == Set(0..<k))
        #expect(result.iterations >= 1 && result.iterations <= 300)
    }

    @Test("the result is a fixed point: labels are the nearest centres, centres the means")
    func fixedPoint() throws {
        let data = ClusteringFixtures.dataset("buyers8d").matrix
        let result = try KMeans(.init(clusterCount: 5, restarts: 3, tolerance: 0, seed: 1)).fit(data)
        #expect(result.predict(data) == result.labels)
        for c in 0..<5 {
            let members = result.labels.indices.filter { result.labels[$0] == c }
            for j in 0..<data.cols {
                let mean = members.reduce(0.0) { $0 + data[$1, j] } / Double(members.count)
                #expect(isClose(mean, result.centers[c, j], 1e-12))
            }
        }
        let inertia = data.rows == 0 ? 0 : (0..<data.rows).reduce(0.0) { total, i in
            total + (0..<data.cols).reduce(0.0) { s, j in
                let diff = data[i, j] - result.centers[result.labels[i], j]
                return s + diff * diff
            }
        }
        #expect(isClose(inertia, result.inertia, 1e-12))
    }

    @Test("predict assigns new rows to their nearest centre")
    func predictNewRows() throws {
        let data = ClusteringFixtures.dataset("blobs2d").matrix
        let result = try KMeans(.init(clusterCount: 4, seed: 2)).fit(data)
        var rng = SplitMix64(seed: 4)
        let queries = Matrix(rows: 300, cols: 2, values: (0..<600).map { _ in rng.nextUnit() * 30 - 15 })
        let labels = result.predict(queries)
        for i in 0..<queries.rows {
            let distances = (0..<4).map { c in
                (0..<2).reduce(0.0) { $0 + (queries[i, $1] - result.centers[c, $1]) * (queries[i, $1] - result.centers[c, $1]) }
            }
            #expect(labels[i] == distances.indices.min { distances[$0] < distances[$1] })
        }
    }

    @Test("same seed, same result; restarts in parallel and a single chunked run agree")
    func determinism() throws {
        let data = ClusteringFixtures.dataset("buyers8d").matrix
        let config = KMeans.Configuration(clusterCount: 6, restarts: 4, seed: 7)
        let first = try KMeans(config).fit(data)
        let second = try KMeans(config).fit(data)
        #expect(first == second)
        // The kept restart alone, run with concurrent chunks, gives the same bits.
        var seeder = SplitMix64(seed: 7)
        let seeds = (0..<4).map { _ in seeder.next() }
        var single = KMeans.Configuration(clusterCount: 6, restarts: 1)
        single.seed = 0
        let alone = data.values.withUnsafeBufferPointer { x in
            KMeansRun(x: x, rows: data.rows, cols: data.cols, k: 6, seed: seeds[first.restart],
                      work: ChunkedWork(concurrent: true))
                .fit(maxIterations: 300, tolerance: 1e-4 * data.meanColumnVariance(), restart: first.restart)
        }
        #expect(alone == first)
    }

    @Test("more clusters than distinct points: empty clusters are relocated")
    func emptyClusters() throws {
        let data = Matrix(rows: 12, cols: 1, values: [0, 0, 0, 0, 5, 5, 5, 5, 9, 9, 9, 9])
        let result = try KMeans(.init(clusterCount: 4, seed: 3)).fit(data)
        #expect(result.inertia == 0)
        #expect(result.labels.allSatisfy { (0..<4).contains($0) })
        #expect(samePartition(result.labels, [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]) || Set(result.labels).count == 4)
    }

    @Test("one cluster is the mean")
    func oneCluster() throws {
        let data = Matrix(rows: 4, cols: 2, values: [0, 0, 2, 0, 0, 2, 2, 2])
        let result = try KMeans(.init(clusterCount: 1)).fit(data)
        #expect(result.centers.values == [1, 1])
        #expect(result.inertia == 8)
    }

    @Test("bad parameters are reported")
    func errors() {
        let data = Matrix(rows: 3, cols: 1, values: [0, 1, 2])
        #expect(throws: ClusteringError.tooFewRows(rows: 3, required: 4, reason: "one per cluster")) {
            try KMeans(.init(clusterCount: 4)).fit(data)
        }
        #expect(throws: ClusteringError.self) { try KMeans(.init(clusterCount: 0)).fit(data) }
        #expect(throws: ClusteringError.self) { try KMeans(.init(clusterCount: 2, restarts: 0)).fit(data) }
        let bad = Matrix(rows: 3, cols: 1, values: [0, .infinity, 2])
        #expect(throws: ClusteringError.nonFiniteValue(row: 1, column: 0)) {
            try KMeans(.init(clusterCount: 2)).fit(bad)
        }
    }
}

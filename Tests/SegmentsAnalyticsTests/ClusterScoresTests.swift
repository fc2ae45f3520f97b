import Testing
@testable import SegmentsAnalytics

@Suite("Cluster scores")
struct ClusterScoresTests {
    @Test("silhouette, Davies–Bouldin and Calinski–Harabasz equal scikit-learn", arguments: ClusteringFixtures.names)
    func scores(name: String) throws {
        let dataset = ClusteringFixtures.dataset(name)
        for expected in dataset.reference.scores {
            let noise: NoiseHandling = expected.excludeNoise ? .exclude : .asCluster
            let silhouette = try ClusterScores.silhouette(dataset.matrix, labels: expected.labels, noise: noise)
            #expect(isClose(silhouette.mean, expected.silhouette))
            let scored = zip(expected.labels, silhouette.values).filter { !expected.excludeNoise || $0.0 != -1 }
            #expect(scored.count == expected.silhouetteSamples.count)
            #expect(zip(scored, expected.silhouetteSamples).allSatisfy { isClose($0.1, $1) })
            if expected.excludeNoise {
                #expect(zip(expected.labels, silhouette.values).allSatisfy { $0 != -1 || $1.isNaN })
            }
            let db = try ClusterScores.daviesBouldin(dataset.matrix, labels: expected.labels, noise: noise)
            #expect(isClose(db, expected.daviesBouldin))
            let ch = try ClusterScores.calinskiHarabasz(dataset.matrix, labels: expected.labels, noise: noise)
            #expect(isClose(ch, expected.calinskiHarabasz))
        }
    }

    @Test("adjusted Rand index equals scikit-learn", arguments: ClusteringFixtures.names)
    func ari(name: String) throws {
        for expected in ClusteringFixtures.dataset(name).reference.ari {
            #expect(isClose(try ClusterScores.adjustedRandIndex(expected.a, expected.b), expected.value))
        }
    }

    @Test(
        "adjusted Rand index special cases as scikit-learn",
        arguments: [
            ([0, 0, 1, 1], [0, 0, 0, 0], 0.0),
            ([0, 1, 2, 3], [0, 0, 0, 0], 0.0),
            ([0, 1, 2, 3], [5, 6, 7, 8], 1.0),
            ([], [], 1.0),
            ([0, 0, 1, 2], [0, 0, 1, 1], 0.5714285714285714),
            ([0, 0, 0, 1, 1, 1], [0, 1, 0, 1, 0, 1], -0.1111111111111111),
            ([3, 3, 7, 7, -1], [1, 1, 0, 0, 2], 1.0),
        ])
    func ariSpecialCases(a: [Int], b: [Int], expected: Double) throws {
        #expect(isClose(try ClusterScores.adjustedRandIndex(a, b), expected, 1e-15))
    }

    @Test("adjusted Rand index on 200,000 rows counts pairs without overflow")
    func ariLarge() throws {
        let n = 200_000
        let a = (0..<n).map { $0 % 3 }
        let b = (0..<n).map { ($0 / 3) % 2 + ($0 % 7 == 0 ? 1 : 0) }
        // scikit-learn: adjusted_rand_score(i % 3, (i // 3) % 2 + (i % 7 == 0)).
        #expect(isClose(try ClusterScores.adjustedRandIndex(a, b), -7.80151282182702e-06, 1e-12))
    }

    @Test("noise can be excluded from the adjusted Rand index")
    func ariNoise() throws {
        let a = [0, 0, 1, 1, -1, -1]
        let b = [0, 0, 1, 1, 0, 1]
        #expect(try ClusterScores.adjustedRandIndex(a, b, noise: .exclude) == 1)
        #expect(try ClusterScores.adjustedRandIndex(a, b) < 1)
    }

    @Test("the symmetric and the row-by-row silhouette kernels agree", arguments: [2, 7, 70])
    func kernels(clusters: Int) {
        let full = ClusteringFixtures.dataset("buyers8d").matrix
        let data = Matrix(rows: 500, cols: full.cols, values: Array(full.values.prefix(500 * full.cols)))
        let labels = (0..<data.rows).map { ($0 * 7_919) % clusters }
        let kernel = SilhouetteKernel(data: data, encoded: EncodedLabels(labels, noise: .asCluster))
        let symmetric = kernel.run(symmetric: true)
        let rowwise = kernel.run(symmetric: false)
        #expect(zip(symmetric, rowwise).allSatisfy { isClose($0, $1, 1e-12) })
    }

    @Test("the silhouette is bit-identical from run to run (fixed parallel schedule)")
    func silhouetteDeterminism() throws {
        let dataset = ClusteringFixtures.dataset("buyers8d")
        let labels = dataset.reference.scores[0].labels
        let first = try ClusterScores.silhouette(dataset.matrix, labels: labels)
        for _ in 0..<3 { #expect(try ClusterScores.silhouette(dataset.matrix, labels: labels) == first) }
    }

    @Test("singleton clusters score 0 and duplicates give a = b = 0")
    func silhouetteEdgeCases() throws {
        let data = Matrix(rows: 5, cols: 1, values: [0, 0, 5, 5, 9])
        let result = try ClusterScores.silhouette(data, labels: [0, 0, 1, 1, 2])
        #expect(result.values == [1, 1, 1, 1, 0])
        #expect(result.mean == 0.8)
        let same = Matrix(rows: 4, cols: 1, values: [1, 1, 1, 1])
        #expect(try ClusterScores.silhouette(same, labels: [0, 0, 1, 1]).values == [0, 0, 0, 0])
        #expect(try ClusterScores.calinskiHarabasz(same, labels: [0, 0, 1, 1]) == 1)
        #expect(try ClusterScores.daviesBouldin(same, labels: [0, 0, 1, 1]) == 0)
    }

    @Test("bad labels are reported")
    func errors() {
        let data = Matrix(rows: 4, cols: 1, values: [0, 1, 2, 3])
        #expect(throws: ClusteringError.invalidClusterCount(clusters: 1, rows: 4)) {
            try ClusterScores.silhouette(data, labels: [0, 0, 0, 0])
        }
        #expect(throws: ClusteringError.invalidClusterCount(clusters: 4, rows: 4)) {
            try ClusterScores.daviesBouldin(data, labels: [0, 1, 2, 3])
        }
        #expect(throws: ClusteringError.labelCountMismatch(labels: 3, rows: 4)) {
            try ClusterScores.calinskiHarabasz(data, labels: [0, 1, 1])
        }
        #expect(throws: ClusteringError.invalidClusterCount(clusters: 1, rows: 3)) {
            try ClusterScores.silhouette(data, labels: [0, 0, 0, -1], noise: .exclude)
        }
        let bad = Matrix(rows: 3, cols: 2, values: [0, 1, 2, .nan, 4, 5])
        #expect(throws: ClusteringError.nonFiniteValue(row: 1, column: 1)) {
            try ClusterScores.silhouette(bad, labels: [0, 1, 1])
        }
    }
}

import Logging
import Testing
@testable import SegmentsAnalytics

/// The thresholded approximations of the model search (`ScaleLimits`): the sampled
/// silhouette, Ward on a sample, and the switch between exact and approximate paths.
@Suite("Scale thresholds")
struct ScaleLimitsTests {
    /// Small thresholds, so the fixtures take the approximate paths.
    static let small = ScaleLimits(
        exactSilhouetteRows: 100, silhouetteSampleSize: 150, exactWardRows: 100, wardSampleSize: 120,
        exactKMeansRows: 100, kmeansSampleSize: 400, exactMapRows: 100, mapSampleSize: 80)

    @Test("each sampled buyer gets its exact silhouette (scikit-learn's), and the interval is narrow")
    func sampledWithinInterval() throws {
        let fixture = ClusteringFixtures.dataset("buyers8d")
        let cases = fixture.reference.scores
        // Noise kept as a cluster (excludeNoise false) is a label of its own for the sampler.
        let labelings = cases.map { $0.excludeNoise ? $0.labels : $0.labels.map { $0 == -1 ? 1_000 : $0 } }
        let results = try SampledSilhouette(sampleSize: 300, seed: 7).silhouettes(fixture.matrix, labelings: labelings)
        for (reference, result) in zip(cases, results) {
            let got = try #require(result)
            let interval = try #require(got.interval)
            #expect(interval.sampleSize == got.scoredCount)
            #expect(interval.sampleSize <= 300 && interval.sampleSize > 50)
            #expect(interval.high - interval.low < 0.1)
            // Each sampled row's value is its exact silhouette (scikit-learn's silhouette_samples,
            // given for the scored rows in row order).
            let scoredRows = reference.labels.indices.filter { !reference.excludeNoise || reference.labels[$0] != -1 }
            var exact = [Double](repeating: .nan, count: reference.labels.count)
            for (row, value) in zip(scoredRows, reference.silhouetteSamples) { exact[row] = value }
            var checked = 0
            for (value, expected) in zip(got.values, exact) where !value.isNaN {
                #expect(abs(value - expected) <= 1e-9)
                checked += 1
            }
            #expect(checked == got.scoredCount)
        }
    }

    @Test("over 40 seeds, the 95 % interval holds scikit-learn's exact silhouette about 95 % of the time")
    func intervalCoverage() throws {
        let fixture = ClusteringFixtures.dataset("buyers8d")
        let cases = fixture.reference.scores
        let labelings = cases.map { $0.excludeNoise ? $0.labels : $0.labels.map { $0 == -1 ? 1_000 : $0 } }
        var covered = [Int](repeating: 0, count: cases.count)
        let seeds = 40
        for seed in 0..<seeds {
            let results = try SampledSilhouette(sampleSize: 300, seed: UInt64(seed)).silhouettes(fixture.matrix, labelings: labelings)
            for (c, result) in results.enumerated() where try #require(result?.interval).contains(cases[c].silhouette) {
                covered[c] += 1
            }
        }
        #expect(Double(covered.reduce(0, +)) / Double(seeds * cases.count) >= 0.9, "covered \(covered) of \(seeds) each")
        #expect(covered.allSatisfy { $0 >= 32 }, "covered \(covered) of \(seeds) each")
    }

    @Test("a sample as large as the matrix gives the exact silhouettes, with a zero-width interval")
    func fullSampleIsExact() throws {
        let data = ClusteringFixtures.dataset("buyers8d").matrix
        let labelings = [2, 4, 7].map { k in (0..<data.rows).map { ($0 * 7919) % k } }
            + [(0..<data.rows).map { $0 % 5 == 0 ? -1 : $0 % 3 }]
        let exact = try SilhouetteBatch().silhouettes(data, labelings: labelings)
        let sampled = try SampledSilhouette(sampleSize: data.rows, seed: 1, maxBytes: 8 * 64 * 40)
            .silhouettes(data, labelings: labelings)
        for (e, s) in zip(exact, sampled) {
            let e = try #require(e), s = try #require(s)
            #expect(abs(e.mean - s.mean) <= 1e-12)
            #expect(try #require(s.interval).standardError == 0)
            for (a, b) in zip(e.values, s.values) { #expect(a.isNaN ? b.isNaN : abs(a - b) <= 1e-12) }
        }
    }

    @Test("the sample depends only on the row count, the size and the seed")
    func seededSample() {
        let a = SampledSilhouette.sampleRows(rows: 10_000, size: 500, seed: 3)
        #expect(a == SampledSilhouette.sampleRows(rows: 10_000, size: 500, seed: 3))
        #expect(a != SampledSilhouette.sampleRows(rows: 10_000, size: 500, seed: 4))
        #expect(a.count == 500 && Set(a).count == 500 && a == a.sorted() && a.allSatisfy { (0..<10_000).contains($0) })
        #expect(SampledSilhouette.sampleRows(rows: 40, size: 500, seed: 3) == Array(0..<40))
    }

    @Test("Ward on a sample labels every buyer: the sample as its tree, the others by the nearest cut centroid")
    func sampledWardAssignsEveryRow() throws {
        let data = ClusteringFixtures.dataset("buyers8d").matrix
        let ward = SampledWard(sampleSize: 300, seed: 5)
        let (linkage, cuts) = try ward.fit(data, clusterCounts: 2...6, logger: Logger(label: "test"))
        #expect(linkage.observationCount == 300)
        let sample = SampledSilhouette.sampleRows(rows: data.rows, size: 300, seed: 5 ^ 0x3A2D)
        let inSample = Set(sample)
        for (k, cut) in zip(2...6, cuts) {
            #expect(cut.labels.count == data.rows)
            #expect(cut.labels.allSatisfy { (0..<k).contains($0) })
            #expect(Set(cut.labels).count == k)
            #expect(cut.centers.rows == k)
            let tree = linkage.labels(clusterCount: k)
            for (s, row) in sample.enumerated() { #expect(cut.labels[row] == tree[s]) }
            let nearest = KMeansResult.nearest(data, centers: cut.centers)
            for row in 0..<data.rows where !inSample.contains(row) { #expect(cut.labels[row] == nearest[row]) }
        }
    }

    @Test("above the thresholds the search samples the silhouettes and Ward and says so; at or below, nothing changes")
    func thresholdsSwitch() throws {
        let features = ModelSearchTests.features("buyers8d")
        var configuration = ModelSearch.Configuration(
            featureSets: [features.featureSet], clusterCounts: 2...5, kmeansRestarts: 2, seed: 3)
        let exact = try ModelSearch(configuration).run(matrices: [features])
        #expect(exact.approximations.isEmpty)
        #expect(exact.runs.allSatisfy { $0.silhouetteInterval == nil })

        configuration.scale = Self.small
        let sampled = try ModelSearch(configuration).run(matrices: [features])
        #expect(sampled.approximations.map(\.method) == [.silhouette, .kmeans, .ward])
        #expect(sampled.approximations.allSatisfy { $0.rows == 2_000 && $0.threshold == 100 })
        for (e, s) in zip(exact.runs, sampled.runs) where s.silhouette != nil {
            let interval = try #require(s.silhouetteInterval)
            #expect(interval.sampleSize <= 150)
            // DBSCAN is fitted identically on both paths; its sampled score holds the exact one.
            if s.algorithm == .dbscan { #expect(interval.contains(try #require(e.silhouette))) }
        }
        let wardRuns = sampled.runs.filter { $0.algorithm == .ward }
        #expect(wardRuns.count == 4 && wardRuns.allSatisfy { $0.clusterCount == $0.parameters.k })
        #expect(ScaleLimits().approximations(rows: 200_000, algorithms: ModelAlgorithm.allCases).isEmpty)
        #expect(ScaleLimits().approximations(rows: 200_001, algorithms: ModelAlgorithm.allCases).count == 3)
        #expect(ScaleLimits().mapRows(200_000, seed: 1) == nil)
        #expect(Self.small.mapRows(2_000, seed: 1)?.count == 80)
    }

    @Test("K-means with restarts on a sample ends at a fixed point of the whole matrix, near the exact restarts' inertia")
    func sampledKMeans() throws {
        let data = ClusteringFixtures.dataset("buyers8d").matrix
        for k in [3, 5] {
            let configuration = KMeans.Configuration(clusterCount: k, restarts: 8, seed: 2)
            let sampled = try SampledKMeans(configuration, sampleSize: 400).fit(data)
            let exact = try KMeans(configuration).fit(data)
            #expect(sampled.labels.count == data.rows)
            #expect(sampled.labels == KMeansResult.nearest(data, centers: sampled.centers))
            #expect(sampled.inertia <= exact.inertia * 1.05)
            #expect(try SampledKMeans(configuration, sampleSize: data.rows).fit(data) == exact)
        }
    }
}

import Testing
@testable import SegmentsAnalytics

@Suite("Model search")
struct ModelSearchTests {
    /// The blobs fixture as the matrix of a one-feature-set search.
    static func features(_ name: String = "blobs2d") -> FeatureMatrix {
        let data = ClusteringFixtures.dataset(name).matrix
        let set = FeatureSet(name: "fixture", features: Array(BuyerFeature.allCases.prefix(data.cols)))
        return FeatureMatrix(
            featureSet: set, buyers: (0..<Int32(data.rows)).map { $0 }, matrix: data,
            imputed: [Double](repeating: 0, count: data.cols), mean: [Double](repeating: 0, count: data.cols),
            scale: [Double](repeating: 1, count: data.cols), missing: [Int](repeating: 0, count: data.cols))
    }

    static func search(_ features: FeatureMatrix) -> ModelSearch {
        ModelSearch(.init(featureSets: [features.featureSet], clusterCounts: 2...6, kmeansRestarts: 4, seed: 3))
    }

    @Test("every run is made and scored like the single-model APIs")
    func runs() throws {
        let features = Self.features()
        let search = Self.search(features)
        var reports: [ModelSearch.Progress] = []
        let result = try search.run(matrices: [features]) { reports.append($0) }
        #expect(result.runs.count == search.runCount)
        #expect(result.runs.count == 5 + 5 + 3)
        #expect(reports.last?.fraction == 1)
        #expect(reports.map(\.fraction) == reports.map(\.fraction).sorted())
        let data = features.matrix
        for run in result.runs where run.algorithm == .kmeans {
            let fit = try KMeans(.init(clusterCount: run.parameters.k!, restarts: 4, seed: 3)).fit(data)
            #expect(run.inertia == fit.inertia)
            let silhouette = try ClusterScores.silhouette(data, labels: fit.labels, noise: .exclude).mean
            #expect(abs(run.silhouette! - silhouette) <= 1e-12)
        }
        let linkage = try WardClustering(.init()).fit(data).linkage
        for run in result.runs where run.algorithm == .ward {
            let labels = linkage.labels(clusterCount: run.parameters.k!)
            #expect(abs(run.silhouette! - (try ClusterScores.silhouette(data, labels: labels)).mean) <= 1e-12)
            #expect(abs(run.daviesBouldin! - (try ClusterScores.daviesBouldin(data, labels: labels))) <= 1e-12)
        }
        let curve = try #require(result.dbscanCurves.first)
        #expect(curve.epsTried.count == 3 && curve.epsTried[1] == curve.curve.eps)
        for (run, eps) in zip(result.runs.filter { $0.algorithm == .dbscan }, curve.epsTried) {
            let fit = try DBSCAN(.init(eps: eps, minSamples: 4)).fit(data)
            #expect(run.clusterCount == fit.clusterCount)
            #expect(run.noiseShare == Double(fit.noiseCount) / Double(data.rows))
        }
        #expect(result.curves.map(\.algorithm) == [.kmeans, .ward])
    }

    @Test("the chosen model's labels and silhouettes are those of its run")
    func chosen() throws {
        let features = Self.features()
        let result = try Self.search(features).run(matrices: [features])
        let chosen = try #require(result.chosen)
        let run = try #require(result.chosenRun)
        let check = try ClusterScores.silhouette(features.matrix, labels: chosen.labels, noise: .exclude)
        #expect(abs(check.mean - run.silhouette!) <= 1e-12)
        #expect(zip(check.values, chosen.silhouetteValues).allSatisfy { ($0.isNaN && $1.isNaN) || abs($0 - $1) <= 1e-12 })
        #expect(run.clusterCount == 4)  // the fixture's four blobs
        let dendrogram = try #require(result.dendrogram)
        #expect(dendrogram.leaves.count == 30)
        #expect(dendrogram.leaves.map(\.size).reduce(0, +) == features.matrix.rows)
        #expect(dendrogram.merges.count == 29)
    }

    @Test("a configuration out of range is an error")
    func invalid() {
        let features = Self.features()
        var configuration = Self.search(features).configuration
        configuration.clusterCounts = 1...3
        #expect(throws: ClusteringError.self) { try ModelSearch(configuration).run(matrices: [features]) }
    }
}

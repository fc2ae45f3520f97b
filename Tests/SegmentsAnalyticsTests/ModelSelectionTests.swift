import Testing
@testable import SegmentsAnalytics

@Suite("Model selection rule")
struct ModelSelectionTests {
    static func run(
        _ set: String = "full", _ algorithm: ModelAlgorithm = .kmeans, k: Int, silhouette: Double?,
        smallest: Double = 0.1, noise: Double = 0
    ) -> ModelRun {
        ModelRun(
            featureSet: set, algorithm: algorithm, parameters: .init(k: algorithm == .dbscan ? nil : k),
            clusterCount: k, noiseShare: noise, silhouette: silhouette, daviesBouldin: nil, calinskiHarabasz: nil,
            inertia: nil, smallestClusterShare: smallest, largestClusterShare: 0.5, seconds: 0)
    }

    @Test("highest silhouette among admissible runs; thresholds exclude the rest")
    func rule() throws {
        let runs = [
            Self.run(k: 2, silhouette: 0.9),  // too few clusters
            Self.run(k: 4, silhouette: 0.5),
            Self.run(k: 5, silhouette: 0.6, smallest: 0.01),  // a cluster under 2 %
            Self.run("rfm", .dbscan, k: 4, silhouette: 0.7, noise: 0.2),  // too much noise
            Self.run("rfm", .ward, k: 3, silhouette: 0.55),
            Self.run(k: 9, silhouette: 0.8),  // too many clusters
        ]
        let choice = try #require(ModelSelection().choose(runs))
        #expect(choice == ModelChoice(index: 4, basis: .rule, admissible: true))
        let looser = ModelSelection(clusterRange: 2...10, minClusterShare: 0, maxNoiseShare: 1)
        #expect(looser.choose(runs)?.index == 0)
    }

    @Test("ties: fewer clusters, then K-means before Ward before DBSCAN, then search order")
    func ties() throws {
        let runs = [
            Self.run("rfm", .dbscan, k: 3, silhouette: 0.5),
            Self.run("rfm", .ward, k: 4, silhouette: 0.5),
            Self.run("full", .ward, k: 3, silhouette: 0.5),
            Self.run("rfm", .kmeans, k: 3, silhouette: 0.5),
            Self.run("full", .kmeans, k: 3, silhouette: 0.5),
        ]
        #expect(ModelSelection().choose(runs)?.index == 3)
        #expect(ModelSelection().choose(Array(runs.prefix(3)))?.index == 2)
        #expect(ModelSelection().choose(Array(runs.prefix(2)))?.index == 0)
    }

    @Test("nothing admissible: highest silhouette, flagged")
    func fallback() throws {
        let runs = [Self.run(k: 2, silhouette: 0.4), Self.run(k: 10, silhouette: 0.45), Self.run(k: 6, silhouette: 0.9, smallest: 0.001)]
        #expect(ModelSelection().choose(runs) == ModelChoice(index: 2, basis: .fallback, admissible: false))
    }

    @Test("DBSCAN all noise has no silhouette and is never chosen; no silhouette at all: no choice")
    func allNoise() {
        let noise = Self.run("rfm", .dbscan, k: 0, silhouette: nil, smallest: 0, noise: 1)
        #expect(ModelSelection().choose([noise]) == nil)
        #expect(ModelSelection().choose([noise, Self.run(k: 2, silhouette: 0.1)])?.index == 1)
        #expect(!ModelSelection().isAdmissible(noise))
    }

    @Test("explicit choice wins over the rule; a missing one falls back, flagged")
    func explicit() {
        let runs = [Self.run(k: 4, silhouette: 0.6), Self.run("rfm", .ward, k: 2, silhouette: 0.1)]
        let pick = ModelSelection(explicit: .init(featureSet: "rfm", algorithm: .ward, k: 2))
        #expect(pick.choose(runs) == ModelChoice(index: 1, basis: .explicit, admissible: false))
        let missing = ModelSelection(explicit: .init(featureSet: "rfm", algorithm: .ward, k: 7))
        #expect(missing.choose(runs) == ModelChoice(index: 0, basis: .explicitUnavailable, admissible: true))
    }
}

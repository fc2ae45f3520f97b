import Foundation
import SegmentsLoading
import Testing
@testable import SegmentsAnalytics

@Suite("Saved segmentation model")
struct SegmentationModelTests {
    /// A model of `labels` on a fixture matrix, as the report saves it.
    static func model(
        _ name: String, algorithm: ModelAlgorithm, labels: [Int], centers: Matrix?, parameters: ModelRun.Parameters
    ) -> (SegmentationModel, Matrix, [String]) {
        let matrix = ClusteringFixtures.dataset(name).matrix
        let columns: [BuyerFeature] = Array(BuyerFeature.allCases.prefix(matrix.cols))
        let ids = (0..<matrix.rows).map { "buyer\($0)" }
        let features = FeatureMatrix(
            featureSet: FeatureSet(name: "test", features: columns), buyers: (0..<matrix.rows).map { Int32($0) }, matrix: matrix,
            imputed: [Double](repeating: 0, count: matrix.cols), mean: [Double](repeating: 0, count: matrix.cols),
            scale: [Double](repeating: 1, count: matrix.cols), missing: [Int](repeating: 0, count: matrix.cols))
        let chosen = ModelSearchResult.Chosen(
            index: 0, basis: .rule, admissible: true, features: features, labels: labels,
            silhouetteValues: [Double](repeating: 0, count: labels.count), centers: centers)
        let clusters = (labels.max() ?? -1) + 1
        let run = ModelRun(
            featureSet: "test", algorithm: algorithm, parameters: parameters, clusterCount: clusters, noiseShare: 0,
            silhouette: nil, daviesBouldin: nil, calinskiHarabasz: nil, inertia: nil, smallestClusterShare: 0,
            largestClusterShare: 0, seconds: 0)
        let model = SegmentationModel(
            chosen: chosen, run: run, names: (0..<clusters).map { "segment\($0)" }, buyers: Interner(ids),
            reference: .init(rule: SegmentationModel.midnightAfterLastPurchase, trainingReference: "1970-01-02 00:00:00"),
            toolVersion: "test")
        return (model, matrix, ids)
    }

    @Test("K-means: the nearest centre reproduces the fit's labels", arguments: ["blobs2d", "buyers8d"])
    func kmeans(name: String) throws {
        let data = ClusteringFixtures.dataset(name).matrix
        let fit = try KMeans(.init(clusterCount: 4, seed: 3)).fit(data)
        let (model, matrix, ids) = Self.model(name, algorithm: .kmeans, labels: fit.labels, centers: fit.centers, parameters: .init(k: 4))
        #expect(model.assignment.rule == SegmentationModel.nearestCentroid)
        #expect(model.assignment.centroids?.count == 4)
        #expect(try model.assign(matrix, ids: ids) == fit.labels)
        #expect(model.problems.isEmpty, "\(model.problems)")
    }

    @Test("Ward: cut centroids for new buyers, the training labels reproduced through the exceptions", arguments: ["blobs2d", "anisotropic", "duplicates"])
    func ward(name: String) throws {
        let data = ClusteringFixtures.dataset(name).matrix
        let fit = try WardClustering(.init(clusterCount: 3)).fit(data)
        let (model, matrix, ids) = Self.model(name, algorithm: .ward, labels: fit.labels, centers: nil, parameters: .init(k: 3))
        let centroids = try #require(model.assignment.centroids)
        #expect(centroids.count == 3)
        // Each centroid is its cluster's mean.
        for cluster in 0..<3 {
            let rows = fit.labels.indices.filter { fit.labels[$0] == cluster }
            let mean = rows.reduce(0.0) { $0 + matrix[$1, 0] } / Double(rows.count)
            #expect(abs(centroids[cluster][0] - mean) < 1e-12)
        }
        let byRule = try model.assignByRule(matrix)
        #expect(model.exceptions.count == zip(byRule, fit.labels).count { $0 != $1 })
        #expect(model.exceptions.count < matrix.rows / 10)
        #expect(try model.assign(matrix, ids: ids) == fit.labels)
        // A buyer at a centroid joins that cluster; an exception whose row changed follows the rule.
        let points = Matrix(rows: 3, cols: matrix.cols, values: centroids.flatMap { $0 })
        #expect(try model.assign(points, ids: ["new0", "new1", "new2"]) == [0, 1, 2])
        if let exception = model.exceptions.first {
            let moved = Matrix(rows: 1, cols: matrix.cols, values: exception.row.map { $0 + 1e-9 })
            #expect(try model.assign(moved, ids: [exception.customerUniqueId]) == (try model.assignByRule(moved)))
        }
    }

    @Test("DBSCAN: nearest core point within eps, noise beyond; training labels reproduced", arguments: ["blobs2d", "duplicates"])
    func dbscan(name: String) throws {
        let dataset = ClusteringFixtures.dataset(name)
        let reference = try #require(dataset.reference.dbscan.first)
        let fit = try DBSCAN(.init(eps: reference.eps, minSamples: reference.minSamples)).fit(dataset.matrix)
        let (model, matrix, ids) = Self.model(
            name, algorithm: .dbscan, labels: fit.labels, centers: nil,
            parameters: .init(eps: reference.eps, minSamples: reference.minSamples))
        #expect(model.assignment.rule == SegmentationModel.nearestCoreWithinEps)
        #expect(model.assignment.corePoints?.count == fit.isCore.count { $0 })
        #expect(try model.assign(matrix, ids: ids) == fit.labels)
        let far = Matrix(rows: 1, cols: matrix.cols, values: [Double](repeating: 1e6, count: matrix.cols))
        #expect(try model.assign(far, ids: ["far"]) == [-1])
    }

    @Test("hand-edited content is named: sizes, unknown features and rules, bad clusters")
    func problems() throws {
        let data = ClusteringFixtures.dataset("blobs2d").matrix
        let fit = try KMeans(.init(clusterCount: 3, seed: 1)).fit(data)
        var (model, _, _) = Self.model("blobs2d", algorithm: .kmeans, labels: fit.labels, centers: fit.centers, parameters: .init(k: 3))
        var edited = model
        edited.assignment.centroids?[1].removeLast()
        #expect(edited.problems.contains { $0.hasPrefix("assignment.centroids[1] has 1 values, expected 2") })
        edited = model
        edited.assignment.centroids?.removeLast()
        #expect(edited.problems.contains { $0.contains("centroids has 2 rows, expected 3") })
        edited = model
        edited.features[0].name = "shoe_size"
        #expect(edited.problems.contains { $0.contains("unknown feature \"shoe_size\"") })
        edited = model
        edited.features[0].scale = 0
        #expect(edited.problems.contains { $0.contains("positive scale") })
        edited = model
        edited.assignment.rule = "magic"
        #expect(edited.problems.contains { $0.contains("unknown rule \"magic\"") })
        #expect(throws: SegmentationModelError.unknownRule("magic")) { try edited.assignByRule(data) }
        model.segments[2].cluster = 7
        #expect(model.problems.contains("segments[2].cluster is 7, expected 2"))
    }
}

@Suite("Saved model on the EDA fixture")
struct SegmentationModelBuyerTests {
    @Test("each algorithm: the saved transforms, imputation and scaler rebuild the matrix bit for bit; the labels come back",
          arguments: ModelAlgorithm.allCases)
    func rebuild(algorithm: ModelAlgorithm) throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("eda")
        let dataset = try OlistDataset.load(directory: folder, logger: EDATestData.logger)
        let buyers = ExploratoryAnalysis().run(dataset, logger: EDATestData.logger).buyers
        let search = try ModelSearch(.init(featureSets: [.rfmSatisfaction], clusterCounts: 3...4, algorithms: [algorithm], kmeansRestarts: 3))
            .run(buyers, logger: EDATestData.logger)
        let chosen = try #require(search.chosen)
        let run = try #require(search.chosenRun)
        let model = SegmentationModel(
            chosen: chosen, run: run, names: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"], buyers: dataset.buyers,
            reference: .init(buyers), toolVersion: "test")
        #expect(model.problems.isEmpty, "\(model.problems)")
        #expect(model.reference.rule == SegmentationModel.midnightAfterLastPurchase)
        let rows = try model.featureRows(buyers)
        #expect(rows == chosen.features.matrix)
        #expect(chosen.features.missing.contains { $0 > 0 }, "the fixture should exercise imputation")
        let ids = buyers.buyer.map { dataset.buyers[$0] }
        #expect(try model.assign(rows, ids: ids) == chosen.labels)
    }
}

extension SegmentationModelBuyerTests {
    @Test("a configured reference date is saved as a fixed rule, the default one as the last-purchase rule")
    func reference() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("eda")
        let dataset = try OlistDataset.load(directory: folder, logger: EDATestData.logger)
        let orders = OrderSummary(dataset)
        let derived = BuyerSummary(dataset, orders: orders)
        #expect(SegmentationModel.Reference(derived).rule == SegmentationModel.midnightAfterLastPurchase)
        let date = Timestamp(secondsSince1970: derived.lastPurchaseReference.secondsSince1970 + 30 * Timestamp.secondsPerDay)
        let fixed = SegmentationModel.Reference(BuyerSummary(dataset, orders: orders, referenceDate: date))
        #expect(fixed.rule == SegmentationModel.fixedReference)
        #expect(Timestamp(fixed.trainingReference) == date)
    }
}

import SegmentsLoading

extension SegmentationModel {
    /// The model of a search's chosen run.
    /// - Parameters:
    ///   - chosen: the chosen model (matrix, labels, K-means centres).
    ///   - run: its run (algorithm and parameters).
    ///   - names: the name identifier of each cluster, in cluster order.
    ///   - buyers: the buyer ids (`dataset.customers.buyers`), for the exceptions.
    ///   - reference: the recency reference of the training data (``Reference/init(_:)``).
    ///   - toolVersion: the version of the tool.
    /// - Complexity: O(n·k·d) for the centroid rules; O(n log n) for DBSCAN's core search.
    public init(
        chosen: ModelSearchResult.Chosen, run: ModelRun, names: [String], buyers: Interner, reference: Reference,
        toolVersion: String
    ) {
        let matrix = chosen.features
        let d = matrix.matrix.cols
        let clusters = (chosen.labels.max() ?? -1) + 1
        let features = matrix.featureSet.features.enumerated().map { j, feature in
            Feature(name: feature.rawValue, transform: feature.transformName, imputed: matrix.imputed[j], mean: matrix.mean[j],
                    scale: matrix.scale[j])
        }
        var assignment: Assignment
        switch run.algorithm {
        case .kmeans, .ward:
            let centroids = chosen.centers.map { centers in (0..<centers.rows).map { centers.row($0) } }
                ?? Self.centroids(matrix.matrix, labels: chosen.labels, clusters: clusters)
            assignment = Assignment(rule: Self.nearestCentroid, centroids: centroids)
        case .dbscan:
            let eps = run.parameters.eps ?? 0
            let isCore = KDTree(matrix.matrix).hasNeighbors(atLeast: run.parameters.minSamples ?? 1, within: eps)
            let core = (0..<matrix.matrix.rows).filter { isCore[$0] && chosen.labels[$0] >= 0 }
            assignment = Assignment(
                rule: Self.nearestCoreWithinEps, corePoints: core.map { matrix.matrix.row($0) },
                coreClusters: core.map { chosen.labels[$0] }, eps: eps)
        }
        self.init(
            toolVersion: toolVersion, featureSet: matrix.featureSet.name, features: features,
            reference: reference,
            algorithm: run.algorithm, parameters: run.parameters, assignment: assignment,
            segments: (0..<clusters).map { Segment(cluster: $0, name: $0 < names.count ? names[$0] : "") },
            exceptions: [], trainingBuyers: matrix.matrix.rows)
        precondition(d == features.count)
        let assigned = (try? assignByRule(matrix.matrix)) ?? []
        exceptions = chosen.labels.indices.compactMap { row in
            guard assigned.isEmpty || assigned[row] != chosen.labels[row] else { return nil }
            return Exception(
                customerUniqueId: buyers[matrix.buyers[row]], row: matrix.matrix.row(row), cluster: chosen.labels[row])
        }
    }

    /// Mean row of each cluster (noise left out).
    static func centroids(_ data: Matrix, labels: [Int], clusters: Int) -> [[Double]] {
        let d = data.cols
        var sums = [[Double]](repeating: [Double](repeating: 0, count: d), count: clusters)
        var counts = [Int](repeating: 0, count: clusters)
        for (row, label) in labels.enumerated() where label >= 0 {
            counts[label] += 1
            for j in 0..<d { sums[label][j] += data[row, j] }
        }
        return sums.enumerated().map { cluster, sum in sum.map { counts[cluster] > 0 ? $0 / Double(counts[cluster]) : 0 } }
    }
}

extension SegmentationModel.Reference {
    /// The reference of `buyers`: the default rule when their reference is the midnight after
    /// their last valid purchase, else `fixed` at the given date.
    public init(_ buyers: BuyerSummary) {
        let derived = buyers.referenceDate == buyers.lastPurchaseReference
        self.init(
            rule: derived ? SegmentationModel.midnightAfterLastPurchase : SegmentationModel.fixedReference,
            trainingReference: buyers.referenceDate.description)
    }
}

import SegmentsLoading

extension SegmentationModel {
    /// The scaled feature rows of the buyers of `summary`, in its row order, with the model's
    /// transforms, imputation values and scaler (bit-identical to the training matrix on the
    /// training data).
    /// - Throws: ``SegmentationModelError`` when a feature or transform is unknown to this
    ///   version of the tool.
    /// - Complexity: O(n·d).
    public func featureRows(_ summary: BuyerSummary) throws(SegmentationModelError) -> Matrix {
        let n = summary.count
        let d = features.count
        var values = [Double](repeating: 0, count: n * d)
        for (j, column) in features.enumerated() {
            guard let feature = BuyerFeature(rawValue: column.name) else { throw .unknownFeature(column.name) }
            guard feature.transformName == column.transform else {
                throw .transformMismatch(feature: column.name, saved: column.transform, current: feature.transformName)
            }
            let raw = feature.values(summary)
            for i in 0..<n {
                let x = raw[i].isNaN ? Double.nan : feature.transform(raw[i])
                values[i * d + j] = ((x.isNaN ? column.imputed : x) - column.mean) / column.scale
            }
        }
        return Matrix(rows: n, cols: d, values: values)
    }

    /// The cluster of every row of `rows` by the assignment rule alone (−1: DBSCAN noise).
    /// - Complexity: O(m·k·d) for centroids; about O(m log c) for c core points.
    public func assignByRule(_ rows: Matrix) throws(SegmentationModelError) -> [Int] {
        guard rows.cols == features.count else { throw .shape("rows have \(rows.cols) columns, the model \(features.count) features") }
        switch assignment.rule {
        case Self.nearestCentroid:
            let centroids = assignment.centroids ?? []
            let flat = Matrix(rows: centroids.count, cols: features.count, values: centroids.flatMap { $0 })
            return KMeansResult.nearest(rows, centers: flat)
        case Self.nearestCoreWithinEps:
            let points = assignment.corePoints ?? []
            let clusters = assignment.coreClusters ?? []
            let eps = assignment.eps ?? 0
            guard !points.isEmpty, rows.rows > 0 else { return [Int](repeating: -1, count: rows.rows) }
            let tree = KDTree(Matrix(rows: points.count, cols: features.count, values: points.flatMap { $0 }))
            let nearest = tree.nearestNeighbors(of: rows, k: 1)
            return (0..<rows.rows).map { nearest.distance($0, 0) <= eps ? clusters[nearest.neighbor($0, 0)] : -1 }
        default:
            throw .unknownRule(assignment.rule)
        }
    }

    /// The cluster of every buyer: the rule's, except for the ``exceptions`` whose identifier
    /// and row are unchanged, which keep their training cluster.
    /// - Parameters:
    ///   - rows: the buyers' feature rows (``featureRows(_:)``).
    ///   - ids: their `customer_unique_id`s, one per row.
    public func assign(_ rows: Matrix, ids: [String]) throws(SegmentationModelError) -> [Int] {
        var labels = try assignByRule(rows)
        guard !exceptions.isEmpty else { return labels }
        let known = Dictionary(exceptions.map { ($0.customerUniqueId, $0) }, uniquingKeysWith: { first, _ in first })
        for (row, id) in ids.enumerated() {
            if let exception = known[id], exception.row == rows.row(row) { labels[row] = exception.cluster }
        }
        return labels
    }

    /// The name identifier of `cluster` (empty for noise).
    public func name(ofCluster cluster: Int) -> String {
        cluster >= 0 && cluster < segments.count ? segments[cluster].name : ""
    }
}

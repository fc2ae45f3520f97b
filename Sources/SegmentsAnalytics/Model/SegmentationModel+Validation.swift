import SegmentsLoading

extension SegmentationModel {
    /// Everything inconsistent in the model (a hand-edited file): sizes that do not match,
    /// unknown identifiers, non-finite numbers; empty when it can score.
    public var problems: [String] {
        var problems: [String] = []
        let d = features.count
        if d == 0 { problems.append("features is empty") }
        for feature in features {
            guard let known = BuyerFeature(rawValue: feature.name) else {
                problems.append("features: unknown feature \"\(feature.name)\"")
                continue
            }
            if known.transformName != feature.transform {
                problems.append("features: \(feature.name) has transform \"\(feature.transform)\", this version uses \"\(known.transformName)\"")
            }
            if !(feature.imputed.isFinite && feature.mean.isFinite && feature.scale.isFinite && feature.scale > 0) {
                problems.append("features: \(feature.name) needs finite imputed and mean values and a positive scale")
            }
        }
        if ![Self.midnightAfterLastPurchase, Self.fixedReference].contains(reference.rule) {
            problems.append("reference.rule: unknown rule \"\(reference.rule)\"")
        }
        if Timestamp(reference.trainingReference) == nil {
            problems.append("reference.training_reference: \"\(reference.trainingReference)\" is not a yyyy-MM-dd HH:mm:ss date")
        }
        // Without a segment, nearest_centroid would still place every row in cluster 0.
        if segments.isEmpty { problems.append("segments is empty, expected at least one segment") }
        for (index, segment) in segments.enumerated() where segment.cluster != index {
            problems.append("segments[\(index)].cluster is \(segment.cluster), expected \(index)")
        }
        func checkRows(_ rows: [[Double]], _ name: String) {
            for (index, row) in rows.enumerated() {
                if row.count != d { problems.append("\(name)[\(index)] has \(row.count) values, expected \(d) (one per feature)") }
                if !row.allSatisfy(\.isFinite) { problems.append("\(name)[\(index)] holds a non-finite value") }
            }
        }
        switch assignment.rule {
        case Self.nearestCentroid:
            let centroids = assignment.centroids ?? []
            if centroids.count != segments.count {
                problems.append("assignment.centroids has \(centroids.count) rows, expected \(segments.count) (one per segment)")
            }
            checkRows(centroids, "assignment.centroids")
        case Self.nearestCoreWithinEps:
            let points = assignment.corePoints ?? []
            let clusters = assignment.coreClusters ?? []
            if points.count != clusters.count {
                problems.append("assignment.core_points has \(points.count) rows but core_clusters \(clusters.count) values")
            }
            checkRows(points, "assignment.core_points")
            if let bad = clusters.first(where: { !(0..<segments.count).contains($0) }) {
                problems.append("assignment.core_clusters holds \(bad), not a segment (0..<\(segments.count))")
            }
            if !((assignment.eps ?? -1) >= 0 && (assignment.eps ?? .nan).isFinite) { problems.append("assignment.eps must be a finite radius ≥ 0") }
        default:
            problems.append("assignment.rule: unknown rule \"\(assignment.rule)\"")
        }
        for (index, exception) in exceptions.enumerated() {
            if exception.row.count != d { problems.append("exceptions[\(index)].row has \(exception.row.count) values, expected \(d)") }
            if !(-1..<segments.count).contains(exception.cluster) {
                problems.append("exceptions[\(index)].cluster is \(exception.cluster), not a segment")
            }
        }
        return problems
    }
}

import SegmentsAnalytics

/// The output of `segments score`: `customer_unique_id,cluster,segment_name`, one row per
/// buyer in the order of `data/segments.csv` (cluster −1 and an empty name for DBSCAN noise).
public enum ScoresExport {
    /// The CSV bytes.
    /// - Parameters:
    ///   - ids: the buyers' `customer_unique_id`s.
    ///   - clusters: their clusters, one per id.
    ///   - model: the model, for the names.
    public static func csv(ids: [String], clusters: [Int], model: SegmentationModel) -> [UInt8] {
        var csv = CSVText(header: ["customer_unique_id", "cluster", "segment_name"])
        for (id, cluster) in zip(ids, clusters) {
            csv.appendRow([id, String(cluster), model.name(ofCluster: cluster)])
        }
        return csv.bytes
    }
}

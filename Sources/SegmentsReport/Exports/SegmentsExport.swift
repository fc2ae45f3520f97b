import SegmentsAnalytics
import SegmentsLoading

/// `data/segments.csv`: the chosen model's segment of every buyer of `features.csv`, in its
/// row order: `customer_unique_id,cluster,segment_name,rfm_segment`, cluster −1 for DBSCAN
/// noise (empty name), the name as its identifier, the RFM segment as its snake_case id.
public enum SegmentsExport {
    /// The CSV bytes.
    /// - Parameters:
    ///   - chosen: the chosen model.
    ///   - profile: its segments' profiles (names).
    ///   - rfm: RFM of the same buyers (rows of `BuyerSummary`).
    ///   - buyers: the buyer ids.
    /// - Complexity: O(n).
    public static func csv(
        _ chosen: ModelSearchResult.Chosen, profile: SegmentationProfile, rfm: RFMResult, buyers: Interner
    ) -> [UInt8] {
        let names = profile.segments.map(\.name.identifier)
        var csv = CSVText(header: ["customer_unique_id", "cluster", "segment_name", "rfm_segment"])
        for (row, code) in chosen.features.buyers.enumerated() {
            let cluster = chosen.labels[row]
            csv.appendRow([buyers[code], String(cluster), cluster >= 0 ? names[cluster] : "", rfm.segments[row].identifier])
        }
        return csv.bytes
    }
}

import SegmentsAnalytics
import SegmentsLoading

/// `data/features.csv`: the exact standardised matrix that is clustered, one row per buyer:
/// `customer_unique_id` then one column per feature of the set.
public enum FeaturesExport {
    /// The CSV bytes of `features`, buyers named from `buyers`.
    /// - Complexity: O(n·d).
    public static func csv(_ features: FeatureMatrix, buyers: Interner) -> [UInt8] {
        var csv = CSVText(header: ["customer_unique_id"] + features.featureSet.features.map(\.rawValue))
        let d = features.matrix.cols
        for (row, code) in features.buyers.enumerated() {
            var fields = [buyers[code]]
            for j in 0..<d { fields.append(CSVText.number(features.matrix.values[row * d + j])) }
            csv.appendRow(fields)
        }
        return csv.bytes
    }
}

import SegmentsAnalytics
import SegmentsLoading

/// `data/tsne.csv`: the 2-D t-SNE map of the buyers, `customer_unique_id,x,y`, in the row
/// order of the feature matrix.
public enum EmbeddingExport {
    /// The CSV bytes of `embedding` (one row per buyer of `features`).
    /// - Complexity: O(n).
    public static func csv(_ embedding: Matrix, features: FeatureMatrix, buyers: Interner) -> [UInt8] {
        precondition(embedding.rows == features.buyers.count && embedding.cols == 2, "embedding shape mismatch")
        var csv = CSVText(header: ["customer_unique_id", "x", "y"])
        for (row, code) in features.buyers.enumerated() {
            csv.appendRow([buyers[code], CSVText.number(embedding[row, 0]), CSVText.number(embedding[row, 1])])
        }
        return csv.bytes
    }
}

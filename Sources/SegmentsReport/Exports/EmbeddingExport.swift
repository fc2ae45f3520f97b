import SegmentsAnalytics
import SegmentsLoading

/// `data/tsne.csv`: the 2-D t-SNE map of the buyers, `customer_unique_id,x,y`, in the row
/// order of the feature matrix.
public enum EmbeddingExport {
    /// The CSV bytes of `embedding` (one row per buyer of `features`, or per row of `rows`
    /// when the map holds a sample).
    /// - Complexity: O(n).
    public static func csv(_ embedding: Matrix, features: FeatureMatrix, buyers: Interner, rows: [Int]? = nil) -> [UInt8] {
        precondition(embedding.rows == (rows?.count ?? features.buyers.count) && embedding.cols == 2, "embedding shape mismatch")
        var csv = CSVText(header: ["customer_unique_id", "x", "y"])
        for point in 0..<embedding.rows {
            let code = features.buyers[rows?[point] ?? point]
            csv.appendRow([buyers[code], CSVText.number(embedding[point, 0]), CSVText.number(embedding[point, 1])])
        }
        return csv.bytes
    }
}

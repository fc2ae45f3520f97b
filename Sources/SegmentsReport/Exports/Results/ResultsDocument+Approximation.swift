import SegmentsAnalytics

extension ResultsDocument.Segmentation {
    /// `segmentation.approximations[]`: one figure family computed approximately because the
    /// buyers exceeded a threshold (SCALING.md).
    struct Approximation: Encodable {
        /// `silhouette` (sampled, with a 95 % interval), `kmeans` (restarts on a sample, the
        /// best refined on every buyer), `ward` (tree on a sample, the rest
        /// assigned to the nearest cut centroid) or `tsne` (map of a sample).
        var method: String
        /// Buyers above which the approximation applies.
        var threshold: Int
        /// Buyers sampled, and buyers in all.
        var sampleSize: Int
        var buyers: Int
        var seed: UInt64
        /// Confidence level of the intervals (silhouette only).
        var confidence: Double?

        init(_ approximation: SearchApproximation, seed: UInt64) {
            method = approximation.method.rawValue
            threshold = approximation.threshold
            sampleSize = approximation.sampleSize
            buyers = approximation.rows
            self.seed = seed
            confidence = approximation.method == .silhouette ? 0.95 : nil
        }
    }
}

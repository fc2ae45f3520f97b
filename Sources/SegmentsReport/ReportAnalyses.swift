import SegmentsAnalytics

/// The analyses a report shows, computed by the caller stage by stage (so that each can
/// show its progress) and rendered together.
public struct ReportAnalyses: Sendable {
    /// Indicators, distributions and RFM of the exploratory page.
    public var exploration: EDAResult
    /// The standardised buyer matrix the segmentation works on (`data/features.csv`).
    public var features: FeatureMatrix
    /// The t-SNE map of `features` (`data/tsne.csv`); `nil` when skipped.
    public var embedding: TSNEResult?

    public init(exploration: EDAResult, features: FeatureMatrix, embedding: TSNEResult?) {
        self.exploration = exploration
        self.features = features
        self.embedding = embedding
    }
}

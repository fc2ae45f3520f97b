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
    /// The model search (`results.json` → `segmentation`); when it chose a model, `features`
    /// is the chosen model's matrix.
    public var search: ModelSearchResult?
    /// The chosen model's segments explained (`data/segments.csv`).
    public var segmentation: SegmentationProfile?
    /// How the chosen model ages (`results.json` → `drift`, drift.html); `nil` without a chosen model.
    public var drift: DriftResult?

    public init(
        exploration: EDAResult, features: FeatureMatrix, embedding: TSNEResult?,
        search: ModelSearchResult? = nil, segmentation: SegmentationProfile? = nil,
        drift: DriftResult? = nil
    ) {
        self.exploration = exploration
        self.features = features
        self.embedding = embedding
        self.search = search
        self.segmentation = segmentation
        self.drift = drift
    }
}

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
    /// The rows of `features` the map holds, ascending, when it maps a sample
    /// (`ScaleLimits.mapRows`); `nil` when it maps every row.
    public var embeddingRows: [Int]?
    /// The model search (`results.json` → `segmentation`); when it chose a model, `features`
    /// is the chosen model's matrix.
    public var search: ModelSearchResult?
    /// The chosen model's segments explained (`data/segments.csv`).
    public var segmentation: SegmentationProfile?
    /// The measured maintenance interval the quote is priced on; `nil` when no drift was
    /// measured (the quote then assumes one intervention a year).
    public var quoteBasis: QuoteBasis?
    /// Feature sets asked for that the data cannot provide (a transaction log without
    /// reviews, deliveries, …), with what each lacks.
    public var unavailableFeatureSets: [UnavailableFeatureSet]
    /// How the chosen model ages (`results.json` → `drift`, drift.html); `nil` without a chosen model.
    public var drift: DriftResult?
    /// The previous delivery compared (`--previous-model`); `nil` without one.
    public var previous: PreviousDelivery?

    public init(
        exploration: EDAResult, features: FeatureMatrix, embedding: TSNEResult?,
        search: ModelSearchResult? = nil, segmentation: SegmentationProfile? = nil, quoteBasis: QuoteBasis? = nil,
        unavailableFeatureSets: [UnavailableFeatureSet] = [], drift: DriftResult? = nil
    ) {
        self.unavailableFeatureSets = unavailableFeatureSets
        self.exploration = exploration
        self.features = features
        self.embedding = embedding
        self.search = search
        self.segmentation = segmentation
        self.quoteBasis = quoteBasis
        self.drift = drift
    }
}

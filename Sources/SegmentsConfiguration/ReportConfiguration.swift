import SegmentsAnalytics
import SegmentsCharts

/// What a user tunes in `segments report`, read from `--config FILE` (YAML; see
/// `segments.example.yaml`). Every part has the report's default, so no file is needed;
/// command-line flags override the file (the command applies them).
public struct ReportConfiguration: Sendable, Equatable {
    /// Title of the report, shown in every page's masthead; `nil` for the product name.
    public var title: String?
    /// Language of the pages; `nil` when the file does not say (English unless `--lang`).
    public var language: String?
    /// The date recency is measured from; `nil` for midnight after the last valid purchase.
    public var rfmReferenceDate: ConfigurationDate?
    /// The model search: feature sets, k range, algorithms and their parameters, selection rule.
    public var search: ModelSearch.Configuration
    /// The t-SNE map's parameters.
    public var tsne: TSNE.Configuration
    /// Whether the t-SNE map is left out.
    public var skipTSNE: Bool
    /// The drift analysis.
    public var drift: DriftConfiguration
    /// A previous delivery's `data/model.json` to compare today's segments with (`drift.previous_model`,
    /// resolved against the configuration file's folder when relative; `--previous-model` overrides it).
    public var previousModel: String?
    /// The maintenance quote.
    public var quote: QuoteSettings
    /// A transaction log to report on, with its column mapping.
    public var transactions: TransactionSettings

    /// The defaults: what `segments report` does without a file.
    public init(
        title: String? = nil, language: String? = nil, rfmReferenceDate: ConfigurationDate? = nil,
        search: ModelSearch.Configuration = .init(), tsne: TSNE.Configuration = .init(), skipTSNE: Bool = false,
        drift: DriftConfiguration = .init(), previousModel: String? = nil, quote: QuoteSettings = .init(),
        transactions: TransactionSettings = .init()
    ) {
        self.title = title
        self.language = language
        self.rfmReferenceDate = rfmReferenceDate
        self.search = search
        self.tsne = tsne
        self.skipTSNE = skipTSNE
        self.drift = drift
        self.previousModel = previousModel
        self.quote = quote
        self.transactions = transactions
    }
}

import SegmentsCharts
/// What the caller asks of a report besides the data: language, provenance and the
/// configuration to show.
public struct ReportRequest: Sendable {
    /// One line of the configuration table: a key (translated on the page) and its value.
    public struct Setting: Sendable, Encodable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public var language: ReportLanguage
    public var provenance: Provenance
    public var settings: [Setting]
    /// The report's title in every page's masthead; `nil` for the product name.
    public var title: String?
    /// The effective configuration, written to `results.json` → `configuration` as it encodes.
    public var configuration: (any Encodable & Sendable)?
    /// The terms of the maintenance quote (quote.html).
    public var quote: MaintenanceQuote.Terms

    public init(
        language: ReportLanguage, provenance: Provenance, settings: [Setting], title: String? = nil,
        configuration: (any Encodable & Sendable)? = nil, quote: MaintenanceQuote.Terms = .init()
    ) {
        self.language = language
        self.provenance = provenance
        self.settings = settings
        self.title = title
        self.configuration = configuration
        self.quote = quote
    }
}

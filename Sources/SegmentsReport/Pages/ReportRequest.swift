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

    /// The words and conventions of the pages' language.
    public var catalogue: Catalogue
    public var provenance: Provenance
    public var settings: [Setting]
    /// The report's title in every page's masthead; `nil` for the product name.
    public var title: String?
    /// The effective configuration, written to `results.json` → `configuration` as it encodes.
    public var configuration: (any Encodable & Sendable)?
    /// The terms of the maintenance quote (quote.html).
    public var quote: MaintenanceQuote.Terms

    /// The language of the pages.
    public var language: ReportLanguage { catalogue.language }

    public init(
        catalogue: Catalogue, provenance: Provenance, settings: [Setting], title: String? = nil,
        configuration: (any Encodable & Sendable)? = nil, quote: MaintenanceQuote.Terms = .init()
    ) {
        self.catalogue = catalogue
        self.provenance = provenance
        self.settings = settings
        self.title = title
        self.configuration = configuration
        self.quote = quote
    }

    /// A request in a built-in language.
    public init(language: ReportLanguage, provenance: Provenance, settings: [Setting]) {
        self.init(catalogue: Catalogue(language), provenance: provenance, settings: settings)
    }
}

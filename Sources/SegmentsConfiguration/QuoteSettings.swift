/// The `quote` section: who quotes whom, and the effort and price of one maintenance
/// intervention. The defaults give a plausible quote without a file.
public struct QuoteSettings: Sendable, Equatable {
    /// Days of work per intervention, by task.
    public struct Days: Sendable, Equatable {
        /// Loading and checking the new data.
        public var dataRefresh: Double
        /// Refitting the model and renaming the segments.
        public var retraining: Double
        /// Comparing the new segments with the delivered ones.
        public var checks: Double
        /// Writing and presenting the report.
        public var report: Double

        public init(dataRefresh: Double = 0.5, retraining: Double = 1, checks: Double = 0.5, report: Double = 1) {
            self.dataRefresh = dataRefresh
            self.retraining = retraining
            self.checks = checks
            self.report = report
        }
    }

    public var client: String
    public var provider: String
    /// The quote's reference.
    public var number: String
    /// ISO 4217 code (`BRL`, `EUR`, …).
    public var currency: String
    /// Symbol shown with amounts; `nil` for the code's usual symbol (`R$`, `€`, `$`, `£`), or
    /// the code itself.
    public var currencySymbol: String?
    /// Price of one day of work, before tax.
    public var dayRate: Double
    public var days: Days
    /// Monthly monitoring fee before tax; `nil` for none.
    public var monthlyFee: Double?
    /// Tax as a fraction of the amount before tax (0.2 for 20 %).
    public var taxRate: Double
    /// Days the quote stays valid after its issue date.
    public var validityDays: Int

    public init(
        client: String = "Olist", provider: String = "Segments analytics", number: String = "Q-0001",
        currency: String = "BRL", currencySymbol: String? = nil, dayRate: Double = 4_000, days: Days = .init(),
        monthlyFee: Double? = nil, taxRate: Double = 0.15, validityDays: Int = 30
    ) {
        self.client = client
        self.provider = provider
        self.number = number
        self.currency = currency
        self.currencySymbol = currencySymbol
        self.dayRate = dayRate
        self.days = days
        self.monthlyFee = monthlyFee
        self.taxRate = taxRate
        self.validityDays = validityDays
    }

    /// The symbol shown with amounts.
    public var symbol: String {
        currencySymbol ?? CurrencyCode.usualSymbol(currency)
    }
}

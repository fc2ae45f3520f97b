import SegmentsCharts

extension MaintenanceQuote {
    /// A task of one maintenance intervention, in quote order.
    public enum Task: String, Sendable, CaseIterable, Encodable {
        /// Loading and checking the new data.
        case dataRefresh = "data_refresh"
        /// Refitting the model and naming the segments again.
        case retraining
        /// Comparing the new segments with the delivered ones.
        case checks
        /// Writing and presenting the maintenance report.
        case report
    }

    /// The commercial terms: parties, reference, prices and effort. The defaults are those of
    /// the configuration file's `quote` section (`segments.example.yaml`).
    public struct Terms: Sendable, Equatable {
        public var client: String
        public var provider: String
        /// The quote's reference.
        public var number: String
        public var currency: Currency
        /// Price of one day of work, before tax.
        public var dayRate: Double
        /// Days of work per intervention, by task.
        public var days: [Task: Double]
        /// Monthly monitoring fee before tax, charged 12 times a year; `nil` for none.
        public var monthlyFee: Double?
        /// Tax as a fraction of the total before tax.
        public var taxRate: Double
        /// Days the quote stays valid after its issue date.
        public var validityDays: Int

        public init(
            client: String = "Olist", provider: String = "Segments analytics", number: String = "Q-0001",
            currency: Currency = .brl, dayRate: Double = 4_000,
            days: [Task: Double] = [.dataRefresh: 0.5, .retraining: 1, .checks: 0.5, .report: 1],
            monthlyFee: Double? = nil, taxRate: Double = 0.15, validityDays: Int = 30
        ) {
            self.client = client
            self.provider = provider
            self.number = number
            self.currency = currency
            self.dayRate = dayRate
            self.days = days
            self.monthlyFee = monthlyFee
            self.taxRate = taxRate
            self.validityDays = validityDays
        }
    }
}

import SegmentsLoading

/// Everything the exploration page shows: indicators, monthly activity, distributions,
/// per-buyer aggregates and their RFM scores.
public struct EDAResult: Sendable {
    /// Per-order aggregates.
    public var orders: OrderSummary
    /// Per-buyer aggregates (rows in buyer-code order), the input of RFM.
    public var buyers: BuyerSummary
    /// Headline figures.
    public var indicators: EDAIndicators
    /// Valid orders and revenue per month of purchase.
    public var monthly: [MonthlyActivity]
    /// Distributions of reviews, payments, deliveries, categories and states.
    public var distributions: EDADistributions
    /// Shares derived from the indicators and distributions that the commentary quotes.
    public var shares: EDAShares
    /// The scoring rule used.
    public var rfmConfiguration: RFMScoring.Configuration
    /// RFM scores of each row of ``buyers``.
    public var rfm: RFMResult
    /// Paid value per R × FM cell (see ``RFMResult/revenueGrid(monetary:)``).
    public var rfmRevenueGrid: [[Double]]
    /// The best segments' and the high frequency–monetary cells' shares.
    public var rfmHighlights: RFMHighlights
    /// Customers whose zip code prefix is in the geolocation table (nil without that table).
    public var customerZipCoverage: ZipCoverage?

    /// How many customers' zip code prefixes have coordinates.
    public struct ZipCoverage: Sendable, Equatable {
        /// Customers with a zip code prefix.
        public var checked: Int
        /// Of those, the ones whose prefix is absent from the geolocation table.
        public var unmatched: Int
        /// The share of checked customers that match (1 when none was checked).
        public var matchRate: Double { checked == 0 ? 1 : Double(checked - unmatched) / Double(checked) }
    }
}

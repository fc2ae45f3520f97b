import Logging
import SegmentsLoading

/// The exploratory analysis of an Olist dataset: indicators, monthly activity,
/// distributions and RFM scores, computed in one pass over the tables.
public struct ExploratoryAnalysis: Sendable {
    /// Parameters of the analysis.
    public struct Configuration: Sendable, Hashable {
        /// The date recency is measured from; nil: midnight after the last valid purchase.
        public var referenceDate: Timestamp?
        /// The RFM scoring rule.
        public var rfm: RFMScoring.Configuration

        public init(referenceDate: Timestamp? = nil, rfm: RFMScoring.Configuration = .init()) {
            self.referenceDate = referenceDate
            self.rfm = rfm
        }
    }

    /// The parameters in use.
    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Runs the analysis.
    /// - Parameters:
    ///   - dataset: the loaded data.
    ///   - logger: receives a debug line with the main figures.
    /// - Returns: every figure of the exploration page.
    /// - Complexity: O(n log n) in the number of rows of the largest table.
    public func run(_ dataset: OlistDataset, logger: Logger) -> EDAResult {
        let orders = OrderSummary(dataset)
        let buyers = BuyerSummary(dataset, orders: orders, referenceDate: configuration.referenceDate)
        let monetary = buyers.monetary
        let rfm = RFMScoring(configuration: configuration.rfm).run(
            recency: buyers.recencyDays, frequency: buyers.frequency.map { Int($0) }, monetary: monetary)
        let indicators = EDAIndicators(dataset, orders: orders, buyers: buyers)
        logger.debug(
            "exploratory analysis",
            metadata: [
                "valid_orders": "\(indicators.validOrders)", "buyers": "\(indicators.buyers)",
                "repeat_buyer_share": "\(indicators.repeatBuyerShare)",
            ])
        let distributions = EDADistributions(dataset, orders: orders, buyers: buyers)
        let revenueGrid = rfm.revenueGrid(monetary: monetary)
        return EDAResult(
            orders: orders, buyers: buyers, indicators: indicators,
            monthly: MonthlyActivity.series(dataset, orders: orders, buyers: buyers),
            distributions: distributions, shares: EDAShares(indicators: indicators, distributions: distributions),
            rfmConfiguration: configuration.rfm, rfm: rfm, rfmRevenueGrid: revenueGrid,
            rfmHighlights: RFMHighlights(rfm, revenueGrid: revenueGrid),
            customerZipCoverage: Self.zipCoverage(dataset))
    }

    /// Customers whose zip code prefix appears in the geolocation table.
    static func zipCoverage(_ dataset: OlistDataset) -> EDAResult.ZipCoverage? {
        guard let geolocation = dataset.geolocation else { return nil }
        let known = Set(geolocation.zipCodePrefix)
        var coverage = EDAResult.ZipCoverage(checked: 0, unmatched: 0)
        for zip in dataset.customers.zipCodePrefix where zip >= 0 {
            coverage.checked += 1
            if !known.contains(zip) { coverage.unmatched += 1 }
        }
        return coverage
    }
}

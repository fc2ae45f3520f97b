import SegmentsCharts

extension MaintenanceQuote {
    /// The quote of a report: the request's terms and clock, the analyses' measured interval,
    /// and the valid orders' first and last day when no drift was measured.
    init(request: ReportRequest, analyses: ReportAnalyses) {
        let indicators = analyses.exploration.indicators
        var period: ClosedRange<CivilDate>?
        if let first = indicators.firstPurchase, let last = indicators.lastPurchase {
            let start = CivilDate(unixSeconds: Double(first.secondsSince1970))
            period = start...max(start, CivilDate(unixSeconds: Double(last.secondsSince1970)))
        }
        self.init(
            terms: request.quote, basis: analyses.quoteBasis, dataPeriod: period, issuedAt: request.provenance.generatedAt)
    }
}

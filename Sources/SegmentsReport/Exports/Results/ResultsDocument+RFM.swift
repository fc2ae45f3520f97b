import SegmentsAnalytics

extension ResultsDocument.EDA {
    /// The `eda.rfm` object: reference date, rule, segment sizes and the R × FM grids.
    struct RFM: Encodable {
        struct Segment: Encodable {
            var segment: String
            var name: String
            var buyers: Int
            var buyerShare: JSONFigure
            var revenue: JSONFigure
            var revenueShare: JSONFigure
            var averageMonetary: JSONFigure
            var averageRecencyDays: JSONFigure
            var averageFrequency: JSONFigure
            var averageBasket: JSONFigure
        }

        var referenceDate: String
        var frequencyThresholds: [Int]
        var scoringRule: String
        var meanRecencyDays: JSONFigure
        var meanMonetary: JSONFigure
        var segments: [Segment]
        var bestSegmentsBuyerShare: JSONFigure
        var bestSegmentsRevenueShare: JSONFigure
        var topFrequencyMonetaryBuyerShare: JSONFigure
        var topFrequencyMonetaryRevenueShare: JSONFigure
        /// `grid_buyers[r - 1][fm - 1]`: buyers with recency score r and FM score fm.
        var gridBuyers: [[Int]]
        /// Paid value of those buyers.
        var gridRevenue: [[JSONFigure]]

        init(_ result: EDAResult, words: Catalogue) {
            referenceDate = result.buyers.referenceDate.description
            frequencyThresholds = result.rfmConfiguration.frequencyThresholds
            scoringRule = words.rfmRule(result.rfmConfiguration)
            meanRecencyDays = JSONFigure(SampleStatistics(result.buyers.recencyDays).mean)
            meanMonetary = JSONFigure(SampleStatistics(result.buyers.monetary).mean)
            segments = result.rfm.summaries.map { summary in
                Segment(
                    segment: summary.segment.identifier, name: words.segmentName(summary.segment), buyers: summary.buyers,
                    buyerShare: JSONFigure(summary.buyerShare), revenue: JSONFigure(summary.revenue),
                    revenueShare: JSONFigure(summary.revenueShare), averageMonetary: JSONFigure(summary.averageMonetary ?? .nan),
                    averageRecencyDays: JSONFigure(summary.averageRecency ?? .nan),
                    averageFrequency: JSONFigure(summary.averageFrequency ?? .nan),
                    averageBasket: JSONFigure(summary.averageBasket ?? .nan))
            }
            let highlights = result.rfmHighlights
            bestSegmentsBuyerShare = JSONFigure(highlights.bestSegmentsBuyerShare)
            bestSegmentsRevenueShare = JSONFigure(highlights.bestSegmentsRevenueShare)
            topFrequencyMonetaryBuyerShare = JSONFigure(highlights.topFrequencyMonetaryBuyerShare)
            topFrequencyMonetaryRevenueShare = JSONFigure(highlights.topFrequencyMonetaryRevenueShare)
            gridBuyers = result.rfm.grid
            gridRevenue = result.rfmRevenueGrid.map { $0.map(JSONFigure.init) }
        }
    }
}

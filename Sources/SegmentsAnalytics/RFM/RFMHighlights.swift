/// The RFM shares the exploration page's commentary quotes: the best segments' weight and
/// that of the cells with a high frequency–monetary score.
public struct RFMHighlights: Sendable, Equatable {
    /// The segments counted as the best buyers.
    public static let bestSegments: [RFMSegment] = [.champions, .loyal]
    /// The frequency–monetary scores counted as high.
    public static let topFrequencyMonetaryScores = 4...5

    /// Buyers in ``bestSegments`` over all buyers (0 without buyers).
    public var bestSegmentsBuyerShare: Double
    /// Their revenue over all revenue (0 when it is not positive).
    public var bestSegmentsRevenueShare: Double
    /// Buyers with a frequency–monetary score in ``topFrequencyMonetaryScores`` over all
    /// buyers (NaN without buyers).
    public var topFrequencyMonetaryBuyerShare: Double
    /// Their paid value over all paid value (NaN when it is not positive).
    public var topFrequencyMonetaryRevenueShare: Double

    /// Derives the shares from the segment summaries and the R × FM grids.
    /// - Parameters:
    ///   - rfm: the scores and summaries.
    ///   - revenueGrid: paid value per cell (``RFMResult/revenueGrid(monetary:)``).
    public init(_ rfm: RFMResult, revenueGrid: [[Double]]) {
        let best = rfm.summaries.filter { Self.bestSegments.contains($0.segment) }
        bestSegmentsBuyerShare = best.reduce(0.0) { $0 + $1.buyerShare }
        bestSegmentsRevenueShare = best.reduce(0.0) { $0 + $1.revenueShare }
        let grid = rfm.grid
        let buyers = grid.joined().reduce(0, +)
        let totalRevenue = revenueGrid.joined().reduce(0, +)
        let high = Self.topFrequencyMonetaryScores.map { $0 - 1 }
        let highBuyers = grid.reduce(0) { sum, row in high.reduce(sum) { $0 + row[$1] } }
        let highRevenue = revenueGrid.reduce(0.0) { sum, row in high.reduce(sum) { $0 + row[$1] } }
        topFrequencyMonetaryBuyerShare = buyers == 0 ? .nan : Double(highBuyers) / Double(buyers)
        topFrequencyMonetaryRevenueShare = totalRevenue > 0 ? highRevenue / totalRevenue : .nan
    }
}

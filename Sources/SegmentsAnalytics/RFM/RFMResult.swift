/// RFM scores and segments of every buyer, with per-segment summaries and the R × FM grid.
public struct RFMResult: Sendable, Equatable {
    /// Recency score per buyer (5 = most recent).
    public let recencyScores: [Int]
    /// Frequency score per buyer.
    public let frequencyScores: [Int]
    /// Monetary score per buyer (5 = highest spend).
    public let monetaryScores: [Int]
    /// Combined frequency–monetary score per buyer.
    public let frequencyMonetaryScores: [Int]
    /// Segment per buyer.
    public let segments: [RFMSegment]
    /// One summary per segment, in `RFMSegment.allCases` order (empty segments included).
    public let summaries: [RFMSegmentSummary]
    /// Buyers per cell: `grid[r - 1][fm - 1]` for recency score r and FM score fm.
    public let grid: [[Int]]

    /// Number of buyers.
    public var count: Int { segments.count }

    /// The summary of `segment`.
    public func summary(for segment: RFMSegment) -> RFMSegmentSummary {
        summaries[RFMSegment.allCases.firstIndex(of: segment)!]
    }

    /// Assembles the result from the three score arrays and the raw values.
    init(recencyScores: [Int], frequencyScores: [Int], monetaryScores: [Int],
         recency: [Double], frequency: [Int], monetary: [Double]) {
        self.recencyScores = recencyScores
        self.frequencyScores = frequencyScores
        self.monetaryScores = monetaryScores
        frequencyMonetaryScores = zip(frequencyScores, monetaryScores).map {
            RFMScoring.frequencyMonetaryScore(frequency: $0, monetary: $1)
        }
        segments = zip(recencyScores, frequencyMonetaryScores).map { RFMSegment(recency: $0, frequencyMonetary: $1) }
        var grid = [[Int]](repeating: [Int](repeating: 0, count: 5), count: 5)
        for (r, fm) in zip(recencyScores, frequencyMonetaryScores) { grid[r - 1][fm - 1] += 1 }
        self.grid = grid
        summaries = RFMSegmentSummary.all(segments: segments, recency: recency, frequency: frequency, monetary: monetary)
    }
}

/// Size and value of one RFM segment.
public struct RFMSegmentSummary: Sendable, Equatable {
    public let segment: RFMSegment
    /// Buyers in the segment.
    public let buyers: Int
    /// Buyers in the segment / all buyers (0 when there are none).
    public let buyerShare: Double
    /// Total finite monetary value of the segment's buyers.
    public let revenue: Double
    /// Revenue of the segment / revenue of all buyers (0 when the total is not positive).
    public let revenueShare: Double
    /// Mean monetary value per buyer (nil for an empty segment).
    public let averageMonetary: Double?
    /// Mean recency in days (nil for an empty segment; non-finite values left out).
    public let averageRecency: Double?
    /// Mean number of orders (nil for an empty segment).
    public let averageFrequency: Double?

    /// Mean paid value per order of the segment's buyers: revenue over their orders (nil
    /// without an order).
    public var averageBasket: Double? {
        let orders = (averageFrequency ?? 0) * Double(buyers)
        return orders > 0 ? revenue / orders : nil
    }

    /// Summaries of every segment in `RFMSegment.allCases` order.
    /// - Complexity: O(n).
    static func all(segments: [RFMSegment], recency: [Double], frequency: [Int], monetary: [Double]) -> [RFMSegmentSummary] {
        let cases = RFMSegment.allCases
        var buyers = [Int](repeating: 0, count: cases.count)
        var revenue = [Double](repeating: 0, count: cases.count)
        var recencySum = [Double](repeating: 0, count: cases.count)
        var recencyCount = [Int](repeating: 0, count: cases.count)
        var orders = [Int](repeating: 0, count: cases.count)
        let index = Dictionary(uniqueKeysWithValues: cases.enumerated().map { ($1, $0) })
        for (buyer, segment) in segments.enumerated() {
            let s = index[segment]!
            buyers[s] += 1
            if monetary[buyer].isFinite { revenue[s] += monetary[buyer] }
            if recency[buyer].isFinite { recencySum[s] += recency[buyer]; recencyCount[s] += 1 }
            orders[s] += frequency[buyer]
        }
        let totalRevenue = revenue.reduce(0, +)
        let total = segments.count
        return cases.indices.map { s in
            RFMSegmentSummary(
                segment: cases[s], buyers: buyers[s],
                buyerShare: total > 0 ? Double(buyers[s]) / Double(total) : 0,
                revenue: revenue[s],
                revenueShare: totalRevenue > 0 ? revenue[s] / totalRevenue : 0,
                averageMonetary: buyers[s] > 0 ? revenue[s] / Double(buyers[s]) : nil,
                averageRecency: recencyCount[s] > 0 ? recencySum[s] / Double(recencyCount[s]) : nil,
                averageFrequency: buyers[s] > 0 ? Double(orders[s]) / Double(buyers[s]) : nil)
        }
    }
}

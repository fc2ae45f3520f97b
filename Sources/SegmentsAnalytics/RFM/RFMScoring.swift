/// RFM scoring: recency, frequency and monetary scores from 1 to 5 for every buyer, and the
/// named segment each buyer falls in (Hughes, "Strategic Database Marketing", 1994, for RFM
/// quintile scoring; the segment grid is the common recency × frequency–monetary map).
///
/// The rule, designed for data where most buyers order once (as on Olist):
/// - **Recency and monetary** are tie-aware quintiles. Buyers are ranked by value (most
///   recent, highest spend last); a buyer's mid-rank percentile is
///   `p = (below + equal / 2) / n`, where `below` counts buyers with a strictly worse value
///   and `equal` those with the same value (the buyer included), and the score is
///   `1 + ⌊5p⌋`. With distinct values this gives exact quintiles; equal values always share
///   one score (no arbitrary split of ties), and a large tied group takes the score of its
///   middle (no collapse: all-equal values score 3). Scores never decrease when the value
///   improves. Non-finite values count as the worst value.
/// - **Frequency** is an absolute rule on the number of orders, because quintiles cannot
///   separate 97 % of buyers with one order: the score is 1 plus the number of thresholds
///   the order count reaches (``Configuration/frequencyThresholds``, by default 2, 2, 3, 4:
///   1 order → 1, 2 orders → 3, 3 orders → 4, 4 or more → 5). A second order is the big step.
/// - **Segments** cross the recency score R with the frequency–monetary score
///   `FM = ⌊(F + M + 1) / 2⌋` (the mean of F and M, rounded half up); see ``RFMSegment``.
public struct RFMScoring: Sendable {
    /// Parameters of the scoring.
    public struct Configuration: Sendable, Hashable, Codable {
        /// Order counts needed for each further frequency point, ascending: the frequency
        /// score is `1 + (number of thresholds ≤ orders)`, at most 5 (extra thresholds are
        /// ignored). Default `[2, 2, 3, 4]`.
        public var frequencyThresholds: [Int]

        /// A configuration; the thresholds are sorted and at most four are used.
        public init(frequencyThresholds: [Int] = [2, 2, 3, 4]) {
            self.frequencyThresholds = Array(frequencyThresholds.sorted().prefix(4))
        }
    }

    /// The parameters in use.
    public var configuration: Configuration

    /// A scorer with the given configuration.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Scores every buyer and summarises the segments.
    /// - Parameters:
    ///   - recency: Days since each buyer's last purchase (smaller is better).
    ///   - frequency: Orders per buyer.
    ///   - monetary: Value paid per buyer; non-finite values score 1 and add no revenue.
    /// - Returns: Per-buyer scores and segments, per-segment summaries, the R × FM grid.
    /// - Precondition: The three arrays have the same length.
    /// - Complexity: O(n log n) for n buyers.
    public func run(recency: [Double], frequency: [Int], monetary: [Double]) -> RFMResult {
        precondition(recency.count == frequency.count && frequency.count == monetary.count,
                     "recency, frequency and monetary must have one value per buyer")
        let r = Self.quintileScores(recency.map { $0.isNaN ? -.infinity : -$0 })
        let m = Self.quintileScores(monetary.map { $0.isFinite ? $0 : -.infinity })
        let f = frequency.map { frequencyScore(orders: $0) }
        return RFMResult(recencyScores: r, frequencyScores: f, monetaryScores: m,
                         recency: recency, frequency: frequency, monetary: monetary)
    }

    /// The frequency score of a number of orders (1...5).
    public func frequencyScore(orders: Int) -> Int {
        min(5, 1 + configuration.frequencyThresholds.count { orders >= $0 })
    }

    /// Tie-aware quintile scores (1...5) of `values`, higher values scoring higher: the score
    /// of a value is `1 + ⌊5 (below + equal/2) / n⌋` (see the type's documentation), computed
    /// in integers. `-infinity` is the worst value; NaN must be mapped by the caller.
    /// - Complexity: O(n log n).
    public static func quintileScores(_ values: [Double]) -> [Int] {
        let n = values.count
        guard n > 0 else { return [] }
        let order = values.indices.sorted { values[$0] < values[$1] }
        var scores = [Int](repeating: 0, count: n)
        var start = 0
        while start < n {
            var end = start + 1
            while end < n && values[order[end]] == values[order[start]] { end += 1 }
            // below = start, equal = end − start: score = 1 + ⌊5 (2·below + equal) / 2n⌋.
            let score = min(5, 1 + 5 * (2 * start + (end - start)) / (2 * n))
            for position in start..<end { scores[order[position]] = score }
            start = end
        }
        return scores
    }

    /// The combined frequency–monetary score: the mean of F and M rounded half up (1...5).
    public static func frequencyMonetaryScore(frequency: Int, monetary: Int) -> Int {
        (frequency + monetary + 1) / 2
    }
}

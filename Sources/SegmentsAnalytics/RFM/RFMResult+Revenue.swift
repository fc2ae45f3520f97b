extension RFMResult {
    /// Paid value per cell of the R × FM grid: `grid[r - 1][fm - 1]` sums the monetary value
    /// of the buyers with recency score r and frequency–monetary score fm.
    /// - Parameter monetary: the value of each buyer, as given to ``RFMScoring/run(recency:frequency:monetary:)``;
    ///   non-finite values add nothing.
    /// - Precondition: one value per buyer.
    /// - Complexity: O(n).
    public func revenueGrid(monetary: [Double]) -> [[Double]] {
        precondition(monetary.count == count, "one monetary value per buyer")
        var grid = [[Double]](repeating: [Double](repeating: 0, count: 5), count: 5)
        for (buyer, value) in monetary.enumerated() where value.isFinite {
            grid[recencyScores[buyer] - 1][frequencyMonetaryScores[buyer] - 1] += value
        }
        return grid
    }
}

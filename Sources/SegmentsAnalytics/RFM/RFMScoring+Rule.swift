/// The frequency steps of the scoring rule, which the report puts in words.
extension RFMScoring.Configuration {
    /// Runs of order counts with the same frequency score: first count, last count (nil: and
    /// more) and score, from one order up.
    public var frequencySteps: [(first: Int, last: Int?, score: Int)] {
        let scorer = RFMScoring(configuration: self)
        let top = max(1, frequencyThresholds.last ?? 1)
        var steps: [(first: Int, last: Int?, score: Int)] = []
        for orders in 1...top {
            let score = scorer.frequencyScore(orders: orders)
            if let last = steps.last, last.score == score {
                steps[steps.count - 1].last = orders
            } else {
                steps.append((orders, orders, score))
            }
        }
        steps[steps.count - 1].last = nil
        return steps
    }
}

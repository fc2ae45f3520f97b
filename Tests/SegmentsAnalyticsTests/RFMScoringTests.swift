import SegmentsCore
import SegmentsLoading
import Testing
@testable import SegmentsAnalytics

@Suite("RFM scoring")
struct RFMScoringTests {
    let scoring = RFMScoring()

    @Test("a hand-computed example")
    func handComputed() {
        // Recency ranks (best last): 400 < 200 < 50 < 30 < 10 = 10, n = 6, score = 1 + ⌊5(2·below + equal)/12⌋:
        // 400 → ⌊5/12⌋ = 0 → 1; 200 → ⌊15/12⌋ → 2; 50 → ⌊25/12⌋ → 3; 30 → ⌊35/12⌋ → 3; 10, 10 → ⌊50/12⌋ → 5.
        // Monetary: 40 → 1; 60 → ⌊15/12⌋ → 2; 100, 100 → ⌊30/12⌋ → 3; 250 → ⌊45/12⌋ → 4; 900 → ⌊55/12⌋ → 5.
        let result = scoring.run(
            recency: [10, 200, 10, 400, 50, 30],
            frequency: [1, 2, 1, 5, 3, 1],
            monetary: [100, 250, 40, 900, 100, 60])
        #expect(result.recencyScores == [5, 2, 5, 1, 3, 3])
        #expect(result.frequencyScores == [1, 3, 1, 5, 4, 1])
        #expect(result.monetaryScores == [3, 4, 1, 5, 3, 2])
        #expect(result.frequencyMonetaryScores == [2, 4, 1, 5, 4, 2])
        #expect(result.segments == [.potentialLoyalists, .atRisk, .newCustomers, .cannotLoseThem, .loyal, .aboutToSleep])
        let cannotLose = result.summary(for: .cannotLoseThem)
        #expect(cannotLose.buyers == 1 && cannotLose.revenue == 900)
        #expect(abs(cannotLose.revenueShare - 900.0 / 1450.0) < 1e-12)
        #expect(cannotLose.averageRecency == 400 && cannotLose.averageFrequency == 5)
        #expect(result.summary(for: .champions).buyers == 0 && result.summary(for: .champions).averageMonetary == nil)
        #expect(result.grid[4][0] == 1 && result.grid[0][4] == 1 && result.grid.joined().reduce(0, +) == 6)
    }

    @Test("no buyers and one buyer")
    func tinyInputs() {
        let empty = scoring.run(recency: [], frequency: [], monetary: [])
        #expect(empty.count == 0 && empty.segments.isEmpty)
        #expect(empty.summaries.count == RFMSegment.allCases.count)
        #expect(empty.summaries.allSatisfy { $0.buyers == 0 && $0.revenueShare == 0 && $0.buyerShare == 0 })
        let one = scoring.run(recency: [12], frequency: [1], monetary: [99])
        // A lone buyer sits in the middle: R = M = 3, F = 1, FM = ⌊(1 + 3 + 1)/2⌋ = 2.
        #expect(one.recencyScores == [3] && one.monetaryScores == [3] && one.frequencyScores == [1])
        #expect(one.segments == [.aboutToSleep])
        #expect(one.summary(for: .aboutToSleep).revenueShare == 1)
    }

    @Test("distinct values give exact quintiles")
    func exactQuintiles() {
        let scores = RFMScoring.quintileScores((0..<100).map { Double($0 * 7 % 100) })
        for score in 1...5 { #expect(scores.count { $0 == score } == 20) }
        #expect(RFMScoring.quintileScores([1, 2, 3, 4, 5]) == [1, 2, 3, 4, 5])
    }

    @Test("ties share a score and do not collapse the scale")
    func heavyTies() {
        #expect(RFMScoring.quintileScores([7, 7, 7, 7]) == [3, 3, 3, 3])
        // 970 buyers with one order value and 30 with a larger one (a typical one-purchase mass).
        let values = [Double](repeating: 10, count: 970) + [Double](repeating: 500, count: 30)
        let scores = RFMScoring.quintileScores(values)
        #expect(Set(scores[..<970]) == [3])
        #expect(Set(scores[970...]) == [5])
        // A tie across a quintile boundary is not split: 1, 2, 2, 2, 3 → ranks of the 2s share one score.
        #expect(RFMScoring.quintileScores([1, 2, 2, 2, 3]) == [1, 3, 3, 3, 5])
    }

    @Test("frequency rule: 1 order → 1, 2 → 3, 3 → 4, 4 or more → 5")
    func frequencyRule() {
        #expect([0, 1, 2, 3, 4, 5, 40].map { scoring.frequencyScore(orders: $0) } == [1, 1, 3, 4, 5, 5, 5])
        let capped = RFMScoring(configuration: .init(frequencyThresholds: [5, 2, 3, 4, 9]))
        #expect([1, 2, 3, 4, 5, 9].map { capped.frequencyScore(orders: $0) } == [1, 2, 3, 4, 5, 5])
    }

    @Test("non-finite values count as the worst")
    func nonFinite() {
        let result = scoring.run(recency: [.nan, 5, 10, .infinity, 20], frequency: [1, 1, 1, 1, 1],
                                 monetary: [.nan, 50, 10, 20, -.infinity])
        // Two worst values tie at the bottom of five: 1 + ⌊5 (0 + 2) / 10⌋ = 2, below every other score.
        #expect(result.recencyScores == [2, 5, 4, 2, 3])
        #expect(result.monetaryScores == [2, 5, 3, 4, 2])
        #expect(result.summaries.map(\.revenue).reduce(0, +) == 80)
    }

    /// Random buyers with heavy ties: integer days, few order counts, rounded amounts.
    static func randomBuyers(_ n: Int, seed: UInt64) -> (recency: [Double], frequency: [Int], monetary: [Double]) {
        var rng = SplitMix64(seed: seed)
        var recency: [Double] = [], frequency: [Int] = [], monetary: [Double] = []
        for _ in 0..<n {
            recency.append(Double(Int(rng.nextUnit() * 60)))
            let u = rng.nextUnit()
            frequency.append(u < 0.9 ? 1 : u < 0.97 ? 2 : Int(3 + rng.nextUnit() * 4))
            monetary.append((rng.nextUnit() * 20).rounded() * 10)
        }
        return (recency, frequency, monetary)
    }

    @Test("identical buyers get identical scores", arguments: [1 as UInt64, 2, 3])
    func identicalInputs(seed: UInt64) {
        let buyers = Self.randomBuyers(400, seed: seed)
        let result = scoring.run(recency: buyers.recency, frequency: buyers.frequency, monetary: buyers.monetary)
        var seen: [String: (Int, Int, Int, RFMSegment)] = [:]
        for i in 0..<400 {
            let key = "\(buyers.recency[i])|\(buyers.frequency[i])|\(buyers.monetary[i])"
            let scores = (result.recencyScores[i], result.frequencyScores[i], result.monetaryScores[i], result.segments[i])
            if let previous = seen[key] { #expect(previous == scores) } else { seen[key] = scores }
        }
        #expect(seen.count < 400)  // the data does have duplicates
    }

    @Test("scores are monotone in the raw values", arguments: [4 as UInt64, 5])
    func monotone(seed: UInt64) {
        let b = Self.randomBuyers(300, seed: seed)
        let result = scoring.run(recency: b.recency, frequency: b.frequency, monetary: b.monetary)
        for i in 0..<300 {
            for j in 0..<300 {
                if b.recency[i] <= b.recency[j] { #expect(result.recencyScores[i] >= result.recencyScores[j]) }
                if b.monetary[i] <= b.monetary[j] { #expect(result.monetaryScores[i] <= result.monetaryScores[j]) }
                if b.frequency[i] <= b.frequency[j] { #expect(result.frequencyScores[i] <= result.frequencyScores[j]) }
            }
        }
    }

    @Test("scores do not depend on the order of buyers")
    func permutation() {
        let b = Self.randomBuyers(200, seed: 9)
        let result = scoring.run(recency: b.recency, frequency: b.frequency, monetary: b.monetary)
        let order = Array((0..<200).reversed())
        let shuffled = scoring.run(recency: order.map { b.recency[$0] }, frequency: order.map { b.frequency[$0] },
                                   monetary: order.map { b.monetary[$0] })
        #expect(order.map { result.recencyScores[$0] } == shuffled.recencyScores)
        #expect(order.map { result.monetaryScores[$0] } == shuffled.monetaryScores)
        #expect(order.map { result.segments[$0] } == shuffled.segments)
        #expect(result.summaries.map(\.buyers) == shuffled.summaries.map(\.buyers))
    }

    @Test("summaries add up")
    func summaries() {
        let b = Self.randomBuyers(500, seed: 11)
        let result = scoring.run(recency: b.recency, frequency: b.frequency, monetary: b.monetary)
        #expect(result.summaries.map(\.buyers).reduce(0, +) == 500)
        #expect(abs(result.summaries.map(\.revenueShare).reduce(0, +) - 1) < 1e-9)
        #expect(abs(result.summaries.map(\.buyerShare).reduce(0, +) - 1) < 1e-9)
        #expect(result.grid.joined().reduce(0, +) == 500)
        for summary in result.summaries where summary.buyers > 0 {
            #expect(abs(summary.averageMonetary! * Double(summary.buyers) - summary.revenue) < 1e-6)
        }
    }
}

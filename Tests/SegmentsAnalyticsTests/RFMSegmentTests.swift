import Testing
@testable import SegmentsAnalytics

@Suite("RFM segments")
struct RFMSegmentTests {
    @Test("the R × FM grid assigns every cell and uses every segment")
    func grid() {
        var used: Set<RFMSegment> = []
        for r in 1...5 {
            for fm in 1...5 { used.insert(RFMSegment(recency: r, frequencyMonetary: fm)) }
        }
        #expect(used == Set(RFMSegment.allCases))
        let rows: [[RFMSegment]] = (1...5).reversed().map { r in (1...5).map { RFMSegment(recency: r, frequencyMonetary: $0) } }
        #expect(rows == [
            [.newCustomers, .potentialLoyalists, .potentialLoyalists, .champions, .champions],
            [.promising, .potentialLoyalists, .potentialLoyalists, .loyal, .champions],
            [.aboutToSleep, .aboutToSleep, .needAttention, .loyal, .loyal],
            [.hibernating, .hibernating, .atRisk, .atRisk, .cannotLoseThem],
            [.lost, .lost, .atRisk, .atRisk, .cannotLoseThem],
        ])
        #expect(RFMSegment(recency: 9, frequencyMonetary: -2) == .newCustomers)
    }

    @Test("FM is the mean of F and M rounded half up")
    func frequencyMonetary() {
        #expect(RFMScoring.frequencyMonetaryScore(frequency: 1, monetary: 1) == 1)
        #expect(RFMScoring.frequencyMonetaryScore(frequency: 1, monetary: 2) == 2)
        #expect(RFMScoring.frequencyMonetaryScore(frequency: 1, monetary: 5) == 3)
        #expect(RFMScoring.frequencyMonetaryScore(frequency: 5, monetary: 4) == 5)
    }

    @Test("the frequency steps of the rule follow the thresholds")
    func frequencySteps() {
        func steps(_ configuration: RFMScoring.Configuration) -> [String] {
            configuration.frequencySteps.map { "\($0.first)-\($0.last.map(String.init) ?? "")→\($0.score)" }
        }
        #expect(steps(RFMScoring.Configuration()) == ["1-1→1", "2-2→3", "3-3→4", "4-→5"])
        #expect(steps(RFMScoring.Configuration(frequencyThresholds: [3, 6])) == ["1-2→1", "3-5→2", "6-→3"])
        #expect(steps(RFMScoring.Configuration(frequencyThresholds: [])) == ["1-→1"])
    }
}

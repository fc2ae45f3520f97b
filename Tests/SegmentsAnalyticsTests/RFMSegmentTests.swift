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

    @Test("every segment has distinct names and a description in both languages")
    func names() {
        let cases = RFMSegment.allCases
        #expect(Set(cases.map(\.name.english)).count == cases.count)
        #expect(Set(cases.map(\.name.french)).count == cases.count)
        #expect(cases.allSatisfy { !$0.summary.english.isEmpty && !$0.summary.french.isEmpty })
    }

    @Test("the rule is explained in plain words from the configuration")
    func rule() {
        let rule = RFMScoring.Configuration().rule
        #expect(rule.english.contains("1 order → 1, 2 orders → 3, 3 orders → 4, 4 or more orders → 5"))
        #expect(rule.french.contains("1 commande → 1, 2 commandes → 3, 3 commandes → 4, 4 commandes ou plus → 5"))
        let custom = RFMScoring.Configuration(frequencyThresholds: [3, 6]).rule
        #expect(custom.english.contains("1–2 orders → 1, 3–5 orders → 2, 6 or more orders → 3"))
        #expect(custom.french.contains("1 à 2 commandes → 1, 3 à 5 commandes → 2, 6 commandes ou plus → 3"))
        let none = RFMScoring.Configuration(frequencyThresholds: []).rule
        #expect(none.english.contains("1 or more orders → 1"))
    }
}

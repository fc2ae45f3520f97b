import Foundation
import Testing
@testable import SegmentsAnalytics

/// RFM scores compared with pandas' average-rank quintiles (`scripts/rfm_golden.py`).
@Suite("RFM golden scores")
struct RFMGoldenTests {
    @Test("scores match pandas on 400 buyers with heavy ties")
    func matchesPandas() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let text = try String(contentsOf: folder.appendingPathComponent("rfm-golden.csv"), encoding: .utf8)
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == 400)
        let recency = rows.map { Double($0[0])! }
        let frequency = rows.map { Int($0[1])! }
        let monetary = rows.map { Double($0[2])! }
        let result = RFMScoring().run(recency: recency, frequency: frequency, monetary: monetary)
        #expect(result.recencyScores == rows.map { Int($0[3])! })
        #expect(result.monetaryScores == rows.map { Int($0[4])! })
        #expect(result.frequencyScores == rows.map { Int($0[5])! })
        #expect(result.frequencyMonetaryScores == rows.map { Int($0[6])! })
    }
}

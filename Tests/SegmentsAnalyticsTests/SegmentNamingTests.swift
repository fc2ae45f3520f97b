import Foundation
import Testing
@testable import SegmentsAnalytics

@Suite("Segment profiles and names")
struct SegmentNamingTests {
    @Test("names are the first three traits, extended or numbered until distinct")
    func distinct() {
        let names = SegmentName.distinct(
            traits: [
                [.recent, .bigSpender, .satisfied, .manyInstallments],
                [.recent, .bigSpender, .satisfied, .highFreight],
                [.lapsed],
                [.lapsed],
                [],
            ],
            sizes: [10, 20, 5, 8, 3])
        #expect(names.map(\.identifier) == [
            "recent-big_spender-satisfied-many_installments", "recent-big_spender-satisfied-high_freight",
            "lapsed-2", "lapsed", "typical",
        ])
        #expect(Set(names.map(\.identifier)).count == names.count)
        #expect(names.map(\.action) == [.premiumFollowUp, .premiumFollowUp, .reactivate, .reactivate, .keepEngaged])
    }

    @Test("traits follow the documented thresholds")
    func traits() {
        #expect(SegmentTrait.of(.recency, radar: 0.2, mean: 30) == .recent)
        #expect(SegmentTrait.of(.recency, radar: 0.5, mean: 200) == nil)
        #expect(SegmentTrait.of(.monetary, radar: 0.8, mean: 500) == .bigSpender)
        #expect(SegmentTrait.of(.frequency, radar: 0.99, mean: 1.1) == nil)
        #expect(SegmentTrait.of(.frequency, radar: 0.99, mean: 2) == .repeat)
        #expect(SegmentTrait.of(.review, radar: 0.1, mean: 2) == .unhappy)
        #expect(SegmentAction(traits: [.lapsed, .bigSpender]) == .winBack)
        #expect(SegmentAction(traits: [.recent, .unhappy]) == .fixExperience)
    }

    @Test("percentile rank counts half of the ties")
    func percentile() {
        let sorted: [Double] = [1, 1, 1, 2, 5]
        #expect(SegmentationProfile.percentileRank(1, sorted: sorted) == 0.3)
        #expect(SegmentationProfile.percentileRank(1.5, sorted: sorted) == 0.6)
        #expect(SegmentationProfile.percentileRank(9, sorted: sorted) == 1)
        #expect(SegmentationProfile.percentileRank(.nan, sorted: sorted).isNaN)
        // The mean of many log1p(1) is a hair off log1p(1): still among its ties.
        let ones = [Double](repeating: log1p(1), count: 10_000)
        let mean = ones.reduce(0, +) / Double(ones.count)
        #expect(SegmentationProfile.percentileRank(mean, sorted: ones) == 0.5)
        #expect(SegmentationProfile.percentileRank(mean.nextUp, sorted: ones) == 0.5)
        #expect(SegmentationProfile.percentileRank(mean.nextDown, sorted: ones) == 0.5)
    }
}

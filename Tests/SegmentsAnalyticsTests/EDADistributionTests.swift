import Testing
import SegmentsLoading
@testable import SegmentsAnalytics

@Suite("EDA distributions")
struct EDADistributionTests {
    let distributions: EDADistributions

    init() throws {
        distributions = ExploratoryAnalysis().run(try EDATestData.load(), logger: EDATestData.logger).distributions
    }

    @Test("review scores over every review row")
    func reviews() {
        #expect(distributions.reviewScores == [2, 0, 0, 1, 2])
    }

    @Test("payment types largest first, ties by name; installments in increasing order")
    func payments() {
        #expect(distributions.paymentTypes.map(\.label) == ["credit_card", "boleto", "debit_card", "voucher"])
        #expect(distributions.paymentTypes.map(\.count) == [3, 1, 1, 1])
        #expect(distributions.paymentTypes[0].share == 0.5)
        #expect(distributions.installments.map(\.label) == ["1", "2", "3"])
        #expect(distributions.installments.map(\.count) == [4, 1, 1])
    }

    @Test("delivery delays: fractional days, buckets and late share by calendar day")
    func delivery() {
        let delivery = distributions.delivery
        #expect(delivery.count == 3)
        #expect(delivery.delays.sorted.map { ($0 * 24).rounded() } == [-110, 23, 132])
        #expect(delivery.bucketCounts == [0, 0, 1, 1, 1, 0, 0])
        #expect(delivery.late == 1)
        #expect(close(delivery.lateShare, 1.0 / 3))
    }

    @Test("bucket boundaries", arguments: [
        (-15, DeliveryDelays.Bucket.early15OrMore), (-14, .early8To14), (-8, .early8To14), (-7, .early1To7),
        (-1, .early1To7), (0, .onTheDay), (1, .late1To7), (7, .late1To7), (8, .late8To14), (14, .late8To14),
        (15, .late15OrMore),
    ])
    func buckets(days: Int, bucket: DeliveryDelays.Bucket) {
        #expect(DeliveryDelays.Bucket(days: Int64(days)) == bucket)
    }

    @Test("categories of valid orders' items in English; uncategorised counted apart")
    func categories() {
        #expect(distributions.categories.map(\.label) == ["bed_bath_table", "health_beauty"])
        #expect(distributions.categories.map(\.count) == [2, 2])
        #expect(distributions.uncategorisedItems == 3)
    }

    @Test("buyers by the state of their first valid order")
    func states() {
        #expect(distributions.states.map(\.label) == ["SP", "RJ"])
        #expect(distributions.states.map(\.count) == [2, 1])
        #expect(distributions.buyersWithoutState == 0)
    }

    @Test("ranked counts merge repeated labels and drop zeros")
    func ranked() {
        let ranked = LabelledCount.ranked([("b", 2), ("a", 2), ("c", 0), ("b", 1)])
        #expect(ranked == [LabelledCount(label: "b", count: 3, share: 0.6), LabelledCount(label: "a", count: 2, share: 0.4)])
    }
}

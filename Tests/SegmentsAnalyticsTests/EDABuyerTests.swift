import Testing
import SegmentsLoading
@testable import SegmentsAnalytics

@Suite("EDA buyer aggregates and RFM")
struct EDABuyerTests {
    let dataset: OlistDataset
    let result: EDAResult

    init() throws {
        dataset = try EDATestData.load()
        result = ExploratoryAnalysis().run(dataset, logger: EDATestData.logger)
    }

    /// The buyer ids of the summary rows.
    var ids: [String] { result.buyers.buyer.map { dataset.buyers[$0] } }

    @Test("order summary: paid value, items, freight without NaN, review and installments")
    func orderSummary() throws {
        let orders = result.orders
        let o6 = try #require(dataset.orders.ids.code(of: "o6"))
        let o3 = try #require(dataset.orders.ids.code(of: "o3"))
        let o1 = try #require(dataset.orders.ids.code(of: "o1"))
        #expect(orders.paid[Int(o6)].isNaN)
        #expect(orders.freight[Int(o3)] == 0)
        #expect(orders.items[Int(o6)] == 2)
        #expect(orders.installments[Int(o1)] == 3)
        #expect(orders.review[Int(o1)] == 5)
        #expect(orders.isValid == [true, true, true, false, true, true])
    }

    @Test("buyer summary: reference date, recency, frequency, monetary")
    func buyerSummary() {
        let buyers = result.buyers
        #expect(ids == ["u1", "u2", "u4"])
        #expect(buyers.referenceDate == Timestamp("2018-03-21"))
        #expect(buyers.frequency == [2, 2, 1])
        #expect(buyers.monetary == [285, 40, 72])
        #expect(buyers.recencyDays.map { ($0 * 24).rounded() } == [950, 18, 372])
        #expect(buyers.secondPurchase[2] == nil)
    }

    @Test("buyer summary: means skip missing values")
    func buyerMeans() {
        let buyers = result.buyers
        #expect(buyers.meanReview == [4.5, 1, 5])
        #expect(buyers.meanInstallments == [2, 1, 1])
        #expect(buyers.meanItems == [1.5, 1.5, 1])
        #expect(buyers.categoryCount == [2, 0, 1])
        #expect(close(buyers.freightShare[0], 35.0 / 285))
        #expect(close(buyers.freightShare[1], 16.0 / 136))
        #expect(buyers.meanDeliveryDelay[1].isNaN)
        #expect(close(buyers.meanDeliveryDelay[0], (-110.0 / 24 + 5.5) / 2))
    }

    @Test("a given reference date replaces the default")
    func referenceDate() throws {
        let reference = try #require(Timestamp("2018-04-01"))
        let result = ExploratoryAnalysis(configuration: .init(referenceDate: reference)).run(dataset, logger: EDATestData.logger)
        #expect(result.buyers.referenceDate == reference)
        #expect(result.buyers.recencyDays[1] == 11.75)
    }

    @Test("RFM scores, segments and the revenue grid")
    func rfm() {
        let rfm = result.rfm
        #expect(rfm.recencyScores == [1, 5, 3])
        #expect(rfm.monetaryScores == [5, 1, 3])
        #expect(rfm.frequencyScores == [3, 3, 1])
        #expect(rfm.segments == [.atRisk, .potentialLoyalists, .aboutToSleep])
        #expect(rfm.grid[0][3] == 1 && rfm.grid[4][1] == 1 && rfm.grid[2][1] == 1)
        #expect(result.rfmRevenueGrid[0][3] == 285 && result.rfmRevenueGrid[4][1] == 40 && result.rfmRevenueGrid[2][1] == 72)
        #expect(result.rfmRevenueGrid.joined().reduce(0, +) == 397)
    }

    @Test("segment identifiers are snake_case and distinct")
    func identifiers() {
        #expect(RFMSegment.potentialLoyalists.identifier == "potential_loyalists")
        #expect(RFMSegment.cannotLoseThem.identifier == "cannot_lose_them")
        #expect(RFMSegment.lost.identifier == "lost")
        #expect(Set(RFMSegment.allCases.map(\.identifier)).count == RFMSegment.allCases.count)
    }

    @Test("zip coverage: customers whose prefix has coordinates, when the geolocation table is given")
    func zipCoverage() throws {
        #expect(result.customerZipCoverage == nil)
        var files = Dictionary(uniqueKeysWithValues: EDATestData.texts.map { ($0.key.rawValue, Array($0.value.utf8)) })
        files[OlistFile.geolocation.rawValue] = Array(EDATestData.geolocation.utf8)
        let dataset = try OlistDataset.load(files: files, origin: "geo", logger: EDATestData.logger)
        let coverage = try #require(ExploratoryAnalysis().run(dataset, logger: EDATestData.logger).customerZipCoverage)
        #expect(coverage.checked == 6)
        #expect(coverage.unmatched == 2)
        #expect(close(coverage.matchRate, 4.0 / 6))
    }
}

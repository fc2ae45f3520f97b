import Foundation
import Testing
import SegmentsLoading
@testable import SegmentsAnalytics

/// The EDA of a generated fixture folder (2,000 buyers, seed 7) compared with pandas
/// (`scripts/eda_golden.py` wrote `Fixtures/eda/expected.json`).
@Suite("EDA golden figures")
struct EDAGoldenTests {
    let result: EDAResult
    let expected: [String: Any]

    init() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("eda")
        let dataset = try OlistDataset.load(directory: folder, logger: EDATestData.logger)
        result = ExploratoryAnalysis().run(dataset, logger: EDATestData.logger)
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func value(_ key: String) throws -> Double {
        try #require(expected[key] as? Double, "expected.json has no number \(key)")
    }

    /// Means, medians and shares within 1e-9 relative; counts exactly.
    func check(_ key: String, _ actual: Double) throws {
        let wanted = try value(key)
        #expect(close(actual, wanted, tolerance: 1e-9), "\(key): \(actual) ≠ \(wanted)")
    }

    @Test("headline indicators")
    func indicators() throws {
        let i = result.indicators
        try check("orders", Double(i.orders))
        try check("delivered_orders", Double(i.deliveredOrders))
        try check("valid_orders", Double(i.validOrders))
        try check("buyers", Double(i.buyers))
        try check("repeat_buyers", Double(i.repeatBuyers))
        try check("repeat_buyer_share", i.repeatBuyerShare)
        try check("orders_per_buyer", i.ordersPerBuyer)
        try check("revenue", i.revenue)
        try check("average_basket", i.averageBasket)
        try check("median_basket", i.medianBasket)
        try check("basket_q1", i.baskets.quantile(0.25))
        try check("basket_q3", i.baskets.quantile(0.75))
        try check("items", Double(i.items))
        try check("items_per_order", i.itemsPerOrder)
        try check("average_items_value", i.averageItemsValue)
        try check("average_freight", i.averageFreight)
        try check("freight_share", i.freightShare)
        try check("mean_days_to_second_purchase", i.daysToSecondPurchase.mean)
        try check("median_days_to_second_purchase", i.daysToSecondPurchase.median)
        try check("days_to_second_purchase_q1", i.daysToSecondPurchase.quantile(0.25))
        try check("days_to_second_purchase_q3", i.daysToSecondPurchase.quantile(0.75))
        try check("average_review_score", i.averageReviewScore)
        #expect(i.firstPurchase?.description == expected["first_purchase"] as? String)
        #expect(i.lastPurchase?.description == expected["last_purchase"] as? String)
    }

    @Test("monthly orders, revenue and new buyers")
    func monthly() throws {
        let months = try #require(expected["monthly"] as? [[String: Any]])
        #expect(months.count == result.monthly.count)
        for (actual, wanted) in zip(result.monthly, months) {
            #expect(actual.orders == wanted["orders"] as? Int)
            #expect(actual.newBuyers == wanted["new_buyers"] as? Int)
            #expect(close(actual.revenue, wanted["revenue"] as? Double ?? .nan, tolerance: 1e-9))
        }
    }

    @Test("RFM segment sizes, grids and reference date")
    func rfm() throws {
        let rfm = try #require(expected["rfm"] as? [String: Any])
        #expect(result.buyers.referenceDate.description == rfm["reference_date"] as? String)
        #expect(result.rfm.grid == rfm["grid_buyers"] as? [[Int]])
        let segments = try #require(rfm["segments"] as? [[String: Any]])
        #expect(result.rfm.summaries.map(\.segment.identifier) == segments.map { $0["segment"] as? String ?? "" })
        #expect(result.rfm.summaries.map(\.buyers) == segments.map { $0["buyers"] as? Int ?? -1 })
        for (summary, wanted) in zip(result.rfm.summaries, segments) {
            #expect(close(summary.revenueShare, wanted["revenue_share"] as? Double ?? .nan, tolerance: 1e-9))
        }
    }

    @Test("the fixture looks like Olist: about 3 % repeat buyers, skewed baskets, mostly 5-star reviews")
    func shape() {
        let i = result.indicators
        #expect((0.01...0.06).contains(i.repeatBuyerShare))
        #expect(i.averageBasket > i.medianBasket)
        let scores = result.distributions.reviewScores
        #expect(scores[4] == scores.max())
    }
}

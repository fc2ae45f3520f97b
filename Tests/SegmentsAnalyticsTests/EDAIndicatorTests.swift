import Testing
import SegmentsLoading
@testable import SegmentsAnalytics

/// Relative closeness for figures computed in a different summation order.
func close(_ a: Double, _ b: Double, tolerance: Double = 1e-12) -> Bool {
    a == b || abs(a - b) <= tolerance * max(abs(a), abs(b))
}

@Suite("EDA indicators on a hand-computed dataset")
struct EDAIndicatorTests {
    let result: EDAResult

    init() throws {
        result = ExploratoryAnalysis().run(try EDATestData.load(), logger: EDATestData.logger)
    }

    @Test("order and buyer counts follow the valid-order definition")
    func counts() {
        let i = result.indicators
        #expect(i.orders == 6)
        #expect(i.deliveredOrders == 3)
        #expect(i.validOrders == 5)
        #expect(i.buyers == 3)
        #expect(i.repeatBuyers == 2)
        #expect(close(i.repeatBuyerShare, 2.0 / 3))
        #expect(close(i.ordersPerBuyer, 5.0 / 3))
    }

    @Test("baskets are the paid value of valid orders with a payment")
    func baskets() {
        let i = result.indicators
        #expect(i.baskets.count == 4)
        #expect(close(i.revenue, 397))
        #expect(close(i.averageBasket, 99.25))
        #expect(close(i.medianBasket, 96))
    }

    @Test("items, prices and freight per valid order; missing freight left out")
    func items() {
        let i = result.indicators
        #expect(i.ordersWithItems == 5)
        #expect(i.items == 7)
        #expect(close(i.itemsPerOrder, 1.4))
        #expect(close(i.averageItemsValue, 86))
        #expect(close(i.averageFreight, 12.6))
        #expect(close(i.freightShare, 63.0 / 493))
    }

    @Test("days from first to second purchase are fractional")
    func secondPurchase() {
        let days = result.indicators.daysToSecondPurchase
        #expect(days.sorted == [30, 59.25])
        #expect(close(days.mean, 44.625))
        #expect(close(days.median, 44.625))
    }

    @Test("reviews over every review row; purchase range over valid orders")
    func reviewsAndRange() {
        let i = result.indicators
        #expect(i.reviews == 5)
        #expect(close(i.averageReviewScore, 3.2))
        #expect(i.firstPurchase == Timestamp("2018-01-10 10:00:00"))
        #expect(i.lastPurchase == Timestamp("2018-03-20 06:00:00"))
    }

    @Test("monthly orders, revenue and new buyers, zero-filled in calendar order")
    func monthly() {
        let months = result.monthly.map { "\($0.year)-\($0.month) \($0.orders) \($0.revenue) \($0.newBuyers)" }
        #expect(months == ["2018-1 2 205.0 2", "2018-2 1 120.0 0", "2018-3 2 72.0 1"])
        #expect(result.monthly[1].start == Timestamp("2018-02-01"))
    }

    @Test("an empty month between two others is kept with zeros")
    func emptyMonth() throws {
        var texts = EDATestData.texts
        texts[.orders] = texts[.orders]!.replacingOccurrences(of: "o2,c2,delivered,2018-02-09", with: "o2,c2,delivered,2018-05-09")
        let dataset = try OlistDataset.load(
            files: Dictionary(uniqueKeysWithValues: texts.map { ($0.key.rawValue, Array($0.value.utf8)) }),
            origin: "gap", logger: EDATestData.logger)
        let result = ExploratoryAnalysis().run(dataset, logger: EDATestData.logger)
        #expect(result.monthly.map(\.month) == [1, 2, 3, 4, 5])
        #expect(result.monthly.map(\.orders) == [2, 0, 2, 0, 1])
    }
}

import Foundation
import SegmentsTestSupport
import Testing
@testable import SegmentsLoading

/// Values that parse but cannot be true are counted as implausible, with their position, and
/// left out (required) or kept as missing (optional dates).
@Suite("Plausibility rules")
struct PlausibilityTests {
    /// The run's clock: 2020-06-15 12:00:00 UTC.
    let rules = PlausibilityRules(now: Date(timeIntervalSince1970: 1_592_222_400))
    let ordersHeader =
        "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,"
        + "order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date\n"

    func load(_ replacements: [OlistFile: String]) throws -> OlistDataset {
        try OlistDataset.load(
            files: TinyOlist.files(replacing: replacements.mapValues { $0 }), origin: "tiny", logger: quietLogger, rules: rules)
    }

    func issues(_ data: OlistDataset, _ file: OlistFile) -> [DataIssueSummary] {
        data.quality.issues.filter { $0.file == file.rawValue && $0.kind == .implausibleValue }
    }

    @Test("the window runs from 2000-01-01 to the end of the run's day; promises a year further")
    func window() {
        #expect(rules.events.lowerBound.description == "2000-01-01 00:00:00")
        #expect(rules.events.upperBound.description == "2020-06-15 23:59:59")
        #expect(rules.promises.upperBound.description == "2021-06-16 23:59:59")
    }

    @Test("purchase dates in 9999, in 1900 or after the run's date reject the order, with the position")
    func purchaseDates() throws {
        let data = try load([.orders: ordersHeader
            + "o1,c1,delivered,9999-12-31 00:00:00,,,,\n"
            + "o2,c2,delivered,1900-01-01,,,,\n"
            + "o3,c3,delivered,2020-06-16 00:00:00,,,,\n"
            + "o4,c3,delivered,2020-06-15 18:00:00,,,,\n"])
        #expect(data.orders.ids.strings == ["o4"])
        let found = issues(data, .orders)
        #expect(found.count == 1)
        #expect(found.first?.column == "order_purchase_timestamp")
        #expect(found.first?.count == 3 && found.first?.rejectedRows == 3)
        let first = try #require(found.first?.examples.first)
        #expect(first.position == SourcePosition(file: OlistFile.orders.rawValue, line: 2, column: 17))
        #expect(first.message == "implausible value in column \"order_purchase_timestamp\": expected a date from "
            + "2000-01-01 to 2020-06-15 (the run's date), found \"9999-12-31 00:00:00\"; row rejected")
        #expect(data.quality.table(.orders)?.rowsRejected == 3)
    }

    @Test("an implausible optional date is kept as missing; a promise may lie within the next year")
    func optionalDates() throws {
        let data = try load([.orders: ordersHeader
            + "o1,c1,delivered,2018-01-01 00:00:00,2018-01-01 01:00:00,1970-01-01,2030-01-01,2021-01-01\n"
            + "o2,c2,delivered,2018-01-01 00:00:00,,,,2025-01-01\n"])
        #expect(data.orders.count == 2)
        #expect(data.orders.approved[0] != nil)
        #expect(data.orders.deliveredCarrier[0] == nil && data.orders.deliveredCustomer[0] == nil)
        #expect(data.orders.estimatedDelivery[0]?.description == "2021-01-01 00:00:00")
        #expect(data.orders.estimatedDelivery[1] == nil)
        let found = issues(data, .orders)
        #expect(found.map(\.column) == ["order_delivered_carrier_date", "order_delivered_customer_date", "order_estimated_delivery_date"])
        #expect(found.allSatisfy { $0.count == 1 && $0.rejectedRows == 0 })
        #expect(found.last?.examples.first?.message.hasSuffix("(a year after the run's date), found \"2025-01-01\"; kept as missing") == true)
    }

    @Test("negative price or freight rejects the item")
    func negativeItems() throws {
        let header = "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value\n"
        let data = try load([.orderItems: header + "o1,1,p1,s1,,-12.5,1\n" + "o1,2,p1,s1,,10,-0.5\n" + "o2,1,p1,s1,,0,\n"])
        #expect(data.orderItems.count == 1)
        #expect(data.orderItems.price == [0])
        let found = issues(data, .orderItems)
        #expect(found.map(\.column) == ["price", "freight_value"])
        #expect(found.map(\.rejectedRows) == [1, 1])
        #expect(found[0].examples[0].position == SourcePosition(file: OlistFile.orderItems.rawValue, line: 2, column: 13))
        #expect(found[0].examples[0].message.contains("expected a number of 0 or more, found \"-12.5\""))
    }

    @Test("negative payment values and installments reject the payment")
    func negativePayments() throws {
        let header = "order_id,payment_sequential,payment_type,payment_installments,payment_value\n"
        let data = try load([.payments: header + "o1,1,credit_card,-1,10\n" + "o1,2,voucher,1,-5\n" + "o2,1,boleto,0,20\n"])
        #expect(data.payments.count == 1)
        #expect(issues(data, .payments).map(\.column) == ["payment_installments", "payment_value"])
        #expect(issues(data, .payments).first?.examples.first?.message.contains("expected a whole number of 0 or more, found \"-1\"") == true)
    }

    @Test("review scores outside 1–5 reject the review; implausible review dates are kept as missing")
    func reviews() throws {
        let header = "review_id,order_id,review_score,review_comment_title,review_comment_message,review_creation_date,review_answer_timestamp\n"
        let data = try load([.reviews: header + "r1,o1,0,,,,\n" + "r2,o2,7,,,,\n" + "r3,o3,5,,,3000-01-01,\n"])
        #expect(data.reviews.score == [5])
        #expect(data.reviews.created == [nil])
        let found = issues(data, .reviews)
        #expect(found.map(\.column) == ["review_score", "review_creation_date"])
        #expect(found.map(\.count) == [2, 1])
        #expect(found[0].examples[0].message.contains("expected a whole number from 1 to 5, found \"0\""))
    }
}

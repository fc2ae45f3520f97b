import Foundation
import SegmentsCore
import SegmentsTestSupport
import Testing
@testable import SegmentsLoading

/// One test per class of bad input: fatal ones throw a `LoadingError` naming the place,
/// row-level ones are counted with their position and never crash.
@Suite("Bad input")
struct BadInputTests {
    private let ordersHeader =
        "order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,"
        + "order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date\n"

    // MARK: Fatal

    @Test("missing folder")
    func missingFolder() {
        let error = loadingError {
            try OlistDataset.load(directory: URL(fileURLWithPath: "/nonexistent/olist"), logger: quietLogger)
        }
        #expect(error == .directoryNotFound(path: "/nonexistent/olist"))
        #expect(error?.description == "/nonexistent/olist: input folder not found (expected a folder of Olist CSV files)")
    }

    @Test("missing required file, on disk and in memory; geolocation is optional")
    func missingFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segments-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in TinyOlist.files(replacing: [.sellers: nil]) {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        let error = loadingError { try OlistDataset.load(directory: folder, logger: quietLogger) }
        #expect(error == .fileNotFound(file: OlistFile.sellers.rawValue, directory: folder.path))
        #expect(loadingError { try TinyOlist.load(replacing: [.payments: nil]) }
            == .fileNotFound(file: OlistFile.payments.rawValue, directory: "tiny"))
        #expect(loadingError { try TinyOlist.load(replacing: [.geolocation: nil]) } == nil)
    }

    @Test("a required file that cannot be read (here a folder in its place)")
    func unreadableFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segments-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in TinyOlist.files(replacing: [.orders: nil]) {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        let orders = folder.appendingPathComponent(OlistFile.orders.rawValue)
        try FileManager.default.createDirectory(at: orders, withIntermediateDirectories: true)
        let error = loadingError { try OlistDataset.load(directory: folder, logger: quietLogger) }
        #expect(error == .unreadableFile(file: orders.path, reason: "not a regular file"))
    }

    @Test("missing required column")
    func missingColumn() {
        let error = loadingError {
            try TinyOlist.load(replacing: [.sellers: "seller_id,seller_city,seller_state\ns1,campinas,SP\n"])
        }
        #expect(
            error == .missingColumn(
                at: SourcePosition(file: OlistFile.sellers.rawValue, line: 1, column: 1),
                column: "seller_zip_code_prefix", header: ["seller_id", "seller_city", "seller_state"]))
        #expect(error?.description.hasPrefix("olist_sellers_dataset.csv:1:1: missing required column \"seller_zip_code_prefix\"") == true)
    }

    @Test("empty file")
    func emptyFile() {
        #expect(loadingError { try TinyOlist.load(replacing: [.sellers: ""]) } == .emptyFile(file: OlistFile.sellers.rawValue))
        #expect(loadingError { try TinyOlist.load(replacing: [.sellers: "\n\r\n"]) } == .emptyFile(file: OlistFile.sellers.rawValue))
    }

    @Test(
        "malformed header",
        arguments: [
            ("seller_id,,seller_city\n", 11, "an empty name"),
            ("seller_id,seller_city,seller_id\n", 23, "\"seller_id\" a second time"),
            ("seller_id,\"seller\u{1}city\"\n", 11, "control characters in \"seller\\u{01}city\""),
        ])
    func invalidHeader(header: String, column: Int, found: String) {
        let error = loadingError { try TinyOlist.load(replacing: [.sellers: header + "s1,x,y\n"]) }
        guard case .invalidHeader(let position, _, let actual)? = error else {
            Issue.record("expected invalid header, got \(String(describing: error))")
            return
        }
        #expect(position == SourcePosition(file: OlistFile.sellers.rawValue, line: 1, column: column))
        #expect(actual == found)
    }

    @Test("broken quoting in a table: unterminated, stray and trailing quotes")
    func brokenQuoting() {
        let header = "review_id,order_id,review_score,review_comment_title,review_comment_message,review_creation_date,review_answer_timestamp\n"
        let cases: [(String, SourcePosition)] = [
            ("r1,o1,5,,\"never closed\n,,\n", SourcePosition(file: OlistFile.reviews.rawValue, line: 2, column: 10)),
            ("r1,o1,5,,\"ok\",,\nr2,o2,4,ti\"tle,,,\n", SourcePosition(file: OlistFile.reviews.rawValue, line: 3, column: 11)),
            ("r1,o1,5,,\"a\nb\" c,,\n", SourcePosition(file: OlistFile.reviews.rawValue, line: 3, column: 3)),
        ]
        for (rows, expected) in cases {
            let error = loadingError { try TinyOlist.load(replacing: [.reviews: header + rows]) }
            guard case .brokenQuoting(let position, _, _)? = error else {
                Issue.record("expected broken quoting, got \(String(describing: error))")
                continue
            }
            #expect(position == expected)
        }
    }

    @Test("empty table: a header without rows")
    func emptyTable() {
        let error = loadingError { try TinyOlist.load(replacing: [.orders: ordersHeader]) }
        #expect(error == .emptyTable(file: OlistFile.orders.rawValue))
        #expect(error?.description == "olist_orders_dataset.csv:2:1: empty table: expected data rows after the header")
    }

    @Test("no usable order (every order rejected, or none with a known customer) loads, with no buyer")
    func emptyDataset() throws {
        let rejected = try TinyOlist.load(replacing: [.orders: ordersHeader + "o1,c1,delivered,yesterday,,,,\n"])
        #expect(rejected.orders.count == 0)
        #expect(rejected.quality.table(.orders)?.rowsRejected == 1)
        let orphaned = try TinyOlist.load(replacing: [.orders: ordersHeader + "o1,nobody,delivered,2018-01-01 00:00:00,,,,\n"])
        #expect(orphaned.orders.count == 1 && orphaned.orders.buyer == [-1])
        #expect(orphaned.quality.reference(.orderCustomer)?.unmatched == 1)
    }

    // MARK: Row-level

    private func ordersIssues(_ rows: String) throws -> (OlistDataset, [DataIssueSummary]) {
        let data = try TinyOlist.load(replacing: [.orders: ordersHeader + rows])
        return (data, data.quality.issues.filter { $0.file == OlistFile.orders.rawValue })
    }

    @Test("unparsable dates: a required one rejects the row, an optional one is kept as missing")
    func invalidDates() throws {
        let (data, issues) = try ordersIssues(
            "o1,c1,delivered,2017-02-30 10:00:00,,,,\n" + "o2,c2,delivered,2017-03-01 10:00:00,2017-03-01 25:00:00,,,\n")
        #expect(data.orders.ids.strings == ["o2"])
        #expect(data.orders.approved == [nil])
        let required = try #require(issues.first { $0.column == "order_purchase_timestamp" })
        #expect(required.kind == .invalidTimestamp && required.count == 1 && required.rejectedRows == 1)
        #expect(required.examples[0].description.hasPrefix(
            "olist_orders_dataset.csv:2:17: invalid value in column \"order_purchase_timestamp\": "
                + "expected a date yyyy-MM-dd HH:mm:ss or yyyy-MM-dd, found \"2017-02-30 10:00:00\""))
        let optional = try #require(issues.first { $0.column == "order_approved_at" })
        #expect(optional.kind == .invalidTimestamp && optional.rejectedRows == 0)
        #expect(optional.examples[0].position.line == 3)
        let table = try #require(data.quality.table(.orders))
        #expect(table.records == 2 && table.rowsKept == 1 && table.rowsRejected == 1)
        #expect(table.columns.first { $0.name == "order_approved_at" }?.invalid == 1)
    }

    @Test("unparsable numbers: a required one rejects the row, an optional one is kept as NaN")
    func invalidNumbers() throws {
        let header = "order_id,order_item_id,product_id,seller_id,shipping_limit_date,price,freight_value\n"
        let data = try TinyOlist.load(replacing: [
            .orderItems: header + "o1,1,p1,s1,,12;5,1\n" + "o1,2,p1,s1,,10,1O\n" + "o2,x,p1,s1,,10,1\n"
        ])
        #expect(data.orderItems.count == 1)
        #expect(data.orderItems.freight[0].isNaN)
        let issues = data.quality.issues.filter { $0.file == OlistFile.orderItems.rawValue }
        #expect(issues.map(\.column) == ["price", "freight_value", "order_item_id"])
        #expect(issues.map(\.rejectedRows) == [1, 0, 1])
        #expect(issues.allSatisfy { $0.kind == .invalidNumber })
        #expect(issues[0].examples[0].position == SourcePosition(file: OlistFile.orderItems.rawValue, line: 2, column: 13))
    }

    @Test("unknown status and payment type are kept as .other and counted")
    func unknownValues() throws {
        let (data, issues) = try ordersIssues("o1,c1,lost_in_space,2018-01-01 00:00:00,,,,\n")
        #expect(data.orders.status == [.other])
        #expect(issues.first?.kind == .unknownValue)
        #expect(issues.first?.examples.first?.message.contains("found \"lost_in_space\"; kept as other") == true)
        let payments = try TinyOlist.load(replacing: [
            .payments: "order_id,payment_sequential,payment_type,payment_installments,payment_value\no1,1,pix,1,10\n"
        ])
        #expect(payments.payments.type == [.other])
    }

    @Test("a record with the wrong field count is rejected and counted")
    func wrongFieldCount() throws {
        let (data, issues) = try ordersIssues(
            "o1,c1,delivered,2018-01-01 00:00:00,,,\n" + "o2,c2,delivered,2018-01-01 00:00:00,,,,\n")
        #expect(data.orders.ids.strings == ["o2"])
        #expect(issues.count == 1)
        #expect(issues[0].kind == .wrongFieldCount)
        #expect(issues[0].examples[0].description
            == "olist_orders_dataset.csv:2:1: expected 8 fields as in the header, found 7")
    }

    @Test("a duplicate order_id keeps the first row and reports the repeat's line")
    func duplicateOrder() throws {
        let (data, issues) = try ordersIssues(
            "o1,c1,delivered,2018-01-01 00:00:00,,,,\n" + "o1,c2,shipped,2018-02-01 00:00:00,,,,\n")
        #expect(data.orders.count == 1 && data.orders.status == [.delivered])
        #expect(issues.first?.kind == .duplicateKey)
        #expect(issues.first?.examples.first?.position.line == 3)
        #expect(data.quality.table(.orders)?.duplicateKeys == 1)
    }

    @Test("a missing required value rejects the row")
    func missingRequired() throws {
        let (data, issues) = try ordersIssues(
            ",c1,delivered,2018-01-01 00:00:00,,,,\n" + "o2,c2,,2018-01-01 00:00:00,,,,\n" + "o3,c3,delivered,2018-01-01 00:00:00,,,,\n")
        #expect(data.orders.ids.strings == ["o3"])
        #expect(issues.map(\.kind) == [.missingValue, .missingValue])
        #expect(issues.map(\.column) == ["order_id", "order_status"])
    }

    @Test("only a capped number of examples is kept, but every issue is counted")
    func cappedExamples() throws {
        let rows = (1...50).map { "o\($0),c1,delivered,bad,,,,\n" }.joined() + "o0,c1,delivered,2018-01-01,,,,\n"
        let (_, issues) = try ordersIssues(rows)
        #expect(issues.first?.count == 50)
        #expect(issues.first?.examples.count == DataIssueLog.exampleLimit)
    }

    @Test("random garbage in every file never traps")
    func garbage() {
        var generator = SplitMix64(seed: 99)
        let alphabet = Array("o1c,\"\n-:0 5".utf8)
        for round in 0..<200 {
            let file = OlistFile.allCases[round % OlistFile.allCases.count]
            let header = String(decoding: TinyOlist.files()[file.rawValue]?.prefix { $0 != 10 } ?? [], as: UTF8.self)
            let body = String(decoding: (0..<Int(generator.next() % 80)).map { _ in
                alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }, as: UTF8.self)
            _ = try? TinyOlist.load(replacing: [file: header + "\n" + body])
        }
    }
}

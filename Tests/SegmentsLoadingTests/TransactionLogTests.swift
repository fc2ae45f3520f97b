import SegmentsTestSupport
import Testing

@testable import SegmentsLoading

@Suite("Transaction logs")
struct TransactionLogTests {
    func parse(_ text: String, _ format: DateFormat) -> Timestamp? {
        var text = text
        return text.withUTF8 { format.parse($0) }
    }

    func load(_ text: String, _ mapping: TransactionMapping = TransactionMapping()) throws -> OlistDataset {
        try OlistDataset.load(transactions: Array(text.utf8), file: "t.csv", mapping: mapping, logger: quietLogger)
    }

    @Test("ISO 8601 dates and date-times, with fractions and offsets")
    func iso() {
        let iso = DateFormat.iso8601
        #expect(parse("2024-03-31", iso) == Timestamp(year: 2024, month: 3, day: 31))
        #expect(parse("2024-03-31T14:05", iso) == Timestamp(year: 2024, month: 3, day: 31, hour: 14, minute: 5))
        #expect(parse("2024-03-31 14:05:09.250", iso) == Timestamp(year: 2024, month: 3, day: 31, hour: 14, minute: 5, second: 9))
        #expect(parse("2024-03-31T14:05:09Z", iso) == Timestamp(year: 2024, month: 3, day: 31, hour: 14, minute: 5, second: 9))
        #expect(parse("2024-03-31T14:05:09+02:00", iso) == Timestamp(year: 2024, month: 3, day: 31, hour: 12, minute: 5, second: 9))
        #expect(parse("2024-03-31T00:30:00-0130", iso) == Timestamp(year: 2024, month: 3, day: 31, hour: 2, minute: 0))
        for bad in ["2024-02-30", "2024-3-31", "31/03/2024", "2024-03-31T25:00", "2024-03-31T14", "2024-03-31 14:05:09 x", ""] {
            #expect(parse(bad, iso) == nil, "\(bad)")
        }
    }

    @Test("explicit patterns")
    func patterns() throws {
        let compact = try #require(DateFormat("yyyyMMdd"))
        #expect(parse("20240331", compact) == Timestamp(year: 2024, month: 3, day: 31))
        #expect(parse("2024033", compact) == nil)
        let european = try #require(DateFormat("dd/MM/yyyy"))
        #expect(parse("05/04/2024", european) == Timestamp(year: 2024, month: 4, day: 5))
        #expect(parse("5/04/2024", european) == nil)
        let american = try #require(DateFormat("MM/dd/yyyy HH:mm"))
        #expect(parse("04/05/2024 17:45", american) == Timestamp(year: 2024, month: 4, day: 5, hour: 17, minute: 45))
        let short = try #require(DateFormat("d.M.yyyy H:mm"))
        #expect(parse("5.4.2024 7:05", short) == Timestamp(year: 2024, month: 4, day: 5, hour: 7, minute: 5))
        #expect(parse("13.13.2024 7:05", short) == nil)
        for bad in ["dd/MMM/yyyy", "yy-MM-dd", "MM/yyyy", "dd/MM/yyyy dd", "yyyy-MM-dd Q"] {
            #expect(DateFormat(bad) == nil, "\(bad)")
        }
        #expect(DateFormat("iso8601") == .iso8601)
    }

    @Test("amounts with a decimal comma")
    func decimalComma() {
        func amount(_ text: String, comma: Bool = true) -> Double? {
            var text = text
            return text.withUTF8 { TransactionLog.amount($0, decimalComma: comma) }
        }
        #expect(amount("1.234,50") == 1234.5)
        #expect(amount("1 234,50") == 1234.5)
        #expect(amount("1\u{00A0}234,5") == 1234.5)
        #expect(amount("-12,5") == -12.5)
        #expect(amount("12") == 12)
        #expect(amount("12,5", comma: false) == nil)
        #expect(amount("12.5", comma: false) == 12.5)
    }

    @Test("the delimiter is detected from the header, outside quotes")
    func delimiter() {
        func detect(_ text: String) -> UInt8 {
            Array(text.utf8).withUnsafeBufferPointer { TransactionMapping().delimiterByte($0) }
        }
        #expect(detect("a,b,c\n1;2,3\n") == UInt8(ascii: ","))
        #expect(detect("a;b;c\n1,5;2;3\n") == UInt8(ascii: ";"))
        #expect(detect("\"a,b\";c;d\n") == UInt8(ascii: ";"))
        #expect(detect("a\tb\tc\n") == UInt8(ascii: "\t"))
        #expect(detect("amount\n") == UInt8(ascii: ","))
    }

    @Test("semicolon-separated records keep commas as data, also in the 8-byte scan")
    func semicolonRecords() throws {
        let text = "customer;when;amount\n0001;2024-01-02;1.234,50\nlong-customer-id-0002;2024-01-03;\"7,25\"\n"
        let rows: [[String]] = try Array(text.utf8).withUnsafeBufferPointer { buffer throws(LoadingError) in
            var reader = CSVReader(file: "t.csv", bytes: buffer, delimiter: UInt8(ascii: ";"))
            var rows: [[String]] = []
            while try reader.readRecord() {
                rows.append(reader.fields.map { String(decoding: buffer[$0.start..<$0.end], as: UTF8.self) })
            }
            return rows
        }
        #expect(rows == [
            ["customer", "when", "amount"], ["0001", "2024-01-02", "1.234,50"], ["long-customer-id-0002", "2024-01-03", "7,25"],
        ])
    }

    @Test("order lines become one order per order id, one item per unit, one payment of the total")
    func lines() throws {
        let text = """
            order , customer , date , amount , qty , cat , stars
            A1 , 007 , 2024-01-05T10:00:00 , 10.00 , 2 , books , 4
            A1 , 007 , 2024-01-05T10:00:00 , 5.50 , 1 , toys ,
            A2 , 008 , 2024-02-01T09:00:00 , 20 , , books , 6
            A3 , 007 , 2024-03-01T09:00:00 , -4 , 1 , toys ,
            A4 , 007 , 2024-03-02T09:00:00 , 0 , 1 , toys ,
            A1 , 008 , 2024-01-05T10:00:00 , 3 , 1 , toys ,

            """
        let mapping = TransactionMapping(
            customer: "customer", order: "order", review: "stars", quantity: "qty", category: "cat")
        let dataset = try load(text, mapping)
        #expect(dataset.customers.ids.strings == ["007", "008"])
        #expect(dataset.orders.ids.strings == ["A1", "A2"])
        #expect(dataset.orders.buyer == [0, 1])
        #expect(dataset.orderItems.count == 4)
        #expect(dataset.orderItems.price == [5, 5, 5.5, 20])
        #expect(dataset.payments.value == [15.5, 20])
        #expect(dataset.reviews.score == [4])
        #expect(dataset.categoryName(ofProduct: Int(dataset.orderItems.product[2])) == "toys")
        #expect(dataset.capabilities.has(.reviews) && dataset.capabilities.has(.items) && !dataset.capabilities.has(.deliveries))
        let quality = dataset.quality
        #expect(quality.count(of: .negativeAmount) == 1)
        #expect(quality.count(of: .zeroAmount) == 1)
        #expect(quality.count(of: .duplicateKey) == 1)
        #expect(quality.count(of: .implausibleValue) == 1)
        #expect(quality.tables[0].rowsRejected == 3)
    }

    @Test("fatal problems: a column not in the header, no usable row")
    func fatal() {
        let missing = loadingError { try load("customer_id,day,amount\n1,2024-01-01,3\n") }
        #expect(missing == .unmappedColumn(
            at: SourcePosition(file: "t.csv", line: 1, column: 1), column: "date", option: "--date-column",
            header: ["customer_id", "day", "amount"]))
        let none = loadingError { try load("customer_id,date,amount\n1,01/02/2024,3\n") }
        guard case .noUsableRow(_, let rows, let first) = none else {
            Issue.record("expected noUsableRow, got \(String(describing: none))")
            return
        }
        #expect(rows == 1)
        #expect(first.hasPrefix("t.csv:2:3: invalid value in column \"date\": expected an ISO 8601 date"))
        #expect(first.contains("found \"01/02/2024\""))
    }
}

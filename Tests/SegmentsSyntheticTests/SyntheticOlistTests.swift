import Foundation
import Testing
@testable import SegmentsLoading
@testable import SegmentsSynthetic

/// A generated dataset and its files read back with the strict test reader.
struct SyntheticSample: Sendable {
    let files: [String: [UInt8]]
    let tables: [String: SyntheticTestTable]

    init(_ configuration: SyntheticOlist.Configuration, catalogue: SyntheticCatalogue = .builtIn) throws {
        files = SyntheticOlist.generate(configuration, catalogue: catalogue)
        tables = try files.mapValues { try SyntheticTestTable($0) }
    }

    subscript(_ file: OlistFile) -> SyntheticTestTable {
        tables[file.rawValue] ?? SyntheticTestTable(header: [], rows: [], quoted: [])
    }

    /// The shared sample of the format, integrity and calibration tests (debug-fast).
    static let standard = Result { try SyntheticSample(.init(buyers: 8_000, seed: 7)) }
}

@Suite("Synthetic Olist: format, determinism and integrity")
struct SyntheticOlistTests {
    let sample: SyntheticSample

    init() throws {
        sample = try SyntheticSample.standard.get()
    }

    @Test("same configuration gives identical bytes; another seed gives other orders")
    func determinism() {
        let configuration = SyntheticOlist.Configuration(buyers: 2_000, seed: 11)
        let first = SyntheticOlist.generate(configuration)
        #expect(first == SyntheticOlist.generate(configuration))
        let other = SyntheticOlist.generate(.init(buyers: 2_000, seed: 12))
        for file in [OlistFile.customers, .orders, .orderItems, .payments, .reviews] {
            #expect(first[file.rawValue] != other[file.rawValue])
        }
        #expect(first[OlistFile.products.rawValue] == other[OlistFile.products.rawValue])
    }

    @Test("the eight Olist files have the real headers, quoted as in the real files")
    func headers() throws {
        let expected: [OlistFile: String] = [
            .customers: #""customer_id","customer_unique_id","customer_zip_code_prefix","customer_city","customer_state""#,
            .orders: #""order_id","customer_id","order_status","order_purchase_timestamp","order_approved_at","order_delivered_carrier_date","order_delivered_customer_date","order_estimated_delivery_date""#,
            .orderItems: #""order_id","order_item_id","product_id","seller_id","shipping_limit_date","price","freight_value""#,
            .payments: #""order_id","payment_sequential","payment_type","payment_installments","payment_value""#,
            .reviews: #""review_id","order_id","review_score","review_comment_title","review_comment_message","review_creation_date","review_answer_timestamp""#,
            .products: #""product_id","product_category_name","product_name_lenght","product_description_lenght","product_photos_qty","product_weight_g","product_length_cm","product_height_cm","product_width_cm""#,
            .sellers: #""seller_id","seller_zip_code_prefix","seller_city","seller_state""#,
            .categoryTranslation: "\u{FEFF}product_category_name,product_category_name_english",
        ]
        #expect(Set(sample.files.keys) == Set(expected.keys.map(\.rawValue)))
        for (file, header) in expected {
            let bytes = try #require(sample.files[file.rawValue])
            let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") }
            #expect(String(decoding: firstLine, as: UTF8.self) == header, "\(file.rawValue)")
        }
    }

    @Test("ids are 32 hex digits, unique per table, one customer_id per order")
    func identifiers() {
        let hex = Set("0123456789abcdef")
        let orders = sample[.orders].column("order_id")
        let customers = sample[.customers].column("customer_id")
        for ids in [orders, customers, sample[.reviews].column("review_id"), sample[.customers].column("customer_unique_id")] {
            #expect(ids.allSatisfy { $0.count == 32 && $0.allSatisfy(hex.contains) })
        }
        #expect(Set(orders).count == orders.count)
        #expect(Set(customers).count == customers.count)
        #expect(Set(sample[.reviews].column("review_id")).count == sample[.reviews].rows.count)
        #expect(Set(sample[.orders].column("customer_id")) == Set(customers))
        #expect(Set(sample[.customers].column("customer_unique_id")).count == 8_000)
    }

    @Test("every item, payment and review refers to an existing order, product and seller")
    func references() {
        let orders = Set(sample[.orders].column("order_id"))
        let products = Set(sample[.products].column("product_id"))
        let sellers = Set(sample[.sellers].column("seller_id"))
        let items = sample[.orderItems]
        #expect(!items.rows.isEmpty)
        #expect(items.column("order_id").allSatisfy(orders.contains))
        #expect(items.column("product_id").allSatisfy(products.contains))
        #expect(items.column("seller_id").allSatisfy(sellers.contains))
        #expect(sample[.payments].column("order_id").allSatisfy(orders.contains))
        #expect(sample[.reviews].column("order_id").allSatisfy(orders.contains))
        let categories = Set(sample[.categoryTranslation].column("product_category_name"))
        #expect(sample[.products].column("product_category_name").allSatisfy { $0.isEmpty || categories.contains($0) })
    }

    @Test("a buyer keeps one address across their orders")
    func buyersAddresses() {
        var address: [String: String] = [:]
        let table = sample[.customers]
        for row in table.rows {
            let place = row[2...4].joined(separator: "|")
            #expect(address[row[1], default: place] == place)
            address[row[1]] = place
        }
    }

    @Test("timestamps are well formed, in the data's time span and consistent with the status")
    func timestamps() throws {
        let orders = sample[.orders]
        let pattern = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/
        for row in orders.rows {
            let (status, purchase, approved, carrier, delivered, estimated) = (row[2], row[3], row[4], row[5], row[6], row[7])
            for stamp in [purchase, approved, carrier, delivered, estimated] where !stamp.isEmpty {
                #expect(stamp.wholeMatch(of: pattern) != nil)
            }
            #expect(purchase >= "2016-09-04" && purchase <= "2018-10-17 18:00:00")
            #expect(estimated.hasSuffix("00:00:00") && estimated > purchase)
            #expect(delivered.isEmpty == (status != "delivered"), "\(row)")
            #expect(approved.isEmpty == (status == "created") || status == "canceled", "\(row)")
            if status == "delivered" || status == "shipped" { #expect(!carrier.isEmpty) }
            if !approved.isEmpty { #expect(approved >= purchase) }
            if !carrier.isEmpty { #expect(carrier >= approved && !approved.isEmpty) }
            if !delivered.isEmpty { #expect(delivered > carrier) }
        }
    }

    @Test("an order's payments add up to its items' prices and freight")
    func paymentsMatchItems() throws {
        var itemTotals: [String: Int] = [:]
        let items = sample[.orderItems]
        for row in items.rows { itemTotals[row[0], default: 0] += cents(row[5]) + cents(row[6]) }
        var paid: [String: Int] = [:]
        for row in sample[.payments].rows { paid[row[0], default: 0] += cents(row[4]) }
        #expect(paid.count == sample[.orders].rows.count)
        for (order, total) in itemTotals { #expect(paid[order] == total) }
        for row in sample[.payments].rows where row[2] != "credit_card" { #expect(row[3] == "1") }
        #expect(sample[.payments].column("payment_installments").allSatisfy { (1...24).contains(Int($0) ?? 0) })
    }

    @Test("review comments are valid RFC 4180 with commas, quotes and line breaks inside quotes")
    func reviewQuoting() throws {
        let reviews = sample[.reviews]
        let messages = reviews.column("review_comment_message")
        #expect(messages.contains { $0.contains(",") })
        #expect(messages.contains { $0.contains("\"") })
        #expect(messages.contains { $0.contains("\r\n") })
        #expect(messages.contains { $0.contains("\n") && !$0.contains("\r") })
        let textColumns = [0, 1, 3, 4]
        for (row, flags) in zip(reviews.rows, reviews.quoted) {
            for (column, (value, wasQuoted)) in zip(row, flags).enumerated() {
                let needsQuotes = value.first.map { ("0"..."9").contains($0) } == true
                    || value.unicodeScalars.contains { ",\"\n\r".unicodeScalars.contains($0) }
                #expect(wasQuoted == (textColumns.contains(column) && needsQuotes), "\(value)")
            }
        }
        // The raw file has more lines than rows: comments span lines.
        let lineCount = try #require(sample.files[OlistFile.reviews.rawValue]).count { $0 == UInt8(ascii: "\n") }
        #expect(lineCount > reviews.rows.count + 1)
    }

    @Test("geolocation adds many rows per zip prefix without changing the other files")
    func geolocation() throws {
        let configuration = SyntheticOlist.Configuration(buyers: 1_500, seed: 3)
        var withGeolocation = configuration
        withGeolocation.geolocation = true
        let plain = SyntheticOlist.generate(configuration)
        var files = SyntheticOlist.generate(withGeolocation)
        let geolocationBytes = files.removeValue(forKey: OlistFile.geolocation.rawValue)
        let geolocation = try SyntheticTestTable(try #require(geolocationBytes))
        #expect(files == plain)
        #expect(geolocation.header == ["geolocation_zip_code_prefix", "geolocation_lat", "geolocation_lng", "geolocation_city", "geolocation_state"])
        let prefixes = Set(geolocation.column("geolocation_zip_code_prefix"))
        let rowsPerPrefix = Double(geolocation.rows.count) / Double(prefixes.count)
        #expect(abs(rowsPerPrefix - 1_000_163.0 / 19_015) < 3)
        let customers = try SyntheticTestTable(try #require(plain[OlistFile.customers.rawValue]))
        #expect(Set(customers.column("customer_zip_code_prefix")).isSubset(of: prefixes))
        for row in geolocation.rows.prefix(2_000) {
            let latitude = try #require(Double(row[1]))
            let longitude = try #require(Double(row[2]))
            #expect((-34...6).contains(latitude) && (-74 ... -34).contains(longitude))
        }
    }

    @Test("written files land in a new folder, byte for byte")
    func writing() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("synthetic-olist-\(ProcessInfo.processInfo.processIdentifier)")
            .appendingPathComponent("nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let files = SyntheticOlist.generate(.init(buyers: 200, seed: 5))
        try SyntheticOlist.write(files, to: folder)
        for (name, bytes) in files {
            #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == Data(bytes))
        }
    }

    private func cents(_ text: String) -> Int {
        let parts = text.split(separator: ".")
        return (Int(parts[0]) ?? 0) * 100 + (Int(parts.count > 1 ? parts[1] : "0") ?? 0)
    }
}

import Foundation
import SegmentsTestSupport
import Testing
@testable import SegmentsLoading

@Suite("Olist dataset: tables, joins, orphans")
struct OlistDatasetTests {
    @Test("ids are interned to rows and joins resolved, whatever the column order")
    func joins() throws {
        let data = try TinyOlist.load()
        #expect(data.customers.ids.strings == ["c1", "c2", "c3", "c4"])
        #expect(data.buyers.strings == ["u1", "u2", "u3"])
        #expect(data.customers.buyer == [0, 0, 1, 2])
        #expect(data.orders.ids.strings == ["o1", "o2", "o3", "o4"])
        #expect(data.orders.customer == [0, 1, 2, -1])
        #expect(data.orderBuyer == [0, 0, 1, -1])
        #expect(data.orderItems.order == [0, 0, 1, -1, 2])
        #expect(data.orderItems.product == [0, 1, 0, 0, -1])
        #expect(data.orderItems.seller == [0, 0, 1, 0, -1])
        #expect(data.payments.order == [0, 0, 1, -1])
        #expect(data.reviews.order == [0, 1, 2])
        #expect(data.categoryName(ofProduct: 0) == "health_beauty")
        #expect(data.categoryName(ofProduct: 1) == "pc_gamer")
        #expect(data.categoryName(ofProduct: 2) == nil)
        #expect(data.geolocation == nil)
    }

    @Test("typed values, with missing kept distinct from zero")
    func values() throws {
        let data = try TinyOlist.load()
        #expect(data.orders.status == [.delivered, .shipped, .canceled, .delivered])
        #expect(data.orders.purchase[0] == Timestamp("2017-11-24 10:20:30"))
        #expect(data.orders.approved[2] == nil)
        #expect(data.orders.deliveredCustomer[1] == nil)
        #expect(data.orderItems.price == [58.90, 10.00, 199.99, 5, 7.5])
        #expect(data.orderItems.freight[0] == 13.29)
        #expect(data.orderItems.freight[1].isNaN)
        #expect(data.orderItems.freight[4] == 0)
        #expect(data.orderItems.shippingLimit[4] == nil)
        #expect(data.payments.type == [.creditCard, .voucher, .boleto, .debitCard])
        #expect(data.payments.installments == [3, 1, 1, 1])
        #expect(data.reviews.score == [5, 1, 4])
        #expect(data.reviews.message[0] == "Muito bom, chegou \"rápido\"\nrecomendo")
        #expect(data.reviews.title[0] == nil)
        #expect(data.reviews.title[1] == "Ruim")
        #expect(data.reviews.answered[1] == nil)
        #expect(data.customers.zipCodePrefix == [1037, 1037, 22041, -1])
        #expect(data.customers.city[3] == -1)
        #expect(data.customers.states.strings == ["SP", "RJ"])
        #expect(data.products.weightGrams == [225, 1000, 154])
        #expect(data.products.nameLength[2].isNaN)
        #expect(data.sellers.zipCodePrefix == [13023, 13844])
        #expect(data.categories.english == ["health_beauty"])
    }

    @Test("orphan references counted in both directions, with positions")
    func orphans() throws {
        let quality = try TinyOlist.load().quality
        let expected: [ReferenceCheck.Relation: (checked: Int, unmatched: Int)] = [
            .orderCustomer: (4, 1), .itemOrder: (5, 1), .itemProduct: (5, 1), .itemSeller: (5, 1),
            .paymentOrder: (4, 1), .reviewOrder: (3, 0), .productCategory: (2, 1),
            .orderHasItems: (4, 1), .orderHasPayments: (4, 2), .orderHasReviews: (4, 1),
            .customerHasOrders: (4, 1),
        ]
        #expect(quality.references.map(\.relation) == ReferenceCheck.Relation.allCases)
        for check in quality.references {
            #expect(check.checked == expected[check.relation]?.checked, "\(check.relation)")
            #expect(check.unmatched == expected[check.relation]?.unmatched, "\(check.relation)")
            #expect(check.examples.count == check.unmatched)
        }
        let itemOrder = try #require(quality.reference(.itemOrder)?.examples.first)
        #expect(itemOrder.position == SourcePosition(file: OlistFile.orderItems.rawValue, line: 5, column: 3))
        #expect(itemOrder.message.contains("\"o9\""))
        let withoutPayments = quality.reference(.orderHasPayments)!.examples.map(\.position.line)
        #expect(withoutPayments == [4, 5])
        let category = try #require(quality.reference(.productCategory)?.examples.first)
        #expect(category.description == "olist_products_dataset.csv:3:4: product_category_name \"pc_gamer\" "
            + "not found in product_category_name_translation.csv; the Portuguese name is used")
        #expect(quality.reference(.customerHasOrders)!.examples.first?.position.line == 5)
        #expect(abs(quality.reference(.itemOrder)!.matchRate - 0.8) < 1e-12)
    }

    @Test("a repeated review_id is counted and its rows kept")
    func duplicateReview() throws {
        let data = try TinyOlist.load()
        #expect(data.reviews.count == 3)
        #expect(data.reviews.ids.count == 2)
        #expect(data.reviews.review == [0, 1, 1])
        let table = try #require(data.quality.table(.reviews))
        #expect(table.duplicateKeys == 1 && table.rowsRejected == 0 && table.rowsKept == 3)
        let summary = try #require(data.quality.issues.first { $0.kind == .duplicateKey })
        #expect(summary.examples.first?.position == SourcePosition(file: OlistFile.reviews.rawValue, line: 5, column: 1))
        #expect(summary.examples.first?.rowRejected == false)
    }

    @Test("missing values counted per column; provenance with checksums")
    func qualityAndProvenance() throws {
        let data = try TinyOlist.load()
        let customers = try #require(data.quality.table(.customers))
        #expect(customers.columns.map(\.missing) == [0, 0, 1, 1, 1])
        let products = try #require(data.quality.table(.products))
        #expect(products.columns.map(\.name)[2] == "product_name_lenght")
        #expect(products.columns.map(\.missing) == [0, 1, 1, 1, 1, 0, 0, 0, 0])
        #expect(data.quality.issues.isEmpty == false)
        #expect(data.quality.rejectedRows == 0)
        #expect(data.provenance.map(\.file) == OlistFile.allCases.filter(\.isRequired).map(\.rawValue))
        let files = TinyOlist.files()
        for entry in data.provenance {
            #expect(entry.sha256 == Checksum.sha256(files[entry.file]!))
            #expect(entry.byteCount == files[entry.file]!.count)
        }
        let items = data.provenance[2]
        #expect(items.columns == 8 && items.records == 5 && items.rows == 5)
    }

    @Test("the optional geolocation file is read when present")
    func geolocation() throws {
        let data = try TinyOlist.load(replacing: [
            .geolocation: """
                geolocation_zip_code_prefix,geolocation_lat,geolocation_lng,geolocation_city,geolocation_state
                01037,-23.545621281152680,-46.63929204800168,sao paulo,SP
                "01046",-23.54608112703553,-46.64482029837157,são paulo,SP

                """
        ])
        let geolocation = try #require(data.geolocation)
        #expect(geolocation.zipCodePrefix == [1037, 1046])
        #expect(geolocation.latitude == [-23.54562128115268, -23.54608112703553])
        #expect(geolocation.cities.strings == ["sao paulo", "são paulo"])
        #expect(data.provenance.last?.file == OlistFile.geolocation.rawValue)
    }

    @Test("a folder on disk loads like the same bytes in memory")
    func directory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segments-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in TinyOlist.files() {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("other.csv"))
        let fromDisk = try OlistDataset.load(directory: folder, logger: quietLogger)
        let inMemory = try TinyOlist.load()
        #expect(fromDisk.origin == folder.path)
        #expect(fromDisk.quality == inMemory.quality)
        #expect(fromDisk.provenance == inMemory.provenance)
        #expect(fromDisk.orderBuyer == inMemory.orderBuyer)
        #expect(fromDisk.orderItems.price == inMemory.orderItems.price)
    }
}

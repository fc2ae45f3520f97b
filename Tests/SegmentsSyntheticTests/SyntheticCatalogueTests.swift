import Foundation
import SegmentsTestSupport
import Testing
@testable import SegmentsLoading
@testable import SegmentsSynthetic

@Suite("Synthetic catalogue")
struct SyntheticCatalogueTests {
    @Test("the built-in catalogue: 20 translated categories, a few hundred products, 100 sellers")
    func builtIn() {
        let catalogue = SyntheticCatalogue.builtIn
        let hex = Set("0123456789abcdef")
        #expect(catalogue.categories.count == 20 && catalogue.categories.allSatisfy { $0.englishName != nil })
        #expect((300...500).contains(catalogue.products.count))
        #expect(catalogue.sellers.count == 100)
        let ids = catalogue.products.map(\.id) + catalogue.sellers.map(\.id)
        #expect(Set(ids).count == ids.count && ids.allSatisfy { $0.count == 32 && $0.allSatisfy(hex.contains) })
        #expect(catalogue.products.count { $0.category == nil } == 8)
        #expect(catalogue.sellers.allSatisfy { SyntheticGeography.stateIndex(of: $0.state) != nil && $0.zipCodePrefix.count == 5 })
        #expect(catalogue.sellers.count { $0.state == "SP" } > 40)
    }

    @Test("category popularity is skewed towards the big Olist categories")
    func skewedCategories() throws {
        let sample = try SyntheticSample.standard.get()
        let categoryOfProduct = Dictionary(uniqueKeysWithValues: sample[.products].rows.map { ($0[0], $0[1]) })
        var items: [String: Int] = [:]
        for product in sample[.orderItems].column("product_id") { items[categoryOfProduct[product] ?? "", default: 0] += 1 }
        let ranked = items.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        let big: Set = ["cama_mesa_banho", "beleza_saude", "esporte_lazer", "moveis_decoracao", "utilidades_domesticas", "informatica_acessorios"]
        #expect(ranked.prefix(5).count { big.contains($0.key) } >= 4)
        let total = items.values.reduce(0, +)
        #expect(Double(ranked.prefix(5).map(\.value).reduce(0, +)) > 0.4 * Double(total))
        #expect(ranked.last.map { Double($0.value) < 0.02 * Double(total) } == true)
    }

    @Test("a given catalogue is written back column for column and is what is sold")
    func givenCatalogue() throws {
        let catalogue = SyntheticCatalogue(
            categories: [.init(name: "artes", englishName: "art"), .init(name: "pc_gamer", englishName: nil)],
            products: [
                .init(id: "1e9e8ef04dbcff4541ed26657ea517e5", category: 0, nameLength: 40, descriptionLength: 287,
                      photoCount: 1, weightGrams: 225, lengthCentimetres: 16, heightCentimetres: 10, widthCentimetres: 14),
                .init(id: "a41e356c76fab66334f36de622ecbd3a", category: nil, nameLength: nil, descriptionLength: nil,
                      photoCount: nil, weightGrams: 650, lengthCentimetres: 17, heightCentimetres: 14, widthCentimetres: 12),
                .init(id: "c1ad3e9b2b1f3c4d5e6f708192a3b4c5", category: 1, nameLength: 50, descriptionLength: 900,
                      photoCount: 3, weightGrams: nil, lengthCentimetres: nil, heightCentimetres: nil, widthCentimetres: nil),
            ],
            sellers: [
                .init(id: "3442f8959a84dea7ee197c632cb2df15", zipCodePrefix: "13023", city: "campinas", state: "SP"),
                .init(id: "723a46b89fd5c3ed78ccdf039e33ac63", zipCodePrefix: "93310", city: "novo hamburgo, rio grande do sul, brasil", state: "RS"),
            ])
        let files = SyntheticOlist.generate(.init(buyers: 300, seed: 2), catalogue: catalogue)
        let text = { (file: OlistFile) in String(decoding: files[file.rawValue] ?? [], as: UTF8.self) }
        #expect(text(.products).split(separator: "\n").dropFirst() == [
            "\"1e9e8ef04dbcff4541ed26657ea517e5\",artes,40,287,1,225,16,10,14",
            "a41e356c76fab66334f36de622ecbd3a,,,,,650,17,14,12",
            "c1ad3e9b2b1f3c4d5e6f708192a3b4c5,pc_gamer,50,900,3,,,,",
        ])
        #expect(text(.sellers).split(separator: "\n").dropFirst() == [
            "\"3442f8959a84dea7ee197c632cb2df15\",\"13023\",campinas,SP",
            "\"723a46b89fd5c3ed78ccdf039e33ac63\",\"93310\",\"novo hamburgo, rio grande do sul, brasil\",RS",
        ])
        #expect(text(.categoryTranslation) == "\u{FEFF}product_category_name,product_category_name_english\nartes,art")
        let items = try SyntheticTestTable(files[OlistFile.orderItems.rawValue] ?? [])
        #expect(Set(items.column("product_id")) == Set(catalogue.products.map(\.id)))
        #expect(Set(items.column("seller_id")).isSubset(of: Set(catalogue.sellers.map(\.id))))
    }

    /// The folder of the three real Olist tables, when this machine has it.
    static let realTables = SharedFixtures.olistPartial

    @Test("the real catalogue is written back byte for byte", .enabled(if: realTables != nil))
    func realCatalogue() throws {
        let folder = try #require(Self.realTables)
        func read(_ file: OlistFile) throws -> [UInt8] {
            Array(try Data(contentsOf: folder.appendingPathComponent(file.rawValue)))
        }
        let translation = try SyntheticTestTable(try read(.categoryTranslation))
        let productTable = try SyntheticTestTable(try read(.products))
        let sellerTable = try SyntheticTestTable(try read(.sellers))
        var categories = translation.rows.map { SyntheticCatalogue.Category(name: $0[0], englishName: $0[1]) }
        var categoryIndex = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1.name, $0) })
        let products = productTable.rows.map { row -> SyntheticCatalogue.Product in
            if !row[1].isEmpty && categoryIndex[row[1]] == nil {
                categoryIndex[row[1]] = categories.count
                categories.append(.init(name: row[1], englishName: nil))
            }
            let numbers = row[2...].map { Int($0) }
            return .init(
                id: row[0], category: categoryIndex[row[1]], nameLength: numbers[0], descriptionLength: numbers[1],
                photoCount: numbers[2], weightGrams: numbers[3], lengthCentimetres: numbers[4],
                heightCentimetres: numbers[5], widthCentimetres: numbers[6])
        }
        let sellers = sellerTable.rows.map { SyntheticCatalogue.Seller(id: $0[0], zipCodePrefix: $0[1], city: $0[2], state: $0[3]) }
        let catalogue = SyntheticCatalogue(categories: categories, products: products, sellers: sellers)
        let files = SyntheticOlist.generate(.init(buyers: 500, seed: 4), catalogue: catalogue)
        for file in [OlistFile.products, .sellers, .categoryTranslation] {
            #expect(files[file.rawValue] == (try read(file)), "\(file.rawValue)")
        }
        let items = try SyntheticTestTable(files[OlistFile.orderItems.rawValue] ?? [])
        #expect(Set(items.column("product_id")).isSubset(of: Set(products.map(\.id))))
    }
}

import Foundation
import SegmentsTestSupport
import Testing
@testable import SegmentsLoading

/// The three published Olist tables kept in `../shared/data/olist-partial/` beside the repo.
/// Figures checked against pandas and `sha256sum` on the same files.
@Suite("Published Olist tables (olist-partial)")
struct OlistPartialTests {
    static let folder = SharedFixtures.olistPartial

    @Test(
        "products, sellers and the translation load with the published figures",
        .enabled(if: folder != nil, "../shared/data/olist-partial is absent: skipped"))
    func published() throws {
        let folder = try #require(Self.folder)
        var files = TinyOlist.files()
        for file in [OlistFile.products, .sellers, .categoryTranslation] {
            files[file.rawValue] = Array(try Data(contentsOf: folder.appendingPathComponent(file.rawValue)))
        }
        let data = try OlistDataset.load(files: files, origin: folder.path, logger: quietLogger)

        #expect(data.products.count == 32_951)
        #expect(data.sellers.count == 3_095)
        #expect(data.categories.count == 71)
        #expect(data.categories.names.code(of: "beleza_saude") != nil)  // header behind a BOM
        #expect(data.products.categoryNames.count == 73)
        #expect(data.sellers.states.count == 23)
        #expect(data.sellers.cities.count == 611)
        #expect(data.products.ids[0] == "1e9e8ef04dbcff4541ed26657ea517e5")
        #expect(data.categoryName(ofProduct: 0) == "perfumery")
        #expect(data.products.weightGrams.filter { !$0.isNaN }.reduce(0, +) == 75_007_492)

        let products = try #require(data.quality.table(.products))
        #expect(products.rowsRejected == 0 && products.duplicateKeys == 0)
        #expect(products.columns.map(\.missing) == [0, 610, 610, 610, 610, 2, 2, 2, 2])
        let category = try #require(data.quality.reference(.productCategory))
        #expect(category.checked == 32_951 - 610 && category.unmatched == 13)
        #expect(Set(category.examples.map { $0.message.split(separator: "\"")[1] })
            == ["pc_gamer", "portateis_cozinha_e_preparadores_de_alimentos"])

        let checksums = Dictionary(uniqueKeysWithValues: data.provenance.map { ($0.file, $0.sha256) })
        #expect(checksums[OlistFile.products.rawValue] == "3e6569628a17fbc75fd206ee357b59e20364b9afa90f5b6cd5b4d624c58aa9cc")
        #expect(checksums[OlistFile.sellers.rawValue] == "1f643d2b950373b85735e7794b20986f528d7a000432e7c6f9bcbb44d0846a0e")
        #expect(checksums[OlistFile.categoryTranslation.rawValue]
            == "9da093e114e517534d7a6903b253b0d24a582830b99ea9e8ef48a90b79d60967")
    }
}

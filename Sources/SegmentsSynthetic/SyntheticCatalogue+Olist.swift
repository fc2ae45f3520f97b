import Foundation
import SegmentsLoading

extension SyntheticCatalogue {
    /// The catalogue of the real Olist tables in `directory`: `olist_products_dataset.csv`,
    /// `olist_sellers_dataset.csv` and `product_category_name_translation.csv`, read with the
    /// project's CSV reader. Categories keep the translation file's order; those only seen in
    /// products (untranslated) follow, in order of first appearance.
    /// - Throws: `LoadingError` for a missing file or column, broken quoting, or an empty table.
    /// - Complexity: O(size of the three files).
    public static func load(directory: URL) throws(LoadingError) -> SyntheticCatalogue {
        let translation = try CategoryTranslation.read(from: directory)
        let products = try Products.read(from: directory)
        let sellers = try Sellers.read(from: directory)
        if products.count == 0 { throw .emptyTable(file: OlistFile.products.rawValue) }
        if sellers.count == 0 { throw .emptyTable(file: OlistFile.sellers.rawValue) }
        var categories = (0..<translation.count).map {
            Category(name: translation.names[Int32($0)], englishName: translation.english[$0])
        }
        var index: [String: Int] = [:]
        for (position, category) in categories.enumerated() { index[category.name] = position }
        var catalogueProducts: [Product] = []
        catalogueProducts.reserveCapacity(products.count)
        for row in 0..<products.count {
            var category: Int?
            let code = products.category[row]
            if code >= 0 {
                let name = products.categoryNames[code]
                if index[name] == nil {
                    index[name] = categories.count
                    categories.append(Category(name: name, englishName: nil))
                }
                category = index[name]
            }
            func whole(_ column: [Double]) -> Int? { column[row].isNaN ? nil : Int(column[row].rounded()) }
            catalogueProducts.append(
                Product(
                    id: products.ids[Int32(row)], category: category,
                    nameLength: whole(products.nameLength), descriptionLength: whole(products.descriptionLength),
                    photoCount: whole(products.photoCount), weightGrams: whole(products.weightGrams),
                    lengthCentimetres: whole(products.lengthCentimetres),
                    heightCentimetres: whole(products.heightCentimetres), widthCentimetres: whole(products.widthCentimetres)))
        }
        let catalogueSellers = (0..<sellers.count).map { row in
            Seller(
                id: sellers.ids[Int32(row)], zipCodePrefix: zipText(sellers.zipCodePrefix[row]),
                city: sellers.cities[sellers.city[row]], state: sellers.states[sellers.state[row]])
        }
        return SyntheticCatalogue(categories: categories, products: catalogueProducts, sellers: catalogueSellers)
    }

    /// A five-digit zip code prefix with its leading zeros, as Olist writes it.
    private static func zipText(_ code: Int32) -> String {
        let digits = String(max(code, 0))
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}

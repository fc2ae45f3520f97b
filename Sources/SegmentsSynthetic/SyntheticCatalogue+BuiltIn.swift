import Foundation
import SegmentsLoading

extension SyntheticCatalogue {
    /// A small stand-in for the real catalogue: the 20 most common Olist categories with
    /// their English names, 373 products (as many per category as the real catalogue's
    /// shares, 8 uncategorised, one without measurements) and 100 sellers in real cities,
    /// drawn once from a fixed seed.
    public static let builtIn: SyntheticCatalogue = {
        var random = SyntheticRandom(seed: 0x01_1157, stream: 0)
        var products: [Product] = []
        for (index, entry) in builtInCategories.enumerated() {
            for _ in 0..<entry.products {
                products.append(builtInProduct(category: index, name: entry.name, using: &random))
            }
        }
        for _ in 0..<8 {
            var product = builtInProduct(category: nil, name: nil, using: &random)
            product.nameLength = nil
            product.descriptionLength = nil
            product.photoCount = nil
            products.append(product)
        }
        products[products.count / 2].weightGrams = nil
        products[products.count / 2].lengthCentimetres = nil
        products[products.count / 2].heightCentimetres = nil
        products[products.count / 2].widthCentimetres = nil
        let stateWeights = SyntheticWeights(SyntheticGeography.states.map(\.sellers))
        let sellers = (0..<100).map { _ in
            let state = random.pick(stateWeights)
            let address = SyntheticGeography.address(state: state, using: &random)
            return Seller(
                id: random.identifier().text, zipCodePrefix: SyntheticGeography.zipText(address.zipPrefix),
                city: SyntheticGeography.cities[address.city].name, state: SyntheticGeography.states[state].code)
        }
        return SyntheticCatalogue(
            categories: builtInCategories.map { Category(name: $0.name, englishName: $0.english) },
            products: products, sellers: sellers)
    }()

    /// The built-in categories with their number of products (the real shares, scaled down).
    private static let builtInCategories: [(name: String, english: String, products: Int)] = [
        ("cama_mesa_banho", "bed_bath_table", 40), ("esporte_lazer", "sports_leisure", 38),
        ("moveis_decoracao", "furniture_decor", 35), ("beleza_saude", "health_beauty", 32),
        ("utilidades_domesticas", "housewares", 31), ("automotivo", "auto", 25),
        ("informatica_acessorios", "computers_accessories", 22), ("brinquedos", "toys", 19),
        ("relogios_presentes", "watches_gifts", 18), ("telefonia", "telephony", 15),
        ("bebes", "baby", 12), ("perfumaria", "perfumery", 11), ("papelaria", "stationery", 11),
        ("fashion_bolsas_e_acessorios", "fashion_bags_accessories", 11), ("cool_stuff", "cool_stuff", 10),
        ("ferramentas_jardim", "garden_tools", 10), ("pet_shop", "pet_shop", 10),
        ("eletronicos", "electronics", 7), ("consoles_games", "consoles_games", 4),
        ("moveis_escritorio", "office_furniture", 4),
    ]

    /// One made-up product with Olist-like attribute distributions.
    private static func builtInProduct(category: Int?, name: String?, using random: inout SyntheticRandom) -> Product {
        let profile = SyntheticCategoryProfile.of(name)
        let grams = min(40_000, max(50, random.logNormal(median: profile.medianWeightGrams, sigma: 0.9)))
        let weight = grams < 500 ? (Int(grams) / 25) * 25 : (Int(grams) / 50) * 50
        let volume = Double(weight) * random.uniform(2, 8)
        let side = cbrt(volume)
        let length = min(105, max(16, Int(side * random.uniform(1, 1.6))))
        let width = min(118, max(11, Int(side * random.uniform(0.8, 1.3))))
        let height = min(105, max(2, Int(volume / Double(length * width))))
        let photos = random.chance(0.5) ? 1 : min(20, 2 + Int(random.logNormal(median: 1, sigma: 0.8)))
        return Product(
            id: random.identifier().text, category: category,
            nameLength: min(76, max(5, Int(48 + 10 * random.normal()))),
            descriptionLength: min(3992, max(4, Int(random.logNormal(median: 595, sigma: 0.75)))),
            photoCount: photos, weightGrams: weight,
            lengthCentimetres: length, heightCentimetres: height, widthCentimetres: width)
    }
}

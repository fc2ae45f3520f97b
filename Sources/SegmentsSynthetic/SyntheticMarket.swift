import Foundation
import SegmentsLoading

/// What the generator derives from a catalogue for a seed: who sells each product, the
/// product's base price and freight weight, and how popular each product is before and after
/// the behaviour shift (categories weighted by their number of products, products within a
/// category by a Zipf law over a random ranking).
struct SyntheticMarket: Sendable {
    /// Seller index of each product (each product is sold by one seller).
    let sellerOfProduct: [Int]
    /// State index of each seller (São Paulo when the catalogue's state is unknown).
    let sellerState: [Int]
    /// Base price of each product in reais, before calibration.
    let basePrice: [Double]
    /// Cents ending of each product's price: 90, 99, 0, or -1 for unrounded.
    let priceEnding: [Int]
    /// Shipping weight of each product in kilograms.
    let weightKilograms: [Double]
    /// Category groups (categories, then "uncategorised") and their products.
    private let groups: [[Int]]
    private let groupWeightsBefore: SyntheticWeights
    private let groupWeightsAfter: SyntheticWeights
    private let productWeights: [SyntheticWeights]

    init(catalogue: SyntheticCatalogue, seed: UInt64) {
        var random = SyntheticRandom(seed: seed, stream: 1)
        sellerOfProduct = Self.sellers(of: catalogue, using: &random)
        sellerState = catalogue.sellers.map { SyntheticGeography.stateIndex(of: $0.state) ?? 0 }
        (basePrice, priceEnding, weightKilograms) = Self.prices(of: catalogue, using: &random)
        var members = [[Int]](repeating: [], count: catalogue.categories.count + 1)
        for (index, product) in catalogue.products.enumerated() {
            members[product.category ?? catalogue.categories.count].append(index)
        }
        groups = members
        groupWeightsBefore = SyntheticWeights(members.map { Double($0.count) })
        groupWeightsAfter = SyntheticWeights(members.indices.map { group in
            let name = group < catalogue.categories.count ? catalogue.categories[group].name : ""
            return Double(members[group].count) * (SyntheticDrift.categoryFactors[name] ?? 1)
        })
        productWeights = members.map { Self.zipfWeights(count: $0.count, using: &random) }
    }

    /// The seller of each product: a Zipf law over a random ranking of the sellers, so that
    /// a few sellers sell much (Olist's busiest seller has 1.8 % of the items).
    private static func sellers(of catalogue: SyntheticCatalogue, using random: inout SyntheticRandom) -> [Int] {
        let ranks = shuffledIndices(catalogue.sellers.count, using: &random)
        var weights = [Double](repeating: 0, count: catalogue.sellers.count)
        for (rank, seller) in ranks.enumerated() { weights[seller] = pow(Double(rank + 8), -0.9) }
        let law = SyntheticWeights(weights)
        return catalogue.products.map { _ in random.pick(law) }
    }

    /// Base price, price ending and shipping weight of each product: prices log-normal around
    /// the category median (with a heavier tail for a fifth of them), heavier products dearer.
    private static func prices(of catalogue: SyntheticCatalogue, using random: inout SyntheticRandom) -> ([Double], [Int], [Double]) {
        var prices: [Double] = []
        var endings: [Int] = []
        var weights: [Double] = []
        for product in catalogue.products {
            let profile = SyntheticCategoryProfile.of(product.category.map { catalogue.categories[$0].name })
            let grams = Double(product.weightGrams ?? Int(profile.medianWeightGrams))
            let heaviness = log(max(50, grams) / profile.medianWeightGrams)
            prices.append(profile.medianPrice * exp(0.25 * heaviness + (random.chance(0.2) ? 1.4 : 0.7) * random.normal()))
            let ending = random.unit()
            endings.append(ending < 0.55 ? 90 : ending < 0.8 ? 99 : ending < 0.9 ? 0 : -1)
            weights.append(max(0.05, grams / 1000))
        }
        return (prices, endings, weights)
    }

    /// Popularity of the products of one category: a Zipf law over a random ranking.
    private static func zipfWeights(count: Int, using random: inout SyntheticRandom) -> SyntheticWeights {
        guard count > 0 else { return SyntheticWeights([1]) }
        var weights = [Double](repeating: 0, count: count)
        for (rank, member) in shuffledIndices(count, using: &random).enumerated() {
            weights[member] = pow(Double(rank + 2), -0.9)
        }
        return SyntheticWeights(weights)
    }

    /// A product bought at a time whose drift strength is `drift`.
    func product(drift: Double, using random: inout SyntheticRandom) -> Int {
        let shifted = random.chance(drift)
        let group = random.pick(shifted ? groupWeightsAfter : groupWeightsBefore)
        return groups[group][random.pick(productWeights[group])]
    }

    /// Retail price in cents of a product for a price level (reais per unit of base price):
    /// the product's usual ending (`59.90`, `59.99`, `59.00`) or exact cents.
    func priceCents(product: Int, level: Double) -> Int {
        let reais = basePrice[product] * level
        let ending = priceEnding[product]
        guard ending >= 0, reais >= 5 else { return max(1, Int((reais * 100).rounded())) }
        let whole = Int(reais.rounded())
        return ending == 0 ? whole * 100 : whole * 100 - (100 - ending)
    }

    /// `0..<count` in a random order (Fisher–Yates).
    static func shuffledIndices(_ count: Int, using random: inout SyntheticRandom) -> [Int] {
        var indices = Array(0..<count)
        for index in indices.indices.reversed() where index > 0 {
            indices.swapAt(index, random.below(index + 1))
        }
        return indices
    }
}

import Foundation

/// What the generator derives from a catalogue for a seed: who sells each product, the
/// product's base price and freight weight, and how popular each product is before and after
/// the behaviour shift (categories weighted by their number of products, products within a
/// category by a Zipf law over a random ranking).
struct SyntheticMarket: Sendable {
    let catalogue: SyntheticCatalogue
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
        self.catalogue = catalogue
        let products = catalogue.products
        // Sellers: a Zipf law over a random ranking, so a few sellers sell much.
        let sellerRanks = Self.shuffledIndices(catalogue.sellers.count, using: &random)
        var sellerWeights = [Double](repeating: 0, count: catalogue.sellers.count)
        for (rank, seller) in sellerRanks.enumerated() { sellerWeights[seller] = pow(Double(rank + 8), -0.9) }
        let sellerLaw = SyntheticWeights(sellerWeights)
        sellerOfProduct = products.map { _ in random.pick(sellerLaw) }
        sellerState = catalogue.sellers.map { SyntheticGeography.stateIndex(of: $0.state) ?? 0 }
        // Prices: log-normal around the category median, heavier products cost more.
        var prices: [Double] = []
        var endings: [Int] = []
        var weights: [Double] = []
        for product in products {
            let profile = SyntheticCategoryProfile.of(product.category.map { catalogue.categories[$0].name })
            let grams = Double(product.weightGrams ?? Int(profile.medianWeightGrams))
            let heaviness = log(max(50, grams) / profile.medianWeightGrams)
            prices.append(profile.medianPrice * exp(0.25 * heaviness + (random.chance(0.2) ? 1.4 : 0.7) * random.normal()))
            let ending = random.unit()
            endings.append(ending < 0.55 ? 90 : ending < 0.8 ? 99 : ending < 0.9 ? 0 : -1)
            weights.append(max(0.05, grams / 1000))
        }
        basePrice = prices
        priceEnding = endings
        weightKilograms = weights
        // Popularity: groups by product count (drift factors after the shift), Zipf inside.
        var members = [[Int]](repeating: [], count: catalogue.categories.count + 1)
        for (index, product) in products.enumerated() {
            members[product.category ?? catalogue.categories.count].append(index)
        }
        groups = members
        groupWeightsBefore = SyntheticWeights(members.map { Double($0.count) })
        groupWeightsAfter = SyntheticWeights(members.indices.map { group in
            let name = group < catalogue.categories.count ? catalogue.categories[group].name : ""
            return Double(members[group].count) * (SyntheticDrift.categoryFactors[name] ?? 1)
        })
        productWeights = members.map { group in
            guard !group.isEmpty else { return SyntheticWeights([1]) }
            let ranks = Self.shuffledIndices(group.count, using: &random)
            var zipf = [Double](repeating: 0, count: group.count)
            for (rank, member) in ranks.enumerated() { zipf[member] = pow(Double(rank + 2), -0.9) }
            return SyntheticWeights(zipf)
        }
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

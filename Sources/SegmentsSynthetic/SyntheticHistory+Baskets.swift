import Foundation
import SegmentsLoading

extension SyntheticHistory {
    /// Items per order, 1 to 12, before the drift (Olist: 1.14 on average, 90 % single items).
    static let itemCountWeights: [Double] = [
        0, 0.9191, 0.0622, 0.0107, 0.0040, 0.0017, 0.0016, 0.00027, 0.00018, 0.00009, 0.00009, 0.00004, 0.00004,
    ]
    /// Items per order under the new behaviour (multi-item orders twice as frequent).
    static let driftItemCountWeights: [Double] = [
        0, 0.8382, 0.1244, 0.0214, 0.0080, 0.0034, 0.0032, 0.00054, 0.00036, 0.00018, 0.00018, 0.00008, 0.00008,
    ]
    /// Olist's mean item price and mean freight per item, in reais.
    static let meanItemPrice = 120.65
    static let meanItemFreight = 19.99

    /// Draws each order's items: one product, often repeated, sometimes with others; the
    /// product's seller; a shipping limit six days after approval; a price that rises with
    /// the drift; freight growing with weight and distance. Prices and freight are then
    /// scaled so that their means over listed items are Olist's.
    mutating func drawBaskets(market: SyntheticMarket, seed: UInt64) {
        var random = SyntheticRandom(seed: seed, stream: 4)
        let before = SyntheticWeights(Self.itemCountWeights)
        let after = SyntheticWeights(Self.driftItemCountWeights)
        items.reserveCapacity(orders.count * 23 / 20)
        for index in orders.indices {
            let order = orders[index]
            let count = random.pick(random.chance(order.drift) ? after : before)
            let allSame = random.chance(0.65)
            let shippingLimit = (order.approved ?? order.purchase) + 6 * 86_400
                + (random.chance(0.2) ? random.below(4 * 86_400) : random.below(600))
            let buyerState = buyers[order.buyer].state
            let start = items.count
            var product = market.product(drift: order.drift, using: &random)
            for position in 0..<count {
                if position > 0 && !allSame && random.chance(0.5) {
                    product = market.product(drift: order.drift, using: &random)
                }
                let seller = market.sellerOfProduct[product]
                let distance = SyntheticGeography.distanceClass(from: market.sellerState[seller], to: buyerState)
                let freight = (10 + 3.2 * pow(market.weightKilograms[product], 0.8))
                    * (0.75 + 0.25 * Double(distance)) * random.logNormal(median: 1, sigma: 0.2)
                items.append(Item(
                    order: index, product: product, seller: seller, shippingLimit: shippingLimit,
                    priceMultiplier: 1 + (SyntheticDrift.priceFactor - 1) * order.drift, rawFreight: freight))
            }
            orders[index].items = start..<items.count
            orders[index].itemsListed = order.status != .unavailable && order.status != .created
                && !(order.status == .canceled && random.chance(0.26))
        }
        calibrateAmounts(market: market)
    }

    /// Sets every item's price and freight in cents, scaled to Olist's means over the items
    /// that are listed in the items file.
    private mutating func calibrateAmounts(market: SyntheticMarket) {
        var listed = 0
        var priceSum = 0.0
        var freightSum = 0.0
        for order in orders where order.itemsListed {
            for item in items[order.items] {
                listed += 1
                priceSum += market.basePrice[item.product] * item.priceMultiplier
                freightSum += item.rawFreight
            }
        }
        guard listed > 0 else { return }
        let priceLevel = Self.meanItemPrice * Double(listed) / priceSum
        let freightLevel = Self.meanItemFreight * Double(listed) / freightSum
        for index in items.indices {
            let item = items[index]
            items[index].priceCents = market.priceCents(product: item.product, level: priceLevel * item.priceMultiplier)
            items[index].freightCents = Int((item.rawFreight * freightLevel * 100).rounded())
        }
    }
}

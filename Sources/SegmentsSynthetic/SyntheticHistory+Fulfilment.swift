import Foundation
import SegmentsLoading

extension SyntheticHistory {
    /// OrderStatus shares of ordinary orders (Olist: 97 % delivered, then shipped, canceled,
    /// unavailable, invoiced, processing, and a handful created or approved).
    static let statusWeights: [(OrderStatus, Double)] = [
        (.delivered, 0.97155), (.shipped, 0.0104), (.canceled, 0.0055), (.unavailable, 0.0061),
        (.invoiced, 0.0031), (.processing, 0.0030), (.created, 0.00005), (.approved, 0.00002),
    ]
    /// OrderStatus shares in 2016, the marketplace's troubled start.
    static let earlyStatusWeights: [(OrderStatus, Double)] = [
        (.delivered, 0.81), (.shipped, 0.03), (.canceled, 0.08), (.unavailable, 0.02),
        (.invoiced, 0.05), (.processing, 0.01),
    ]
    /// Payment types of an order (the main one; Olist: 74 % of payment rows are credit card).
    static let paymentTypeWeights: [(PaymentType, Double)] = [
        (.creditCard, 0.7722), (.boleto, 0.199), (.debitCard, 0.0154), (.voucher, 0.0134),
    ]

    /// Draws each order's status, payment type and the timestamps its status allows:
    /// approval (minutes for cards, a day or more for boletos), hand-over to the carrier,
    /// delivery (by the buyer's state, slower after Black Friday, during the May 2018 truck
    /// drivers' strike and, with the drift, in the north-east) and the estimated date
    /// (midnight, about 23 days after purchase).
    mutating func drawFulfilment(seed: UInt64) {
        var random = SyntheticRandom(seed: seed, stream: 3)
        let ordinary = SyntheticWeights(Self.statusWeights.map(\.1))
        let early = SyntheticWeights(Self.earlyStatusWeights.map(\.1))
        let paymentTypes = SyntheticWeights(Self.paymentTypeWeights.map(\.1))
        let firstOf2017 = SyntheticCalendar.start(of: SyntheticCalendar.day(2017, 1, 1))
        let endOfBusiness = SyntheticCalendar.start(of: SyntheticCalendar.lastBusyDay + 3)
        for index in orders.indices {
            var order = orders[index]
            let state = SyntheticGeography.states[buyers[order.buyer].state]
            if order.purchase >= endOfBusiness {
                order.status = .canceled
            } else if order.purchase < firstOf2017 {
                order.status = Self.earlyStatusWeights[random.pick(early)].0
            } else {
                order.status = Self.statusWeights[random.pick(ordinary)].0
            }
            order.payment = Self.paymentTypeWeights[random.pick(paymentTypes)].0
            let purchaseDay = SyntheticCalendar.day(of: order.purchase)
            let estimatedDays = (1.33 * state.deliveryDays + 8) * random.uniform(0.8, 1.2)
            order.estimated = SyntheticCalendar.start(of: purchaseDay + Int(estimatedDays.rounded()))
            let approved = order.purchase + approvalLag(order.payment, using: &random)
            let carrier = approved + Int(random.logNormal(median: 1.9, sigma: 0.75) * 86_400)
            let transitDays = max(1, state.deliveryDays - 3.2) * transitFactor(order, region: state.region)
            let arrival = carrier + Int(random.logNormal(median: transitDays * exp(-0.245), sigma: 0.7) * 86_400)
            let delivered = SyntheticCalendar.start(of: SyntheticCalendar.day(of: arrival)) + 8 * 3600 + random.below(13 * 3600)
            switch order.status {
            case .created, .other:
                break
            case .approved, .invoiced, .processing, .unavailable:
                order.approved = approved
            case .canceled:
                if random.chance(0.78) { order.approved = approved }
                if order.approved != nil && random.chance(0.12) { order.carrier = carrier }
            case .shipped:
                (order.approved, order.carrier) = (approved, carrier)
            case .delivered:
                (order.approved, order.carrier, order.delivered) = (approved, carrier, max(delivered, carrier + 3600))
            }
            settleAtSnapshot(&order)
            orders[index] = order
        }
    }

    /// Removes what had not happened yet when the data was extracted and sets the status
    /// the order had then.
    private func settleAtSnapshot(_ order: inout Order) {
        let snapshot = SyntheticCalendar.snapshot
        if let delivered = order.delivered, delivered > snapshot {
            order.delivered = nil
            order.status = .shipped
        }
        if let carrier = order.carrier, carrier > snapshot {
            order.carrier = nil
            order.status = order.status == .canceled ? .canceled : .invoiced
        }
        if let approved = order.approved, approved > snapshot {
            order.approved = nil
            order.status = order.status == .canceled ? .canceled : .created
        }
    }

    /// Seconds from purchase to payment approval.
    private func approvalLag(_ payment: PaymentType, using random: inout SyntheticRandom) -> Int {
        if payment == .boleto {
            return Int(random.logNormal(median: 1.1, sigma: 0.6) * 86_400)
        }
        if random.chance(0.7) {
            return 30 + Int(-log(1 - random.unit()) * 720)
        }
        return Int(random.logNormal(median: 6, sigma: 1) * 3600)
    }

    /// How much slower than usual the transit of an order is.
    private func transitFactor(_ order: Order, region: SyntheticGeography.Region) -> Double {
        let day = SyntheticCalendar.day(of: order.purchase)
        var factor = 1.0
        if (SyntheticCalendar.blackFriday...(SyntheticCalendar.blackFriday + 16)).contains(day) { factor *= 1.4 }
        if (SyntheticCalendar.day(2018, 5, 18)...SyntheticCalendar.day(2018, 6, 3)).contains(day) { factor *= 1.5 }
        if region == SyntheticDrift.slowRegion {
            factor *= 1 + (SyntheticDrift.slowRegionTransitFactor - 1) * order.drift
        }
        return factor
    }
}

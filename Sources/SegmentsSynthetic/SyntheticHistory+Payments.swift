import SegmentsLoading

extension SyntheticHistory {
    /// Credit-card instalments 1…24 before the drift (Olist: a third pay at once, 10 is common).
    static let installmentWeights: [Double] = [
        0, 38, 16.2, 13.6, 9.2, 6.8, 5.1, 2.1, 5.6, 0.84, 6.9, 0.03, 0.17,
        0.02, 0.02, 0.1, 0.007, 0.01, 0.035, 0, 0.022, 0.004, 0.001, 0.001, 0.023,
    ]
    /// Credit-card instalments under the new behaviour (spread over more months).
    static let driftInstallmentWeights: [Double] = [
        0, 15, 12, 12, 10, 9, 9, 3, 9, 1.5, 16, 0.1, 2,
        0.03, 0.03, 0.15, 0.01, 0.015, 0.05, 0, 0.03, 0.005, 0.001, 0.001, 0.03,
    ]
    /// Share of credit-card orders that also use vouchers, and how many vouchers.
    static let cardVoucherShare = 0.036
    static let cardVoucherCountWeights: [Double] = [0, 0.8, 0.12, 0.05, 0.02, 0.01]
    /// How many voucher rows a voucher-only order has (1 to 8).
    static let voucherCountWeights: [Double] = [0, 0.7, 0.15, 0.08, 0.03, 0.02, 0.01, 0.005, 0.005]

    /// Draws each order's payment rows: the order's value (items plus freight, also for
    /// orders whose items are not listed) paid by card, boleto or debit card in one row, by
    /// one or more vouchers, or by card after vouchers. Instalments (cards only) grow with
    /// the amount and with the drift; at least about R$10 per instalment.
    mutating func drawPayments(seed: UInt64) {
        var random = SyntheticRandom(seed: seed, stream: 5)
        let installments = SyntheticWeights(Self.installmentWeights)
        let driftInstallments = SyntheticWeights(Self.driftInstallmentWeights)
        let cardVouchers = SyntheticWeights(Self.cardVoucherCountWeights)
        let vouchers = SyntheticWeights(Self.voucherCountWeights)
        payments.reserveCapacity(orders.count * 21 / 20)
        for (index, order) in orders.enumerated() {
            let total = items[order.items].reduce(0) { $0 + $1.priceCents + $1.freightCents }
            func append(_ type: PaymentType, _ cents: Int, installments: Int = 1) {
                let sequential = payments.last?.order == index ? payments[payments.count - 1].sequential + 1 : 1
                payments.append(Payment(order: index, sequential: sequential, type: type, installments: installments, cents: cents))
            }
            switch order.payment {
            case .boleto, .debitCard, .notDefined, .other:
                append(order.payment, total)
            case .voucher:
                for part in Self.split(total, into: random.pick(vouchers), using: &random) { append(.voucher, part) }
            case .creditCard:
                var card = total
                if random.chance(Self.cardVoucherShare) && total > 200 {
                    let voucherTotal = Int(Double(total) * random.uniform(0.05, 0.6))
                    card -= voucherTotal
                    for part in Self.split(voucherTotal, into: random.pick(cardVouchers), using: &random) { append(.voucher, part) }
                }
                let wanted = random.pick(random.chance(order.drift) ? driftInstallments : installments)
                append(.creditCard, card, installments: max(1, min(wanted, card / 1000)))
            }
        }
    }

    /// `total` cents split into `parts` random amounts of at least R$1 (fewer when too small).
    private static func split(_ total: Int, into parts: Int, using random: inout SyntheticRandom) -> [Int] {
        let count = max(1, min(parts, total / 100))
        let shares = (0..<count).map { _ in random.uniform(0.2, 1) }
        let sum = shares.reduce(0, +)
        var amounts = shares.dropLast().map { max(1, Int(Double(total) * $0 / sum)) }
        amounts.append(total - amounts.reduce(0, +))
        return amounts
    }
}

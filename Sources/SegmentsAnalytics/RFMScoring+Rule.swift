/// The scoring rule in plain words, for the report page.
extension RFMScoring.Configuration {
    /// A short explanation of the scores and segments, in English and French.
    public var rule: RFMText {
        let steps = frequencySteps
        let english = steps.map { step in
            let orders = step.last == nil ? "\(step.first) or more orders" : step.first == step.last
                ? "\(step.first) \(step.first == 1 ? "order" : "orders")" : "\(step.first)–\(step.last!) orders"
            return "\(orders) → \(step.score)"
        }.joined(separator: ", ")
        let french = steps.map { step in
            let orders = step.last == nil ? "\(step.first) commandes ou plus" : step.first == step.last
                ? "\(step.first) \(step.first == 1 ? "commande" : "commandes")" : "\(step.first) à \(step.last!) commandes"
            return "\(orders) → \(step.score)"
        }.joined(separator: ", ")
        let nnbsp = "\u{202F}"
        return RFMText(
            english: "Recency and monetary scores are quintiles: buyers are ranked, the 20% who bought most recently "
                + "(or spent the most) score 5, the next 20% score 4, and so on; buyers with equal values share the same "
                + "score. Frequency is scored on the number of orders, because most buyers order only once: \(english). "
                + "Segments combine the recency score with the average of the frequency and monetary scores.",
            french: "Les scores de récence et de montant sont des quintiles\u{00A0}: les acheteurs sont classés, les 20\(nnbsp)% "
                + "aux achats les plus récents (ou aux montants les plus élevés) ont 5, les 20\(nnbsp)% suivants 4, et ainsi "
                + "de suite\u{00A0}; des valeurs égales reçoivent le même score. La fréquence est notée selon le nombre de "
                + "commandes, car la plupart des acheteurs ne commandent qu’une fois\u{00A0}: \(french). Les segments croisent "
                + "le score de récence avec la moyenne des scores de fréquence et de montant.")
    }

    /// Runs of order counts with the same frequency score: first count, last count (nil: and
    /// more) and score, from one order up.
    var frequencySteps: [(first: Int, last: Int?, score: Int)] {
        let scorer = RFMScoring(configuration: self)
        let top = max(1, frequencyThresholds.last ?? 1)
        var steps: [(first: Int, last: Int?, score: Int)] = []
        for orders in 1...top {
            let score = scorer.frequencyScore(orders: orders)
            if let last = steps.last, last.score == score {
                steps[steps.count - 1].last = orders
            } else {
                steps.append((orders, orders, score))
            }
        }
        steps[steps.count - 1].last = nil
        return steps
    }
}

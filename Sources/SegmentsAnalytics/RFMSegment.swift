/// A named RFM segment, from the recency score R and the frequency–monetary score FM:
///
/// | R \ FM | 1 | 2 | 3 | 4 | 5 |
/// |---|---|---|---|---|---|
/// | 5 | New customers | Potential loyalists | Potential loyalists | Champions | Champions |
/// | 4 | Promising | Potential loyalists | Potential loyalists | Loyal | Champions |
/// | 3 | About to sleep | About to sleep | Need attention | Loyal | Loyal |
/// | 2 | Hibernating | Hibernating | At risk | At risk | Cannot lose them |
/// | 1 | Lost | Lost | At risk | At risk | Cannot lose them |
public enum RFMSegment: String, Sendable, Hashable, CaseIterable, Codable {
    case champions
    case loyal
    case potentialLoyalists
    case newCustomers
    case promising
    case needAttention
    case aboutToSleep
    case atRisk
    case cannotLoseThem
    case hibernating
    case lost

    /// The segment of a recency score and a frequency–monetary score (each clamped to 1...5).
    public init(recency: Int, frequencyMonetary: Int) {
        let r = min(max(recency, 1), 5)
        let fm = min(max(frequencyMonetary, 1), 5)
        switch (r, fm) {
        case (5, 4...), (4, 5): self = .champions
        case (4, 4), (3, 4...): self = .loyal
        case (4..., 2...3): self = .potentialLoyalists
        case (5, 1): self = .newCustomers
        case (4, 1): self = .promising
        case (3, 3): self = .needAttention
        case (3, _): self = .aboutToSleep
        case (...2, 5): self = .cannotLoseThem
        case (...2, 3...4): self = .atRisk
        case (2, _): self = .hibernating
        default: self = .lost
        }
    }

    /// Display name.
    public var name: RFMText {
        switch self {
        case .champions: RFMText(english: "Champions", french: "Champions")
        case .loyal: RFMText(english: "Loyal", french: "Fidèles")
        case .potentialLoyalists: RFMText(english: "Potential loyalists", french: "Fidèles potentiels")
        case .newCustomers: RFMText(english: "New customers", french: "Nouveaux clients")
        case .promising: RFMText(english: "Promising", french: "Prometteurs")
        case .needAttention: RFMText(english: "Need attention", french: "À surveiller")
        case .aboutToSleep: RFMText(english: "About to sleep", french: "Bientôt inactifs")
        case .atRisk: RFMText(english: "At risk", french: "À risque")
        case .cannotLoseThem: RFMText(english: "Cannot lose them", french: "À ne pas perdre")
        case .hibernating: RFMText(english: "Hibernating", french: "En hibernation")
        case .lost: RFMText(english: "Lost", french: "Perdus")
        }
    }

    /// One plain-language sentence describing the buyers of the segment.
    public var summary: RFMText {
        switch self {
        case .champions:
            RFMText(english: "Bought recently, often, and spend the most.",
                    french: "Achats récents et fréquents, montants les plus élevés.")
        case .loyal:
            RFMText(english: "Order regularly and spend well; not all very recently.",
                    french: "Commandent régulièrement et dépensent bien, pas tous très récemment.")
        case .potentialLoyalists:
            RFMText(english: "Recent buyers with an average order count or spend: can become loyal.",
                    french: "Acheteurs récents, fréquence ou montant moyens\u{00A0}: peuvent devenir fidèles.")
        case .newCustomers:
            RFMText(english: "Bought very recently, once, for a small amount.",
                    french: "Un seul achat très récent, de petit montant.")
        case .promising:
            RFMText(english: "Bought recently, once, for a small amount.",
                    french: "Un seul achat récent, de petit montant.")
        case .needAttention:
            RFMText(english: "Average recency, frequency and spend.",
                    french: "Récence, fréquence et montant moyens.")
        case .aboutToSleep:
            RFMText(english: "Last bought a while ago, with a low order count and spend.",
                    french: "Dernier achat il y a un moment, peu de commandes et petits montants.")
        case .atRisk:
            RFMText(english: "Spent well or ordered often, but long ago.",
                    french: "Ont bien dépensé ou souvent commandé, mais il y a longtemps.")
        case .cannotLoseThem:
            RFMText(english: "Among the best buyers, but have not come back for a long time.",
                    french: "Parmi les meilleurs acheteurs, mais absents depuis longtemps.")
        case .hibernating:
            RFMText(english: "Bought long ago, once or twice, for small amounts.",
                    french: "Achats anciens, rares et de petit montant.")
        case .lost:
            RFMText(english: "The oldest buyers, with the lowest order count and spend.",
                    french: "Les acheteurs les plus anciens, aux commandes et montants les plus faibles.")
        }
    }
}

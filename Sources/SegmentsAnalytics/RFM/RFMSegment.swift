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
}

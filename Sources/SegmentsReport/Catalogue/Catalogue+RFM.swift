import SegmentsAnalytics

/// The words of the RFM segments and of the scoring rule.
extension Catalogue {
    /// The display name of `segment`: `Potential loyalists` / `Fidèles potentiels`.
    func segmentName(_ segment: RFMSegment) -> String {
        self("rfm.segment.\(segment.identifier)")
    }

    /// One plain-language sentence describing the buyers of `segment`.
    func segmentSummary(_ segment: RFMSegment) -> String {
        self("rfm.segment.\(segment.identifier).summary")
    }

    /// A short explanation of the scores and segments of `configuration`, with its frequency
    /// steps (`1 order → 1, 2 orders → 3, …`).
    func rfmRule(_ configuration: RFMScoring.Configuration) -> String {
        let steps = configuration.frequencySteps.map { step in
            let first = String(step.first)
            let orders = if let last = step.last {
                step.first == last
                    ? self(step.first == 1 ? "rfm.rule.oneOrder" : "rfm.rule.orders", ["first": first])
                    : self("rfm.rule.range", ["first": first, "last": String(last)])
            } else {
                self("rfm.rule.orMore", ["first": first])
            }
            return "\(orders) → \(step.score)"
        }
        return self("rfm.rule", ["steps": steps.joined(separator: ", ")])
    }
}

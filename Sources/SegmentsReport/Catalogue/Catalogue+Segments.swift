import SegmentsAnalytics
import SegmentsCharts

/// The words of the chosen model's segments: names from their traits, plain-language
/// descriptions from their profiles, suggested actions, and the features in words. Used by
/// the segmentation page, the overview and `results.json`, so that all three say the same.
extension Catalogue {
    /// The segment's display name: its traits' short names as a list, first letter upper-case
    /// (`Recent, big spenders, satisfied`); `Typical buyers` without traits; `(2)`, `(3)`…
    /// appended for an ordinal.
    func segmentTitle(_ name: SegmentName) -> String {
        let base = name.traits.isEmpty
            ? self("segment.name.typical")
            : Self.capitalisedFirst(name.traits.map { self("segment.trait.\($0.rawValue)") }.joined(separator: self("segment.name.separator")))
        guard let ordinal = name.ordinal else { return base }
        return self("segment.name.ordinal", ["name": base, "ordinal": String(ordinal)])
    }

    /// One or two sentences saying who is in the segment: every trait as a phrase, then the
    /// segment's mean recency, frequency and spend, and the mean of each other feature that
    /// gave it a trait, in their units.
    /// - Parameters:
    ///   - segment: the profile.
    ///   - features: the profiled features, in column order (`SegmentationProfile.features`).
    func segmentDescription(_ segment: SegmentProfile, features: [BuyerFeature]) -> String {
        let traits = segment.name.allTraits
        let traitFeatures = Set(traits.map(\.feature))
        let shown = features.indices.filter { j in
            [.recency, .frequency, .monetary].contains(features[j]) || traitFeatures.contains(features[j])
        }
        let figures = shown.compactMap { j -> String? in
            let mean = segment.rawMeans[j]
            guard mean.isFinite else { return nil }
            return self("segment.mean.\(features[j].rawValue)", ["value": featureValue(features[j], mean)])
        }
        let arguments = ["traits": list(traits.map { self("segment.trait.\($0.rawValue).phrase") }), "figures": list(figures)]
        return self(traits.isEmpty ? "segment.description.typical" : "segment.description", arguments)
    }

    /// The suggested action in one sentence.
    func segmentAction(_ action: SegmentAction) -> String {
        self("segment.action.\(action.rawValue)")
    }

    /// `a`, `a and b`, `a, b and c` (`et` in French).
    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default:
            return items.dropLast().joined(separator: self("list.separator")) + self("list.and") + items.last!
        }
    }

    /// A feature's name: `Recency`, `Review score`.
    func featureName(_ feature: BuyerFeature) -> String {
        self("feature.\(feature.rawValue)")
    }

    /// A feature's mean in its unit: `45 days`, `1.02 orders`, `R$142.10`, `4.3 ★`.
    func featureValue(_ feature: BuyerFeature, _ value: Double) -> String {
        guard value.isFinite else { return language.missingValue }
        switch feature {
        case .monetary: return language.money(value, currency: amounts)
        case .freightShare: return language.percent(value)
        case .recency: return self("unit.daysValue", ["value": language.number(value, decimals: 0)])
        case .deliveryDelay: return self("unit.daysValue", ["value": language.number(value, decimals: 1)])
        case .review: return language.number(value, decimals: 2) + "\u{00A0}★"
        case .frequency, .installments, .categories, .items: return language.number(value, decimals: 2)
        }
    }

    /// `Recency` → `recency`: the first character in upper case.
    static func capitalisedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}

extension SegmentTrait {
    /// The feature that gives the trait.
    var feature: BuyerFeature {
        switch self {
        case .recent, .lapsed: .recency
        case .bigSpender, .smallBasket: .monetary
        case .repeat: .frequency
        case .satisfied, .unhappy: .review
        case .lateDeliveries, .earlyDeliveries: .deliveryDelay
        case .manyInstallments: .installments
        case .highFreight: .freightShare
        case .multiCategory: .categories
        case .manyItems: .items
        }
    }
}

import SegmentsLoading

extension BuyerFeature {
    /// The kind of information the feature is computed from, beyond customers, dates and
    /// amounts; `nil` for recency, frequency and monetary, which every dataset has.
    public var requiredField: DatasetCapabilities.Field? {
        switch self {
        case .recency, .frequency, .monetary: nil
        case .review: .reviews
        case .deliveryDelay: .deliveries
        case .installments: .payments
        case .freightShare: .freight
        case .categories: .categories
        case .items: .items
        }
    }
}

extension FeatureSet {
    /// The fields the set needs that `capabilities` lacks, in ``DatasetCapabilities/Field``
    /// order; empty when the set can be built.
    public func missingFields(_ capabilities: DatasetCapabilities) -> [DatasetCapabilities.Field] {
        let needed = Set(features.compactMap(\.requiredField))
        return DatasetCapabilities.Field.allCases.filter { needed.contains($0) && !capabilities.has($0) }
    }
}

/// A feature set that was asked for but cannot be built from the data, with what it lacks.
public struct UnavailableFeatureSet: Sendable, Hashable {
    /// The set's name.
    public var name: String
    /// The fields it needs that the data lacks.
    public var missing: [DatasetCapabilities.Field]

    public init(name: String, missing: [DatasetCapabilities.Field]) {
        self.name = name
        self.missing = missing
    }

    /// Splits `sets` into those `capabilities` allow and the others.
    public static func partition(_ sets: [FeatureSet], _ capabilities: DatasetCapabilities)
        -> (available: [FeatureSet], unavailable: [UnavailableFeatureSet])
    {
        var available: [FeatureSet] = []
        var unavailable: [UnavailableFeatureSet] = []
        for set in sets {
            let missing = set.missingFields(capabilities)
            if missing.isEmpty { available.append(set) } else { unavailable.append(.init(name: set.name, missing: missing)) }
        }
        return (available, unavailable)
    }
}

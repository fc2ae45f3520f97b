/// A named list of buyer features to cluster on, chosen by configuration.
public struct FeatureSet: Sendable, Hashable, Codable {
    /// Identifier used in configuration and exports (`rfm`, `rfm_satisfaction`, `full`).
    public var name: String
    /// The features, in column order.
    public var features: [BuyerFeature]

    public init(name: String, features: [BuyerFeature]) {
        self.name = name
        self.features = features
    }

    /// Recency, frequency, monetary.
    public static let rfm = FeatureSet(name: "rfm", features: [.recency, .frequency, .monetary])
    /// RFM plus the mean review score.
    public static let rfmSatisfaction = FeatureSet(
        name: "rfm_satisfaction", features: [.recency, .frequency, .monetary, .review])
    /// RFM, satisfaction, delivery and payment behaviour, and basket breadth.
    public static let full = FeatureSet(
        name: "full",
        features: [
            .recency, .frequency, .monetary, .review, .deliveryDelay, .installments, .freightShare, .categories,
        ])

    /// The built-in sets, in report order.
    public static let builtIn: [FeatureSet] = [.rfm, .rfmSatisfaction, .full]

    /// The built-in set named `name`, if any.
    public static func named(_ name: String) -> FeatureSet? {
        builtIn.first { $0.name == name }
    }
}

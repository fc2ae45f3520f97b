import ArgumentParser
import SegmentsAnalytics

extension FeatureSet: ExpressibleByArgument {
    public init?(argument: String) {
        guard let set = FeatureSet.named(argument) else { return nil }
        self = set
    }

    public static var allValueStrings: [String] { builtIn.map(\.name) }

    public var defaultValueDescription: String { name }
}

/// Options of the buyer segmentation.
struct SegmentationOptions: ParsableArguments {
    @Option(name: .customLong("features"), help: "Feature set to search on (default: every built-in set).")
    var featureSet: FeatureSet?

    /// The feature sets the model search covers.
    var featureSets: [FeatureSet] { featureSet.map { [$0] } ?? FeatureSet.builtIn }

    @Flag(name: .customLong("skip-tsne"), help: "Leave out the t-SNE map (its slowest step) for a quick run.")
    var skipTSNE = false
}

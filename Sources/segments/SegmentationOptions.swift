import ArgumentParser
import SegmentsAnalytics

/// Options of the buyer segmentation.
struct SegmentationOptions: ParsableArguments {
    @Option(
        name: .customLong("features"),
        help: ArgumentHelp(
            "Feature set to search on, by name: a built-in one (\(FeatureSet.builtIn.map(\.name).joined(separator: ", "))) or one of the configuration file (default: every set).",
            valueName: "name"))
    var featureSet: String?

    /// The one feature set `--features` names, looked up among `configured` first, then the built-in sets.
    /// - Throws: `ValidationError` naming the sets available when there is none of that name.
    func namedFeatureSet(among configured: [FeatureSet]) throws -> FeatureSet? {
        guard let name = featureSet else { return nil }
        if let set = configured.first(where: { $0.name == name }) ?? FeatureSet.named(name) { return set }
        let configuredNames = configured.map(\.name)
        let names = configuredNames + FeatureSet.builtIn.map(\.name).filter { !configuredNames.contains($0) }
        throw ValidationError("--features: no feature set is named “\(name)”; the sets are \(names.joined(separator: ", ")).")
    }

    @Flag(name: .customLong("skip-tsne"), help: "Leave out the t-SNE map (its slowest step) for a quick run.")
    var skipTSNE = false
}

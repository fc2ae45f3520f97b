import SegmentsAnalytics
import SegmentsLoading

/// The words of the run's configuration, for the command line that describes its run.
extension Catalogue {
    /// The origin of a synthetic dataset: `synthetic Olist-schema data, 20,000 buyers, seed 1`.
    public func syntheticOrigin(buyers: Int, seed: UInt64) -> String {
        self("origin.synthetic", ["buyers": language.integer(buyers), "seed": String(seed)])
    }

    /// The t-SNE line of the configuration: the perplexity and iterations `embedding` was
    /// computed with, or that it was skipped (`nil`).
    public func tsneSetting(_ embedding: TSNEResult?) -> String {
        guard let embedding else { return self("setting.tsne.skipped") }
        let perplexity = embedding.perplexity
        return self("setting.tsne.value", [
            "perplexity": language.number(perplexity, decimals: perplexity == perplexity.rounded() ? 0 : 2),
            "iterations": language.integer(embedding.iterations),
        ])
    }

    /// The catalogue line of the configuration when the generator used its built-in catalogue.
    public var builtInCatalogueSetting: String { self("setting.catalogue.builtIn") }

    /// The feature-set line of the configuration: the sets asked for, each unavailable one
    /// with what it would need (`rfm; full unavailable: needs a review-score column …`).
    public func featureSetsSetting(_ names: [String], unavailable: [UnavailableFeatureSet]) -> String {
        let missing = Set(unavailable.map(\.name))
        var text = names.filter { !missing.contains($0) }.joined(separator: ", ")
        for set in unavailable {
            text += self("setting.features.unavailable", [
                "set": set.name, "needs": set.missing.map { self("capability.\($0.rawValue)") }.joined(separator: ", "),
            ])
        }
        return text
    }
}

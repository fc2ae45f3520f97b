import SegmentsAnalytics

extension ResultsDocument {
    /// `features`: the buyer matrix of `data/features.csv` and how it was built.
    struct Features: Encodable {
        struct Column: Encodable {
            var name: String
            var transform: String
            var missing: Int
            var imputedWith: Double
            var mean: Double
            var scale: Double
        }
        var featureSet: String
        var buyers: Int
        var columns: [Column]

        init(_ features: FeatureMatrix) {
            featureSet = features.featureSet.name
            buyers = features.matrix.rows
            columns = features.featureSet.features.enumerated().map { j, feature in
                Column(
                    name: feature.rawValue, transform: feature.transformName, missing: features.missing[j],
                    imputedWith: features.imputed[j], mean: features.mean[j], scale: features.scale[j])
            }
        }
    }

    /// `tsne`: how the map of `data/tsne.csv` was computed and how well it fits.
    struct Embedding: Encodable {
        var points: Int
        var klDivergence: Double
        var perplexity: Double
        var perplexityReduced: Bool
        var iterations: Int
        var method: String
        /// KL divergence every reporting interval: iteration and value.
        var history: [[Double]]

        init(_ result: TSNEResult) {
            points = result.embedding.rows
            klDivergence = result.klDivergence
            perplexity = result.perplexity
            perplexityReduced = result.perplexityWasReduced
            iterations = result.iterations
            method = "\(result.method)"
            history = result.history.map { [Double($0.iteration), $0.klDivergence] }
        }
    }
}

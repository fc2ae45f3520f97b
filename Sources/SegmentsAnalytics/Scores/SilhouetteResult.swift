/// Silhouette values of a clustering: their mean (the silhouette score) and one value per row
/// for the knife plot.
public struct SilhouetteResult: Sendable, Equatable {
    /// Mean silhouette over the scored rows (scikit-learn's `silhouette_score`).
    public let mean: Double
    /// Silhouette of every row (scikit-learn's `silhouette_samples`); `.nan` for rows left
    /// out as noise.
    public let values: [Double]
    /// Number of rows scored.
    public let scoredCount: Int
    /// For a sampled silhouette (`SampledSilhouette`): the sample and the confidence
    /// interval of `mean`; `nil` for the exact one.
    public var interval: SilhouetteInterval? = nil
}

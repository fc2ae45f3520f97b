extension FeatureMatrix {
    /// Wraps an already standardised matrix (a saved model's, or a test's).
    /// - Precondition: one buyer per row and one imputed value, mean, scale and missing
    ///   count per feature.
    public init(
        featureSet: FeatureSet, buyers: [Int32], matrix: Matrix, imputed: [Double], mean: [Double], scale: [Double],
        missing: [Int]
    ) {
        let d = featureSet.features.count
        precondition(
            matrix.rows == buyers.count && matrix.cols == d && [imputed.count, mean.count, scale.count, missing.count].allSatisfy { $0 == d },
            "feature matrix shape mismatch")
        self.featureSet = featureSet
        self.buyers = buyers
        self.matrix = matrix
        self.imputed = imputed
        self.mean = mean
        self.scale = scale
        self.missing = missing
    }
}

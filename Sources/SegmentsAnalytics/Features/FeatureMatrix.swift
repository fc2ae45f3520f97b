/// The standardised matrix clustered by the segmentation: one row per buyer, one column per
/// feature of a `FeatureSet`, each column transformed (log1p for skewed counts and amounts),
/// missing values imputed with the column median, then centred and divided by the population
/// standard deviation, like scikit-learn's `StandardScaler` (a constant column gets scale 1).
public struct FeatureMatrix: Sendable {
    /// The feature set of the columns.
    public var featureSet: FeatureSet
    /// Buyer code (in `dataset.customers.buyers`) of each row.
    public var buyers: [Int32]
    /// The standardised values, `buyers.count × featureSet.features.count`.
    public var matrix: Matrix
    /// Per column: median used for missing values (after transform), mean and scale.
    public var imputed: [Double]
    public var mean: [Double]
    public var scale: [Double]
    /// Per column: how many values were missing and imputed.
    public var missing: [Int]

    /// Builds the matrix of `featureSet` for the buyers of `summary`.
    /// - Complexity: O(n·d + d·n log n) for the medians.
    public init(_ summary: BuyerSummary, featureSet: FeatureSet) {
        let n = summary.count
        let d = featureSet.features.count
        var values = [Double](repeating: 0, count: n * d)
        var imputed: [Double] = []
        var mean: [Double] = []
        var scale: [Double] = []
        var missing: [Int] = []
        for (j, feature) in featureSet.features.enumerated() {
            var column = feature.values(summary).map { $0.isNaN ? .nan : feature.transform($0) }
            let present = column.filter { !$0.isNaN }.sorted()
            let median = Self.median(ofSorted: present)
            missing.append(n - present.count)
            for i in 0..<n where column[i].isNaN { column[i] = median }
            let mu = n == 0 ? 0 : column.reduce(0, +) / Double(n)
            let variance = n == 0 ? 0 : column.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / Double(n)
            let sigma = variance > 0 ? variance.squareRoot() : 1
            for i in 0..<n { values[i * d + j] = (column[i] - mu) / sigma }
            imputed.append(median)
            mean.append(mu)
            scale.append(sigma)
        }
        self.featureSet = featureSet
        buyers = summary.buyer
        matrix = Matrix(rows: n, cols: d, values: values)
        self.imputed = imputed
        self.mean = mean
        self.scale = scale
        self.missing = missing
    }

    /// Median of sorted values (0 when empty).
    static func median(ofSorted values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let middle = values.count / 2
        return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
    }
}

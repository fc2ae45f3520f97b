/// The transforms, imputation values and standardisation of one feature set, fitted on the
/// buyers known at one instant (as `FeatureMatrix` does on all buyers) and applicable
/// unchanged to the buyers of a later instant.
struct DriftScaler: Sendable {
    let featureSet: FeatureSet
    /// Per column, after transform: median of the present values, mean and scale (1 for a
    /// constant column).
    let imputed: [Double]
    let mean: [Double]
    let scale: [Double]

    /// Fits on `columns` (raw values per feature of `featureSet`, NaN where missing).
    init(featureSet: FeatureSet, columns: [[Double]]) {
        self.featureSet = featureSet
        var imputed: [Double] = []
        var mean: [Double] = []
        var scale: [Double] = []
        for (feature, raw) in zip(featureSet.features, columns) {
            var column = raw.map { $0.isNaN ? .nan : feature.transform($0) }
            let present = column.filter { !$0.isNaN }.sorted()
            let median = FeatureMatrix.median(ofSorted: present)
            let n = column.count
            for i in 0..<n where column[i].isNaN { column[i] = median }
            let mu = n == 0 ? 0 : column.reduce(0, +) / Double(n)
            let variance = n == 0 ? 0 : column.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / Double(n)
            imputed.append(median)
            mean.append(mu)
            scale.append(variance > 0 ? variance.squareRoot() : 1)
        }
        self.imputed = imputed
        self.mean = mean
        self.scale = scale
    }

    /// The standardised matrix of `columns` with this scaler's values.
    func matrix(_ columns: [[Double]]) -> Matrix {
        let d = featureSet.features.count
        let n = columns.first?.count ?? 0
        var values = [Double](repeating: 0, count: n * d)
        for (j, feature) in featureSet.features.enumerated() {
            let column = columns[j]
            for i in 0..<n {
                let x = column[i].isNaN ? imputed[j] : feature.transform(column[i])
                values[i * d + j] = (x - mean[j]) / scale[j]
            }
        }
        return Matrix(rows: n, cols: d, values: values)
    }
}

import SegmentsCore

/// A model fitted at one instant of the drift analysis, able to label buyers of later
/// instants in its own scaled units.
///
/// K-means labels by nearest centre. Ward and DBSCAN, on more buyers than the sample size,
/// are fitted on a seeded sample. Ward's cut of each of `wardRestarts` samples gives
/// centroids that Lloyd iterations on every buyer refine (`CentroidRefinement`); the restart
/// with the lowest within-cluster sum of squares (Ward's criterion) is kept and labels
/// buyers by nearest centroid. DBSCAN labels by the nearest core point when it is within
/// `eps` (noise, −1, otherwise).
struct FittedDriftModel: Sendable {
    enum Rule: Sendable {
        case centroids(Matrix)
        case corePoints(KDTree, labels: [Int], eps: Double)
        case noise
    }

    let rule: Rule
    /// Labels of the rows the model was fitted on (every row of the matrix given to `fit`).
    let labels: [Int]

    /// Fits `model` on the rows of `data` with `seed` (K-means restarts, sample choice).
    static func fit(
        _ model: DriftModel, data: Matrix, seed: UInt64, configuration: DriftConfiguration
    ) throws(ClusteringError) -> FittedDriftModel {
        switch model.algorithm {
        case .kmeans:
            let k = min(model.clusterCount ?? 2, data.rows)
            let result = try configuration.scale.kmeans(
                .init(clusterCount: k, restarts: configuration.kmeansRestarts, seed: seed), rows: data.rows, data: data)
            return FittedDriftModel(rule: .centroids(result.centers), labels: result.labels)
        case .ward:
            return try fitWard(model, data: data, seed: seed, configuration: configuration)
        case .dbscan:
            let (sample, rows) = Self.sample(data, size: configuration.sampleSize, seed: seed)
            let eps = model.eps ?? 0.5
            let result = try DBSCAN(.init(eps: eps, minSamples: model.minSamples ?? 5)).fit(sample)
            let core = (0..<sample.rows).filter { result.isCore[$0] }
            guard !core.isEmpty else {
                return FittedDriftModel(rule: .noise, labels: [Int](repeating: -1, count: data.rows))
            }
            let d = sample.cols
            var points = [Double]()
            points.reserveCapacity(core.count * d)
            for row in core { points.append(contentsOf: sample.values[(row * d)..<((row + 1) * d)]) }
            let tree = KDTree(Matrix(rows: core.count, cols: d, values: points))
            let fitted = FittedDriftModel(rule: .corePoints(tree, labels: core.map { result.labels[$0] }, eps: eps), labels: [])
            var labels = rows == nil ? result.labels : fitted.assign(data)
            if let rows { for (s, row) in rows.enumerated() { labels[row] = result.labels[s] } }
            return FittedDriftModel(rule: fitted.rule, labels: labels)
        }
    }

    /// Ward on every row when there are at most `sampleSize`; otherwise the best refined
    /// sampled restart (first on ties).
    private static func fitWard(
        _ model: DriftModel, data: Matrix, seed: UInt64, configuration: DriftConfiguration
    ) throws(ClusteringError) -> FittedDriftModel {
        let ward = WardClustering(.init(clusterCount: model.clusterCount ?? 2))
        guard data.rows > configuration.sampleSize else {
            let cut = try ward.fit(data).labels
            return FittedDriftModel(rule: .centroids(Self.centroids(data, labels: cut)), labels: cut)
        }
        var generator = SplitMix64(seed: seed)
        var best: CentroidRefinement?
        for _ in 0..<configuration.wardRestarts {
            let (sample, _) = Self.sample(data, size: configuration.sampleSize, seed: generator.next())
            let cut = try ward.fit(sample).labels
            let refined = CentroidRefinement(data, start: Self.centroids(sample, labels: cut))
            if best == nil || refined.inertia < best!.inertia { best = refined }
        }
        return FittedDriftModel(rule: .centroids(best!.centers), labels: best!.labels)
    }

    /// Labels the rows of `data` (scaled with this model's scaler).
    func assign(_ data: Matrix) -> [Int] {
        switch rule {
        case .centroids(let centers):
            return KMeansResult(labels: [], centers: centers, inertia: 0, iterations: 0, restart: 0).predict(data)
        case .corePoints(let tree, let labels, let eps):
            let graph = tree.nearestNeighbors(of: data, k: 1)
            return (0..<data.rows).map { graph.distance($0, 0) <= eps ? labels[graph.neighbor($0, 0)] : -1 }
        case .noise:
            return [Int](repeating: -1, count: data.rows)
        }
    }

    /// A seeded sample of `size` rows (sorted), or `data` itself when it has no more rows.
    static func sample(_ data: Matrix, size: Int, seed: UInt64) -> (Matrix, [Int]?) {
        guard data.rows > size else { return (data, nil) }
        var generator = SplitMix64(seed: seed ^ 0x5EED_D21F)
        var indices = Array(0..<data.rows)
        for i in 0..<size {
            let j = i + Int(generator.next() % UInt64(data.rows - i))
            indices.swapAt(i, j)
        }
        let rows = indices[0..<size].sorted()
        let d = data.cols
        var values = [Double]()
        values.reserveCapacity(size * d)
        for row in rows { values.append(contentsOf: data.values[(row * d)..<((row + 1) * d)]) }
        return (Matrix(rows: size, cols: d, values: values), rows)
    }

    /// Mean of each label's rows (labels `0..<c`), `c × d`.
    static func centroids(_ data: Matrix, labels: [Int]) -> Matrix {
        let c = (labels.max() ?? -1) + 1
        let d = data.cols
        var sums = [Double](repeating: 0, count: c * d)
        var counts = [Int](repeating: 0, count: c)
        for (row, label) in labels.enumerated() where label >= 0 {
            counts[label] += 1
            for j in 0..<d { sums[label * d + j] += data.values[row * d + j] }
        }
        for label in 0..<c where counts[label] > 0 {
            for j in 0..<d { sums[label * d + j] /= Double(counts[label]) }
        }
        return Matrix(rows: c, cols: d, values: sums)
    }
}

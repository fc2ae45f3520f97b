import Dispatch
import Logging

/// The search's runs on one feature matrix: fits, then one batched silhouette pass and the
/// other scores.
struct FeatureSetSearch {
    /// What one feature set contributes to the result.
    struct Outcome {
        var runs: [ModelRun] = []
        /// Per run: labels (−1 noise), per-row silhouettes, K-means centres.
        var labels: [[Int]] = []
        var silhouetteValues: [[Double]] = []
        var centers: [Matrix?] = []
        var linkage: Linkage?
        var dbscanCurve: ModelSearchResult.DBSCANCurve?
    }

    /// A fitted labeling before scoring.
    struct Fit {
        var algorithm: ModelAlgorithm
        var parameters: ModelRun.Parameters
        var labels: [Int]
        var inertia: Double?
        var centers: Matrix?
        var seconds: Double
    }

    let configuration: ModelSearch.Configuration
    let features: FeatureMatrix
    let logger: Logger

    private var name: String { features.featureSet.name }
    var data: Matrix { features.matrix }

    func run(progress: inout SearchProgress, report: (ModelSearch.Progress) -> Void) throws(ClusteringError) -> Outcome {
        var outcome = Outcome()
        var fits: [Fit] = []
        for algorithm in configuration.algorithms {
            switch algorithm {
            case .kmeans: fits += try kmeans(progress: &progress, report: report)
            case .ward:
                let (cuts, linkage) = try ward(progress: &progress, report: report)
                fits += cuts
                outcome.linkage = linkage
            case .dbscan:
                let (runs, curve) = try dbscan(progress: &progress, report: report)
                fits += runs
                outcome.dbscanCurve = curve
            }
        }
        let begin = DispatchTime.now()
        // Nested and nearly nested labelings first, so the refinement stays coarse.
        let order = fits.indices.sorted { (rank(fits[$0].algorithm), $0) < (rank(fits[$1].algorithm), $1) }
        let costRows = configuration.scale.silhouetteCostRows(data.rows)
        let scored = try scoreSilhouettes(order.map { fits[$0].labels }) { done in
            report(progress.step("\(name) silhouettes \(done)/\(order.count)", done: .silhouette(labelings: done, of: order.count, rows: costRows, cols: data.cols)))
        }
        var silhouettes = [SilhouetteResult?](repeating: nil, count: fits.count)
        for (position, index) in order.enumerated() { silhouettes[index] = scored[position] }
        let share = seconds(since: begin) / Double(max(fits.count, 1))
        let n = Double(data.rows)
        for (fit, silhouette) in zip(fits, silhouettes) {
            let scoreStart = DispatchTime.now()
            var sizes: [Int: Int] = [:]
            for label in fit.labels where label != -1 { sizes[label, default: 0] += 1 }
            let noise = fit.labels.count { $0 == -1 }
            let scorable = silhouette != nil
            var run = ModelRun(
                featureSet: name, algorithm: fit.algorithm, parameters: fit.parameters, clusterCount: sizes.count,
                noiseShare: Double(noise) / n, silhouette: silhouette?.mean,
                daviesBouldin: scorable ? try? ClusterScores.daviesBouldin(data, labels: fit.labels, noise: .exclude) : nil,
                calinskiHarabasz: scorable ? try? ClusterScores.calinskiHarabasz(data, labels: fit.labels, noise: .exclude) : nil,
                inertia: fit.inertia,
                smallestClusterShare: Double(sizes.values.min() ?? 0) / n,
                largestClusterShare: Double(sizes.values.max() ?? 0) / n,
                seconds: fit.seconds + share + seconds(since: scoreStart))
            run.silhouetteInterval = silhouette?.interval
            logger.debug(
                "model", metadata: [
                    "feature_set": "\(name)", "algorithm": "\(fit.algorithm.rawValue)",
                    "clusters": "\(run.clusterCount)", "silhouette": "\(run.silhouette.map { "\($0)" } ?? "-")",
                ])
            outcome.runs.append(run)
            outcome.labels.append(fit.labels)
            outcome.silhouetteValues.append(silhouette?.values ?? [Double](repeating: .nan, count: data.rows))
            outcome.centers.append(fit.centers)
        }
        return outcome
    }

    private func rank(_ algorithm: ModelAlgorithm) -> Int {
        switch algorithm {
        case .ward: 0
        case .dbscan: 1
        case .kmeans: 2
        }
    }

    private func kmeans(progress: inout SearchProgress, report: (ModelSearch.Progress) -> Void) throws(ClusteringError) -> [Fit] {
        var fits: [Fit] = []
        for k in configuration.clusterCounts {
            let begin = DispatchTime.now()
            let restarts = configuration.kmeansRestarts
            let result = try configuration.scale.kmeans(
                .init(clusterCount: k, restarts: restarts, seed: configuration.seed), rows: data.rows, data: data)
            fits.append(Fit(
                algorithm: .kmeans, parameters: .init(k: k, restarts: restarts, seed: configuration.seed),
                labels: result.labels, inertia: result.inertia, centers: result.centers, seconds: seconds(since: begin)))
            report(progress.step("\(name) kmeans k=\(k)", done: .kmeans(k: k, restarts: restarts, rows: data.rows, cols: data.cols)))
        }
        return fits
    }

    private func ward(progress: inout SearchProgress, report: (ModelSearch.Progress) -> Void) throws(ClusteringError) -> ([Fit], Linkage) {
        if configuration.scale.samplesWard(rows: data.rows) { return try sampledWard(progress: &progress, report: report) }
        let begin = DispatchTime.now()
        let linkage = try WardClustering(.init(clusterCount: 1)).fit(data, logger: logger).linkage
        let each = seconds(since: begin) / Double(configuration.clusterCounts.count)
        report(progress.step("\(name) ward", done: .ward(rows: data.rows, cols: data.cols)))
        let fits = configuration.clusterCounts.map { k in
            Fit(algorithm: .ward, parameters: .init(k: k), labels: linkage.labels(clusterCount: k), seconds: each)
        }
        return (fits, linkage)
    }

    private func dbscan(progress: inout SearchProgress, report: (ModelSearch.Progress) -> Void) throws(ClusteringError) -> ([Fit], ModelSearchResult.DBSCANCurve) {
        let minSamples = configuration.minSamples(columns: data.cols)
        guard data.rows >= minSamples else {
            throw .tooFewRows(rows: data.rows, required: minSamples, reason: "min_samples")
        }
        var begin = DispatchTime.now()
        let tree = KDTree(data)
        let curve = try KDistanceCurve(tree: tree, minSamples: minSamples, maxPoints: 500)
        let radii: [Double]
        switch configuration.dbscanEps {
        case .knee(let factors): radii = factors.map { $0 * curve.eps }.sorted()
        case .values(let values): radii = values.sorted()
        }
        let shared = seconds(since: begin) / Double(radii.count)
        report(progress.step("\(name) k-distance curve", done: .neighbors(k: minSamples, rows: data.rows, cols: data.cols)))
        var fits: [Fit] = []
        for eps in radii {
            begin = DispatchTime.now()
            let isCore = tree.hasNeighbors(atLeast: minSamples, within: eps)
            let labels = DBSCAN.expand(tree: tree, isCore: isCore, eps: eps)
            fits.append(Fit(
                algorithm: .dbscan, parameters: .init(eps: eps, minSamples: minSamples), labels: labels,
                seconds: shared + seconds(since: begin)))
            report(progress.step("\(name) dbscan eps=\(eps)", done: .dbscan(rows: data.rows)))
        }
        return (fits, ModelSearchResult.DBSCANCurve(featureSet: name, curve: curve, epsTried: radii))
    }
}

import Dispatch

/// The thresholded paths of the search (`ScaleLimits`): above them the silhouettes are
/// estimated on a sample and Ward's tree is built on a sample.
extension FeatureSetSearch {
    /// Every labeling's silhouette: exact (`SilhouetteBatch`) up to the threshold, else
    /// `SampledSilhouette` seeded with the search's seed.
    func scoreSilhouettes(_ labelings: [[Int]], passDone: (Int) -> Void) throws(ClusteringError) -> [SilhouetteResult?] {
        let scale = configuration.scale
        guard scale.samplesSilhouette(rows: data.rows) else {
            return try SilhouetteBatch().silhouettes(data, labelings: labelings, passDone: passDone)
        }
        return try SampledSilhouette(sampleSize: scale.silhouetteSampleSize, seed: configuration.seed)
            .silhouettes(data, labelings: labelings, passDone: passDone)
    }

    /// Ward on a sample (`SampledWard`): one tree, a cut per k extended to every buyer, with
    /// the cut centroids as the assignment rule.
    func sampledWard(progress: inout SearchProgress, report: (ModelSearch.Progress) -> Void) throws(ClusteringError)
        -> ([Fit], Linkage)
    {
        let begin = DispatchTime.now()
        let scale = configuration.scale
        let (linkage, cuts) = try SampledWard(sampleSize: scale.wardSampleSize, seed: configuration.seed)
            .fit(data, clusterCounts: configuration.clusterCounts, logger: logger)
        let each = seconds(since: begin) / Double(configuration.clusterCounts.count)
        report(progress.step("\(features.featureSet.name) ward (sample of \(scale.wardSampleSize))", done: .ward(rows: scale.wardRows(data.rows), cols: data.cols)))
        let fits = zip(configuration.clusterCounts, cuts).map { k, cut in
            Fit(algorithm: .ward, parameters: .init(k: k), labels: cut.labels, inertia: nil, centers: cut.centers, seconds: each)
        }
        return (fits, linkage)
    }
}

extension ScaleLimits {
    /// The row count whose exact-silhouette cost equals the search's on `rows` rows (the
    /// progress estimate counts rows² pairs): √(rows · sample) when sampled.
    func silhouetteCostRows(_ rows: Int) -> Int {
        samplesSilhouette(rows: rows) ? Int((Double(rows) * Double(silhouetteSampleSize)).squareRoot()) : rows
    }

    /// Rows Ward's tree is built on.
    func wardRows(_ rows: Int) -> Int { samplesWard(rows: rows) ? wardSampleSize : rows }
}

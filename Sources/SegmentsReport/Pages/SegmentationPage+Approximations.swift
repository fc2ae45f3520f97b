import SegmentsAnalytics

extension SegmentationPage {
    /// One sentence per approximation the search made above its scale thresholds
    /// (`results.json` → `segmentation.approximations`); none when every figure is exact.
    func approximationParagraphs(_ explained: Explained) -> [String] {
        explained.search.approximations.map { approximation in
            let values = [
                "threshold": count(approximation.threshold), "sample": count(approximation.sampleSize),
                "buyers": count(approximation.rows), "seed": "\(explained.search.configuration.seed)",
            ]
            switch approximation.method {
            case .silhouette:
                let interval = explained.run.silhouetteInterval
                return words("segmentation.approximation.silhouette", values.merging([
                    "low": score(interval?.low), "high": score(interval?.high),
                ]) { $1 })
            case .kmeans:
                return words("segmentation.approximation.kmeans", values)
            case .ward:
                return words("segmentation.approximation.ward", values)
            case .tsne:
                return words("segmentation.approximation.tsne", values)
            }
        }
    }
}

/// The buyer counts above which the model search switches a method whose exact form does not
/// fit in time or memory to a stated, seeded approximation (SCALING.md).
///
/// At or below the thresholds every figure is exact and nothing changes; above them:
/// - **silhouette** (exact: O(n²·d) per batch of labelings): every row of a seeded uniform
///   sample of `silhouetteSampleSize` buyers gets its exact silhouette against all buyers
///   (O(sample·n·d) per pass), and a labeling's score is the mean over the sampled non-noise
///   buyers, with a 95 % confidence interval from the normal approximation of that mean
///   (`SilhouetteInterval`);
/// - **Ward** (exact: the NN-chain, O(n²·d) time in the worst case): the tree is built on a
///   seeded sample of `wardSampleSize` buyers; each cut labels the sample, and every other
///   buyer gets the cut cluster whose centroid (mean of its sampled buyers) is nearest;
/// - **K-means** (exact but 25 restarts × n rows): the restarts run on a seeded sample of
///   `kmeansSampleSize` buyers and the best is iterated to convergence on all buyers
///   (`SampledKMeans`); the drift analysis's K-means refits follow the same rule;
/// - **t-SNE map** (applied by the report, not the search): a seeded sample of
///   `mapSampleSize` buyers is mapped instead of every buyer.
public struct ScaleLimits: Sendable, Equatable {
    /// Default threshold for both methods: 200,000 buyers, twice the full Olist data, so a
    /// full-scale report stays exact.
    public static let defaultExactRows = 200_000
    /// Default silhouette sample: 10,000 buyers (a 95 % interval of about ±0.006 on the
    /// synthetic data).
    public static let defaultSilhouetteSampleSize = 10_000
    /// Default Ward sample: 20,000 buyers.
    public static let defaultWardSampleSize = 20_000
    /// Default sample of the K-means restarts: 100,000 buyers.
    public static let defaultKMeansSampleSize = 100_000
    /// Default t-SNE map sample above the threshold: 200,000 buyers.
    public static let defaultMapSampleSize = 200_000

    /// Largest row count scored by the exact silhouette.
    public var exactSilhouetteRows: Int
    /// Sampled buyers above `exactSilhouetteRows`.
    public var silhouetteSampleSize: Int
    /// Largest row count for the exact Ward tree.
    public var exactWardRows: Int
    /// Sampled buyers above `exactWardRows`.
    public var wardSampleSize: Int
    /// Largest row count whose K-means restarts run on every row.
    public var exactKMeansRows: Int
    /// Sampled buyers of the restarts above `exactKMeansRows`.
    public var kmeansSampleSize: Int
    /// Largest row count mapped whole by t-SNE.
    public var exactMapRows: Int
    /// Sampled buyers mapped above `exactMapRows`.
    public var mapSampleSize: Int

    /// Creates limits (the defaults above unless given).
    public init(
        exactSilhouetteRows: Int = Self.defaultExactRows, silhouetteSampleSize: Int = Self.defaultSilhouetteSampleSize,
        exactWardRows: Int = Self.defaultExactRows, wardSampleSize: Int = Self.defaultWardSampleSize,
        exactKMeansRows: Int = Self.defaultExactRows, kmeansSampleSize: Int = Self.defaultKMeansSampleSize,
        exactMapRows: Int = Self.defaultExactRows, mapSampleSize: Int = Self.defaultMapSampleSize
    ) {
        self.exactSilhouetteRows = exactSilhouetteRows
        self.silhouetteSampleSize = silhouetteSampleSize
        self.exactWardRows = exactWardRows
        self.wardSampleSize = wardSampleSize
        self.exactKMeansRows = exactKMeansRows
        self.kmeansSampleSize = kmeansSampleSize
        self.exactMapRows = exactMapRows
        self.mapSampleSize = mapSampleSize
    }

    /// Whether `rows` buyers get the sampled silhouette.
    public func samplesSilhouette(rows: Int) -> Bool { rows > exactSilhouetteRows && rows > silhouetteSampleSize }

    /// Whether `rows` buyers get Ward on a sample.
    public func samplesWard(rows: Int) -> Bool { rows > exactWardRows && rows > wardSampleSize }

    /// Whether K-means on `rows` buyers runs its restarts on a sample.
    public func samplesKMeans(rows: Int) -> Bool { rows > exactKMeansRows && rows > kmeansSampleSize }

    /// K-means with `configuration` for a matrix of `rows` rows: `SampledKMeans` above the
    /// threshold, else the exact restarts.
    public func kmeans(_ configuration: KMeans.Configuration, rows: Int, data: Matrix) throws(ClusteringError) -> KMeansResult {
        samplesKMeans(rows: rows)
            ? try SampledKMeans(configuration, sampleSize: kmeansSampleSize).fit(data)
            : try KMeans(configuration).fit(data)
    }

    /// The rows of a `rows`-row matrix the t-SNE map shows, ascending: a seeded sample of
    /// `mapSampleSize` above `exactMapRows`, else `nil` (every row).
    public func mapRows(_ rows: Int, seed: UInt64) -> [Int]? {
        guard rows > exactMapRows, rows > mapSampleSize else { return nil }
        return SampledSilhouette.sampleRows(rows: rows, size: mapSampleSize, seed: seed ^ 0x75E)
    }

    /// The map's approximation for `rows` buyers, if any.
    public func mapApproximation(rows: Int) -> SearchApproximation? {
        guard rows > exactMapRows, rows > mapSampleSize else { return nil }
        return .init(method: .tsne, threshold: exactMapRows, sampleSize: mapSampleSize, rows: rows)
    }

    /// The approximations made for a matrix of `rows` buyers, in a fixed order (silhouette,
    /// K-means, Ward); empty at or below the thresholds.
    public func approximations(rows: Int, algorithms: [ModelAlgorithm]) -> [SearchApproximation] {
        var made: [SearchApproximation] = []
        if samplesSilhouette(rows: rows) {
            made.append(.init(method: .silhouette, threshold: exactSilhouetteRows, sampleSize: silhouetteSampleSize, rows: rows))
        }
        if algorithms.contains(.kmeans), samplesKMeans(rows: rows) {
            made.append(.init(method: .kmeans, threshold: exactKMeansRows, sampleSize: kmeansSampleSize, rows: rows))
        }
        if algorithms.contains(.ward), samplesWard(rows: rows) {
            made.append(.init(method: .ward, threshold: exactWardRows, sampleSize: wardSampleSize, rows: rows))
        }
        return made
    }

    /// Throws for a value out of range.
    func validate() throws(ClusteringError) {
        for (name, value) in [
            ("exactSilhouetteRows", exactSilhouetteRows), ("silhouetteSampleSize", silhouetteSampleSize),
            ("exactWardRows", exactWardRows), ("wardSampleSize", wardSampleSize),
            ("exactKMeansRows", exactKMeansRows), ("kmeansSampleSize", kmeansSampleSize),
            ("exactMapRows", exactMapRows), ("mapSampleSize", mapSampleSize),
        ] where value < 10 {
            throw .invalidParameter(name: name, value: "\(value)", expected: "at least 10")
        }
    }
}

/// One approximation the model search made because the data exceeded a threshold.
public struct SearchApproximation: Sendable, Equatable {
    /// What was approximated.
    public enum Method: String, Sendable, Equatable {
        /// Silhouettes on a seeded sample, with a 95 % confidence interval.
        case silhouette
        /// Ward's tree on a seeded sample, the other buyers assigned to the nearest cut centroid.
        case ward
        /// K-means restarts on a seeded sample, the best refined on every buyer.
        case kmeans
        /// The t-SNE map of a seeded sample of the buyers.
        case tsne
    }

    public let method: Method
    /// The buyer count above which it applies.
    public let threshold: Int
    /// Buyers sampled.
    public let sampleSize: Int
    /// Buyers of the matrix.
    public let rows: Int
}

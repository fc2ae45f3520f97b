/// The sorted k-distance curve used to choose DBSCAN's `eps` (Ester et al., KDD 1996, §4.2):
/// for every row, the distance to its (minSamples − 1)-th nearest other row — scikit-learn's
/// k-distance with k = minSamples counting the row itself — sorted ascending, and its knee.
///
/// The knee is found with the Kneedle method (Satopää, Albrecht, Irwin & Raghavan, "Finding
/// a 'kneedle' in a haystack", ICDCS Workshops 2011) for an increasing convex curve: both
/// axes are scaled to [0, 1] and the knee is the point maximising x − y, which is also the
/// point farthest from the chord joining the curve's ends. Ties go to the first such rank.
/// `eps` is the k-distance at the knee.
public struct KDistanceCurve: Sendable, Equatable {
    /// One point of the (possibly downsampled) curve.
    public struct Point: Sendable, Equatable {
        /// Rank of the row in ascending k-distance order, in `0..<count`.
        public let rank: Int
        /// Its k-distance.
        public let distance: Double
    }

    /// Number of rows, the length of the full curve.
    public let count: Int
    /// DBSCAN's `minSamples` (the row itself included).
    public let minSamples: Int
    /// The curve for plotting: at most about `maxPoints` ranks spread evenly, always with the
    /// first, the last and the knee.
    public let points: [Point]
    /// Rank of the knee in the full curve.
    public let kneeRank: Int
    /// k-distance at the knee: the suggested `eps`.
    public let eps: Double

    /// Computes the curve of the rows of `data` and its knee.
    /// - Parameters:
    ///   - data: one observation per row.
    ///   - minSamples: DBSCAN's `min_samples`, at least 2 and at most the row count.
    ///   - maxPoints: size of the plotted curve.
    /// - Throws: `ClusteringError` for `minSamples` out of range or a non-finite value.
    /// - Complexity: about O(n·m·log n) for m = minSamples in low dimensions (k-d tree, both
    ///   cores), O(n·m) memory for the neighbour lists, O(n log n) for the sort.
    public init(_ data: Matrix, minSamples: Int, maxPoints: Int = 500) throws(ClusteringError) {
        guard minSamples >= 2 else {
            throw .invalidParameter(name: "minSamples", value: "\(minSamples)", expected: "at least 2")
        }
        guard data.rows >= minSamples else {
            throw .tooFewRows(rows: data.rows, required: minSamples, reason: "min_samples")
        }
        try data.checkFinite()
        try self.init(tree: KDTree(data), minSamples: minSamples, maxPoints: maxPoints)
    }

    /// Computes the curve from an existing tree (rows already checked).
    init(tree: KDTree, minSamples: Int, maxPoints: Int) throws(ClusteringError) {
        let k = minSamples - 1
        let graph = tree.nearestNeighbors(k: k)
        let sorted = (0..<tree.count).map { graph.distances[$0 * k + k - 1] }.sorted()
        self.init(sortedDistances: sorted, minSamples: minSamples, maxPoints: maxPoints)
    }

    /// Builds the curve from k-distances already sorted ascending.
    init(sortedDistances sorted: [Double], minSamples: Int, maxPoints: Int) {
        count = sorted.count
        self.minSamples = minSamples
        kneeRank = Self.knee(sorted)
        eps = sorted[kneeRank]
        var ranks = Set([0, count - 1, kneeRank])
        let step = max(1, (count - 1 + maxPoints - 2) / max(1, maxPoints - 1))
        for rank in stride(from: 0, to: count, by: step) { ranks.insert(rank) }
        points = ranks.sorted().map { Point(rank: $0, distance: sorted[$0]) }
    }

    /// Rank maximising x − y once both the rank and the distance are scaled to [0, 1].
    static func knee(_ sorted: [Double]) -> Int {
        let n = sorted.count
        guard n > 2, let low = sorted.first, let high = sorted.last, high > low else { return n - 1 }
        var best = 0
        var bestGap = -Double.infinity
        for (rank, value) in sorted.enumerated() {
            let gap = Double(rank) / Double(n - 1) - (value - low) / (high - low)
            if gap > bestGap {
                bestGap = gap
                best = rank
            }
        }
        return best
    }
}

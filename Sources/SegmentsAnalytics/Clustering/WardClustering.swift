import Logging

/// Agglomerative hierarchical clustering with Ward's minimum-variance linkage (Ward,
/// "Hierarchical grouping to optimize an objective function", JASA 1963), exact, on every
/// row, by the nearest-neighbour chain algorithm (Murtagh, "A survey of recent advances in
/// hierarchical clustering algorithms", The Computer Journal 1983; Müllner, "Modern
/// hierarchical, agglomerative clustering algorithms", arXiv:1109.2378, 2011).
///
/// Ward distances are computed from centroids and sizes, d(A, B)² = 2|A||B|/(|A|+|B|) ·
/// ‖c_A − c_B‖², so memory is O(n·d) instead of SciPy's O(n²) distance matrix. The chain
/// grows from a cluster to its nearest neighbour until two clusters are each other's nearest
/// and merges them; Ward's distance is reducible, so this yields the same hierarchy as the
/// greedy algorithm. On ties the previous chain element is kept, so duplicate rows merge at
/// height 0 without cycling.
public struct WardClustering: Sendable {
    /// Parameters of a Ward fit.
    public struct Configuration: Sendable, Equatable {
        /// Number of flat clusters the result's `labels` cut the tree into (at most; see
        /// `Linkage.labels(clusterCount:)`).
        public var clusterCount: Int

        /// Creates a configuration.
        public init(clusterCount: Int = 2) {
            self.clusterCount = clusterCount
        }
    }

    /// The parameters of this model.
    public let configuration: Configuration

    /// Creates a Ward model with `configuration`.
    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Builds the full hierarchy of the rows of `data` and cuts it.
    /// - Parameters:
    ///   - data: one observation per row, at least two.
    ///   - logger: receives progress at debug level every 10,000 merges.
    /// - Returns: the SciPy-style linkage and the flat labels for `clusterCount`.
    /// - Throws: `ClusteringError` for fewer than two rows, `clusterCount` < 1 or a
    ///   non-finite value.
    /// - Complexity: O(n²·d) time in the worst case (each nearest-neighbour search scans the
    ///   active clusters, on both cores while there are many, skipping blocks by a lower
    ///   bound), usually far less; O(n·d) memory.
    public func fit(_ data: Matrix, logger: Logger = Logger(label: "segments.ward")) throws(ClusteringError)
        -> WardResult
    {
        guard configuration.clusterCount >= 1 else {
            throw .invalidParameter(
                name: "clusterCount", value: "\(configuration.clusterCount)", expected: "at least 1")
        }
        guard data.rows >= 2 else { throw .tooFewRows(rows: data.rows, required: 2, reason: "a merge") }
        try data.checkFinite()
        let store = CentroidStore(data, order: KDTree(data, leafSize: CentroidStore.blockSize).order)
        let recorded = Self.nearestNeighborChain(store, logger: logger)
        let linkage = Linkage(observationCount: data.rows, recorded: recorded)
        return WardResult(linkage: linkage, labels: linkage.labels(clusterCount: configuration.clusterCount))
    }

    /// Runs the chain until one cluster is left.
    /// - Returns: the merges in the order they were made, each naming one observation of
    ///   either cluster, with its height.
    static func nearestNeighborChain(_ store: CentroidStore, logger: Logger) -> [(a: Int32, b: Int32, height: Double)] {
        var merges: [(a: Int32, b: Int32, height: Double)] = []
        merges.reserveCapacity(store.liveCount - 1)
        var chain: [Int] = []
        while store.liveCount > 1 {
            if chain.isEmpty {
                chain.append((0..<store.slotCount).first(where: store.isLive)!)
            }
            let a = chain[chain.count - 1]
            let previous = chain.count >= 2 ? chain[chain.count - 2] : -1
            let bound = previous >= 0 ? store.wardSquared(a, previous) : .infinity
            if let next = store.nearest(to: a, below: bound) {
                chain.append(next.slot)
                continue
            }
            // `a` and `previous` are reciprocal nearest neighbours.
            merges.append((store.members[a], store.members[previous], bound.squareRoot()))
            chain.removeLast(2)
            store.merge(a, previous)
            if merges.count % 10_000 == 0 {
                logger.debug("ward", metadata: ["merges": "\(merges.count)", "active": "\(store.liveCount)"])
            }
            if store.needsCompaction {
                let newSlot = store.compact()
                chain = chain.map { newSlot[$0] }
            }
        }
        return merges
    }
}

/// A k-d tree over the rows of a matrix for exact Euclidean nearest-neighbour and radius
/// queries (Friedman, Bentley & Finkel, "An algorithm for finding best matches in logarithmic
/// expected time", ACM TOMS 1977), with bucket leaves and per-node bounding boxes for pruning,
/// as in scikit-learn's `KDTree`.
///
/// Points are copied in tree order so a leaf is one contiguous block of memory. Memory is
/// O(n·d). Queries are exact; ties at equal distance are broken deterministically by the
/// traversal order.
public struct KDTree: Sendable {
    /// Number of indexed points.
    public let count: Int
    /// Dimension of the points.
    public let dimension: Int
    /// Points in tree order, row-major (`count × dimension`).
    let points: [Double]
    /// `order[p]` is the original row of the point stored at position `p`.
    let order: [Int32]
    /// For each node, the range of tree positions it covers.
    let nodeStart: [Int32]
    let nodeEnd: [Int32]
    /// Child node indices; `-1` for a leaf.
    let nodeLeft: [Int32]
    let nodeRight: [Int32]
    /// Bounding box of each node, `nodeCount × dimension` each.
    let lower: [Double]
    let upper: [Double]

    /// Builds the tree.
    /// - Parameters:
    ///   - data: the points, one per row.
    ///   - leafSize: maximum number of points in a leaf.
    /// - Complexity: O(n·d·log n) time, O(n·d) memory.
    public init(_ data: Matrix, leafSize: Int = 16) {
        var builder = KDTreeBuilder(data: data, leafSize: max(1, leafSize))
        builder.build()
        count = data.rows
        dimension = data.cols
        order = builder.order
        nodeStart = builder.nodeStart
        nodeEnd = builder.nodeEnd
        nodeLeft = builder.nodeLeft
        nodeRight = builder.nodeRight
        lower = builder.lower
        upper = builder.upper
        var reordered = [Double](repeating: 0, count: data.values.count)
        let d = data.cols
        for (p, row) in builder.order.enumerated() {
            let source = Int(row) * d
            for j in 0..<d { reordered[p * d + j] = data.values[source + j] }
        }
        points = reordered
    }

    /// Number of nodes of the tree.
    var nodeCount: Int { nodeStart.count }
}

/// The k nearest neighbours of each of `count` query points, nearest first.
public struct NeighborGraph: Sendable, Equatable {
    /// Number of query points.
    public let count: Int
    /// Neighbours per query point.
    public let k: Int
    /// Row-major `count × k` neighbour indices (rows of the indexed data), nearest first.
    public var indices: [Int32]
    /// Row-major `count × k` Euclidean distances matching `indices`, ascending per row.
    public var distances: [Double]

    /// Distance from query `i` to its `j`-th nearest neighbour (0-based).
    public func distance(_ i: Int, _ j: Int) -> Double { distances[i * k + j] }

    /// Index of query `i`'s `j`-th nearest neighbour (0-based).
    public func neighbor(_ i: Int, _ j: Int) -> Int { Int(indices[i * k + j]) }
}

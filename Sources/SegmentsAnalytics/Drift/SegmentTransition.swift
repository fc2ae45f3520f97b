/// How the buyers moved between two segmentations of the same rows — a previous delivery's
/// model (old) and today's (new): the counts matrix old × new, the ARI between the two and
/// each side's segment sizes. Labels are cluster numbers, −1 for DBSCAN noise (kept as a
/// segment of its own).
public struct SegmentTransition: Sendable, Equatable {
    /// The old labels present, ascending (−1 first when there is noise).
    public let oldSegments: [Int]
    /// The new labels present, ascending.
    public let newSegments: [Int]
    /// Buyers per old segment (row) and new segment (column), row-major
    /// `oldSegments.count × newSegments.count`.
    public let counts: [Int]
    /// Adjusted Rand index of the two labelings (noise as a cluster): 1 for the same partition.
    public let ari: Double

    /// Buyers compared.
    public var buyers: Int { counts.reduce(0, +) }
    /// `counts[i][j]`: buyers in old segment `oldSegments[i]` now in `newSegments[j]`.
    public func count(old i: Int, new j: Int) -> Int { counts[i * newSegments.count + j] }
    /// Buyers of each old segment (row sums).
    public var oldSizes: [Int] {
        oldSegments.indices.map { i in newSegments.indices.reduce(0) { $0 + count(old: i, new: $1) } }
    }
    /// Buyers of each new segment (column sums).
    public var newSizes: [Int] {
        newSegments.indices.map { j in oldSegments.indices.reduce(0) { $0 + count(old: $1, new: j) } }
    }

    /// Compares two labelings of the same buyers.
    /// - Parameters:
    ///   - old: each buyer's segment under the previous model.
    ///   - new: each buyer's segment under today's model, as many as `old`.
    /// - Throws: `ClusteringError.labelCountMismatch` when the counts differ.
    /// - Complexity: O(n + old segments × new segments).
    public init(old: [Int], new: [Int]) throws(ClusteringError) {
        let ari = try ClusterScores.adjustedRandIndex(old, new)
        let oldSegments = Set(old).sorted()
        let newSegments = Set(new).sorted()
        let row = Dictionary(uniqueKeysWithValues: oldSegments.enumerated().map { ($1, $0) })
        let column = Dictionary(uniqueKeysWithValues: newSegments.enumerated().map { ($1, $0) })
        var counts = [Int](repeating: 0, count: oldSegments.count * newSegments.count)
        for (a, b) in zip(old, new) {
            counts[row[a]! * newSegments.count + column[b]!] += 1
        }
        self.oldSegments = oldSegments
        self.newSegments = newSegments
        self.counts = counts
        self.ari = ari
    }
}

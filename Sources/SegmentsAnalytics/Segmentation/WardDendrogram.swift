/// The top of a Ward tree for drawing, as SciPy's `dendrogram(Z, truncate_mode="lastp", p=p)`:
/// only the last p − 1 merges are drawn, every other cluster is contracted into a leaf
/// labelled with its size, and leaves are ordered by SciPy's walk from the root (smaller
/// cluster id, i.e. `left`, first).
public struct WardDendrogram: Sendable, Equatable {
    /// A contracted subtree: a drawn leaf.
    public struct Leaf: Sendable, Equatable {
        /// SciPy cluster id (an observation below n, else n + merge index).
        public let id: Int
        /// Observations in it.
        public let size: Int
        /// Height of the merge that formed it (0 for a single observation).
        public let height: Double
    }

    /// One drawn merge.
    public struct Merge: Sendable, Equatable {
        /// SciPy cluster id of the new cluster (n + merge index).
        public let id: Int
        public let left: Int
        public let right: Int
        public let height: Double
        public let size: Int
    }

    /// Leaves from left to right.
    public let leaves: [Leaf]
    /// The drawn merges by ascending height (the last p − 1 of the linkage).
    public let merges: [Merge]
    /// Height drawn for the cut into `cutClusterCount` clusters: midway between the merge
    /// that leaves that many clusters and the next one.
    public let cutHeight: Double
    public let cutClusterCount: Int

    /// Truncates `linkage` to its last `leafCount − 1` merges.
    /// - Parameters:
    ///   - linkage: a full hierarchy of at least 2 observations.
    ///   - leafCount: p, at least 2 (fewer when the tree has fewer observations).
    ///   - cutClusterCount: the cut to draw, in 1…n.
    /// - Complexity: O(p).
    public init(_ linkage: Linkage, leafCount: Int, cutClusterCount: Int) {
        let n = linkage.observationCount
        let p = min(max(leafCount, 2), n)
        let drawn = linkage.merges.suffix(p - 1)
        let firstDrawn = n + (linkage.merges.count - drawn.count)
        merges = drawn.enumerated().map { offset, merge in
            Merge(id: firstDrawn + offset, left: merge.left, right: merge.right, height: merge.height, size: merge.size)
        }
        func isDrawn(_ id: Int) -> Bool { id >= firstDrawn }
        var leaves: [Leaf] = []
        var stack = [2 * n - 2]
        while let id = stack.popLast() {
            if isDrawn(id) {
                let merge = linkage.merges[id - n]
                stack.append(merge.right)
                stack.append(merge.left)
            } else if id < n {
                leaves.append(Leaf(id: id, size: 1, height: 0))
            } else {
                let merge = linkage.merges[id - n]
                leaves.append(Leaf(id: id, size: merge.size, height: merge.height))
            }
        }
        self.leaves = leaves
        let k = min(max(cutClusterCount, 1), n)
        self.cutClusterCount = k
        let heights = linkage.merges.map(\.height)
        // After the first n − k merges, k clusters remain.
        let below = n - k - 1 >= 0 ? heights[n - k - 1] : 0
        let above = n - k < heights.count ? heights[n - k] : (heights.last ?? 0)
        cutHeight = k == 1 ? (heights.last ?? 0) : (below + above) / 2
    }
}

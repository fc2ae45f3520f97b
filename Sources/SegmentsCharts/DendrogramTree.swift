/// A hierarchical clustering as a dendrogram draws it: leaves with sizes and merges in
/// SciPy's linkage convention (merge `i` creates node `leafCount + i`; ids below
/// `leafCount` are leaves), plain values that the report maps the analytics' linkage into.
public struct DendrogramTree: Sendable, Hashable {
    /// One merge of two nodes.
    public struct Merge: Sendable, Hashable {
        /// Ids of the merged nodes (a leaf below `leafCount`, else merge `id − leafCount`).
        public var left: Int
        public var right: Int
        /// Merge height (for Ward, the Ward distance).
        public var height: Double
        /// Number of original observations under the merge.
        public var size: Int

        public init(left: Int, right: Int, height: Double, size: Int) {
            self.left = left
            self.right = right
            self.height = height
            self.size = size
        }
    }

    /// Number of observations under each leaf (1 for an untruncated tree).
    public var leafSizes: [Int]
    /// `leafSizes.count − 1` merges, in order of increasing height.
    public var merges: [Merge]

    public init(leafSizes: [Int], merges: [Merge]) {
        self.leafSizes = leafSizes
        self.merges = merges
    }

    /// The tree of the last `p − 1` merges of a full linkage over `leafCount` observations,
    /// whose leaves are the `p` clusters those merges join, as SciPy's
    /// `dendrogram(Z, truncate_mode="lastp", p=p)` draws it. Leaves are numbered in order of
    /// first appearance among the kept merges.
    /// - Parameters:
    ///   - merges: The full linkage, `leafCount − 1` merges (SciPy's `Z` rows).
    ///   - leafCount: Number of observations.
    ///   - p: Number of leaves to keep (at least 2).
    /// - Returns: The truncated tree, or the full tree (leaves of size 1) when p ≥ leafCount.
    /// - Complexity: O(p).
    public static func lastMerges(of merges: [Merge], leafCount: Int, p: Int = 30) -> DendrogramTree {
        guard p < leafCount, p >= 2, merges.count == leafCount - 1 else {
            return DendrogramTree(leafSizes: Array(repeating: 1, count: max(0, leafCount)), merges: merges)
        }
        let firstKept = leafCount - p
        var leafIDs: [Int: Int] = [:]
        var leafSizes: [Int] = []
        func mapped(_ id: Int) -> Int {
            if id >= leafCount + firstKept { return p + (id - leafCount - firstKept) }
            if let leaf = leafIDs[id] { return leaf }
            leafIDs[id] = leafSizes.count
            leafSizes.append(id < leafCount ? 1 : (id - leafCount < merges.count ? merges[id - leafCount].size : 1))
            return leafSizes.count - 1
        }
        let kept = merges[firstKept...].map { merge in
            let left = mapped(merge.left)
            return Merge(left: left, right: mapped(merge.right), height: merge.height, size: merge.size)
        }
        return DendrogramTree(leafSizes: leafSizes, merges: kept)
    }

    /// Whether every merge joins two distinct earlier nodes, each used once, and the leaf
    /// and merge counts agree.
    var isWellFormed: Bool {
        guard !leafSizes.isEmpty, merges.count == leafSizes.count - 1 else { return false }
        var used = Set<Int>()
        for (index, merge) in merges.enumerated() {
            let limit = leafSizes.count + index
            for child in [merge.left, merge.right] {
                guard child >= 0, child < limit, used.insert(child).inserted else { return false }
            }
        }
        return true
    }

    /// Leaves from left to right: depth-first from the root, left child first.
    var leafOrder: [Int] {
        guard !merges.isEmpty else { return Array(leafSizes.indices) }
        var order: [Int] = []
        var stack = [leafSizes.count + merges.count - 1]
        while let node = stack.popLast() {
            if node < leafSizes.count {
                order.append(node)
            } else {
                let merge = merges[node - leafSizes.count]
                stack.append(merge.right)
                stack.append(merge.left)
            }
        }
        return order
    }

    /// The height of a node (0 for leaves).
    func height(_ node: Int) -> Double {
        node < leafSizes.count ? 0 : merges[node - leafSizes.count].height
    }

    /// The size of a node.
    func size(_ node: Int) -> Int {
        node < leafSizes.count ? leafSizes[node] : merges[node - leafSizes.count].size
    }

    /// The leftmost leaf under `node`.
    func firstLeaf(under node: Int) -> Int {
        var node = node
        while node >= leafSizes.count { node = merges[node - leafSizes.count].left }
        return node
    }
}

/// A hierarchical clustering as SciPy's linkage matrix: n − 1 merges sorted by height,
/// observations numbered `0..<n` and the cluster made by merge i numbered n + i; each merge
/// lists the smaller id first (`scipy.cluster.hierarchy.linkage` conventions).
public struct Linkage: Sendable, Equatable {
    /// One merge of two clusters.
    public struct Merge: Sendable, Equatable {
        /// The smaller of the two merged cluster ids.
        public let left: Int
        /// The larger of the two merged cluster ids.
        public let right: Int
        /// Merge height (for Ward: √(2|A||B|/(|A|+|B|))·‖c_A − c_B‖, as SciPy reports it).
        public let height: Double
        /// Number of observations in the new cluster.
        public let size: Int
    }

    /// Number of observations n.
    public let observationCount: Int
    /// The n − 1 merges, by ascending height.
    public let merges: [Merge]

    /// The merges as SciPy's `(n − 1) × 4` matrix of (left, right, height, size).
    public var matrix: Matrix {
        Matrix(
            rows: merges.count, cols: 4,
            values: merges.flatMap { [Double($0.left), Double($0.right), $0.height, Double($0.size)] })
    }

    /// Orders merges recorded in the order an algorithm made them, each naming one
    /// observation of either cluster, and numbers the clusters as SciPy does (its `label`
    /// step): merges are stably sorted by height, where a merge never sorts before the merges
    /// that made its clusters (rounding could otherwise invert equal heights).
    /// - Complexity: O(n log n).
    init(observationCount n: Int, recorded: [(a: Int32, b: Int32, height: Double)]) {
        observationCount = n
        let keys = Self.sortKeys(observationCount: n, recorded: recorded)
        let order = recorded.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
        var forest = UnionFind(count: 2 * n - 1)
        var sizes = [Int](repeating: 1, count: 2 * n - 1)
        var merges: [Merge] = []
        merges.reserveCapacity(recorded.count)
        for (step, index) in order.enumerated() {
            let x = forest.find(Int(recorded[index].a))
            let y = forest.find(Int(recorded[index].b))
            let id = n + step
            sizes[id] = sizes[x] + sizes[y]
            forest.attach(x, to: id)
            forest.attach(y, to: id)
            merges.append(Merge(left: min(x, y), right: max(x, y), height: recorded[index].height, size: sizes[id]))
        }
        self.merges = merges
    }

    /// Height of each recorded merge raised to the largest height below it in the tree.
    private static func sortKeys(observationCount n: Int, recorded: [(a: Int32, b: Int32, height: Double)]) -> [Double] {
        var forest = UnionFind(count: n)
        var madeBy = [Int](repeating: -1, count: n)
        var keys = [Double](repeating: 0, count: recorded.count)
        for (index, merge) in recorded.enumerated() {
            let x = forest.find(Int(merge.a))
            let y = forest.find(Int(merge.b))
            var key = merge.height
            if madeBy[x] >= 0 { key = max(key, keys[madeBy[x]]) }
            if madeBy[y] >= 0 { key = max(key, keys[madeBy[y]]) }
            keys[index] = key
            forest.attach(y, to: x)
            madeBy[x] = index
        }
        return keys
    }
}

/// Disjoint sets with path halving; `attach` makes one root the parent of another.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Makes `root` a child of `parent`.
    mutating func attach(_ root: Int, to parent: Int) {
        self.parent[root] = parent
    }
}

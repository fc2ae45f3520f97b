extension DBSCAN {
    /// Labels the clusters by depth-first expansion from each unlabelled core row in row
    /// order, as scikit-learn's `dbscan_inner`, so clusters are numbered by their lowest core
    /// row.
    ///
    /// Each k-d tree node counts its still unlabelled points and the range search skips
    /// nodes where that count is zero: a core row only needs its unlabelled neighbours (its
    /// labelled ones are already in its cluster, or are border rows taken by another). Nodes
    /// entirely within `eps` are taken without distance computations. So the expansion costs
    /// far less than listing every neighbourhood when neighbourhoods are large.
    /// - Complexity: O(n·log n) for the labelling plus the nodes visited by n range searches.
    static func expand(tree: KDTree, isCore: [Bool], eps: Double) -> [Int] {
        let n = tree.count
        let r2 = eps * eps
        let positions = tree.positions()
        return tree.withSearcher { s in
            var unlabelled = (0..<tree.nodeCount).map { s.end[$0] - s.start[$0] }
            var labelAt = [Int32](repeating: -1, count: n)
            let coreAt = (0..<n).map { isCore[Int(s.order[$0])] }
            var pending: [Int32] = []
            var nodes: [(node: Int32, inside: Bool)] = []
            var cluster: Int32 = 0

            func take(_ p: Int) {
                labelAt[p] = cluster
                if coreAt[p] { pending.append(Int32(p)) }
                var node = 0
                while true {
                    unlabelled[node] -= 1
                    let left = Int(s.left[node])
                    if left < 0 { break }
                    node = p < Int(s.end[left]) ? left : Int(s.right[node])
                }
            }

            for row in 0..<n {
                let start = Int(positions[row])
                guard labelAt[start] == -1 && coreAt[start] else { continue }
                take(start)
                while let q = pending.popLast() {
                    let query = s.points.baseAddress! + Int(q) * s.d
                    nodes.append((0, false))
                    while let (node32, inside) = nodes.popLast() {
                        let node = Int(node32)
                        guard unlabelled[node] > 0 else { continue }
                        var whole = inside
                        if !whole {
                            guard s.boxDistance(node, query) <= r2 else { continue }
                            whole = s.farthestBoxDistance(node, query) <= r2
                        }
                        let left = s.left[node]
                        if left >= 0 {
                            nodes.append((s.right[node], whole))
                            nodes.append((left, whole))
                            continue
                        }
                        for p in Int(s.start[node])..<Int(s.end[node]) where labelAt[p] == -1 {
                            if whole || s.squaredDistance(p, query) <= r2 { take(p) }
                        }
                    }
                }
                cluster += 1
            }
            var labels = [Int](repeating: -1, count: n)
            for p in 0..<n { labels[Int(s.order[p])] = Int(labelAt[p]) }
            return labels
        }
    }
}

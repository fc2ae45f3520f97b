extension KDTree {
    /// Whether each indexed point has at least `minCount` indexed points, itself included,
    /// within `radius` (inclusive): DBSCAN's core test. A search stops as soon as the count
    /// is reached, and boxes entirely within the radius count whole, so dense data costs
    /// O(minCount) per point instead of its full neighbourhood.
    /// - Complexity: about O(n·(log n + minCount)) for low dimensions; both cores; O(n) memory.
    func hasNeighbors(atLeast minCount: Int, within radius: Double) -> [Bool] {
        let r2 = radius * radius
        var result = [Bool](repeating: false, count: count)
        result.withUnsafeMutableBufferPointer { buffer in
            let out = SharedMutablePointer(buffer)
            Parallel.forEachChunk(count) { _, range in
                withSearcher { s in
                    for p in range {
                        let q = s.points.baseAddress! + p * dimension
                        var found = 0
                        s.traverse(
                            q, bound: { found >= minCount ? -1 : r2 }, checkInside: true,
                            inside: { node in
                                found += Int(s.end[node] - s.start[node])
                                return true
                            },
                            leaf: { node in
                                for i in Int(s.start[node])..<Int(s.end[node]) where s.squaredDistance(i, q) <= r2 {
                                    found += 1
                                }
                            })
                        out[Int(s.order[p])] = found >= minCount
                    }
                }
            }
        }
        return result
    }
}

extension KDTree {
    /// Tree position of every data row (inverse of the tree order).
    func positions() -> [Int32] {
        var position = [Int32](repeating: 0, count: count)
        for (p, row) in order.enumerated() { position[Int(row)] = Int32(p) }
        return position
    }

    /// Number of indexed points within `radius` (inclusive) of every indexed point, the
    /// point itself included, as scikit-learn's `radius_neighbors` counts them.
    /// - Complexity: about O(n·log n + n·m) for m neighbours per point in low dimensions,
    ///   with whole boxes inside the radius counted without visiting their points; both
    ///   cores; O(n) memory.
    public func neighborCounts(within radius: Double) -> [Int32] {
        let r2 = radius * radius
        var counts = [Int32](repeating: 0, count: count)
        counts.withUnsafeMutableBufferPointer { cb in
            let out = SharedMutablePointer(cb)
            Parallel.forEachChunk(count) { _, range in
                withSearcher { s in
                    for p in range {
                        let q = s.points.baseAddress! + p * dimension
                        var n = 0
                        s.traverse(
                            q, bound: { r2 }, checkInside: true,
                            inside: { node in
                                n += Int(s.end[node] - s.start[node])
                                return true
                            },
                            leaf: { node in
                                for i in Int(s.start[node])..<Int(s.end[node]) where s.squaredDistance(i, q) <= r2 {
                                    n += 1
                                }
                            })
                        out[Int(s.order[p])] = Int32(n)
                    }
                }
            }
        }
        return counts
    }

    /// Rows of the indexed points within `radius` (inclusive) of indexed row `row`, itself
    /// included, appended to `result` (cleared first) in tree order.
    /// - Parameters:
    ///   - position: the tree position of `row`, from `positions()`.
    /// - Complexity: about O(log n + m) for m neighbours in low dimensions.
    func neighbors(atPosition position: Int, within radius: Double, into result: inout [Int32]) {
        result.removeAll(keepingCapacity: true)
        let r2 = radius * radius
        withSearcher { s in
            let q = s.points.baseAddress! + position * dimension
            s.traverse(q, bound: { r2 }) { node in
                for i in Int(s.start[node])..<Int(s.end[node]) where s.squaredDistance(i, q) <= r2 {
                    result.append(s.order[i])
                }
            }
        }
    }
}

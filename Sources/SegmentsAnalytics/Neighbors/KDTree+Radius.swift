extension KDTree {
    /// Tree position of every data row (inverse of the tree order).
    func positions() -> [Int32] {
        var position = [Int32](repeating: 0, count: count)
        for (p, row) in order.enumerated() { position[Int(row)] = Int32(p) }
        return position
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

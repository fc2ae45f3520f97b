extension NeighborGraph {
    /// The same graph with points renumbered: new point `p` is old point `order[p]`.
    /// t-SNE numbers points in k-d tree order, so that a point's neighbours sit nearby in
    /// memory and the gradient's gathers hit the cache.
    /// - Complexity: O(n·k).
    func permuted(by order: [Int32]) -> NeighborGraph {
        var position = [Int32](repeating: 0, count: count)
        for (p, row) in order.enumerated() { position[Int(row)] = Int32(p) }
        var newIndices = [Int32](repeating: 0, count: indices.count)
        var newDistances = [Double](repeating: 0, count: distances.count)
        for p in 0..<count {
            let row = Int(order[p])
            for t in 0..<k {
                newIndices[p * k + t] = position[Int(indices[row * k + t])]
                newDistances[p * k + t] = distances[row * k + t]
            }
        }
        return NeighborGraph(count: count, k: k, indices: newIndices, distances: newDistances)
    }
}

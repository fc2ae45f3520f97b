extension CentroidStore {
    /// The live cluster with the smallest Ward distance to the cluster in slot `a`, among
    /// those strictly below `bound` (a squared Ward distance), or `nil`. Among equal
    /// distances the first slot wins, the block of `a` being searched first.
    /// - Complexity: O(live · d) in the worst case, blocks whose lower bound reaches the
    ///   best distance so far skipped; both cores when there are 1,024 blocks or more.
    func nearest(to a: Int, below bound: Double) -> (slot: Int, distance: Double)? {
        let query = UnsafeMutablePointer<Double>.allocate(capacity: d)
        defer { query.deallocate() }
        for j in 0..<d { query[j] = coordinates[j * stride + a] }
        let saved = coordinates[a]
        coordinates[a] = .infinity  // so that `a` never finds itself
        defer { coordinates[a] = saved }
        let own = a / Self.blockSize
        var best = (slot: -1, distance: bound)
        scanBlock(own, query: query, querySize: sizes[a], best: &best)
        let blocks = blockCount
        let parts = Parallel.chunkCount(for: blocks)
        var partials = [(slot: Int, distance: Double)](repeating: best, count: parts)
        partials.withUnsafeMutableBufferPointer { buffer in
            let out = SharedMutablePointer(buffer)
            let querySize = sizes[a]
            Parallel.forEachChunk(blocks) { chunk, range in
                var local = out[chunk]
                for block in range where block != own {
                    scanBlock(block, query: query, querySize: querySize, best: &local)
                }
                out[chunk] = local
            }
        }
        for partial in partials where partial.distance < best.distance { best = partial }
        return best.slot >= 0 ? best : nil
    }

    /// Updates `best` with the clusters of `block` strictly closer than it.
    @inline(__always)
    private func scanBlock(
        _ block: Int, query: UnsafePointer<Double>, querySize: Double, best: inout (slot: Int, distance: Double)
    ) {
        let minWeight = Self.weight(querySize, blockMinSize[block])
        var gap = 0.0
        for j in 0..<d {
            let v = query[j]
            let lo = boxLow[block * d + j]
            let hi = boxHigh[block * d + j]
            let g = v < lo ? lo - v : (v > hi ? v - hi : 0)
            gap += g * g
        }
        guard gap * minWeight < best.distance else { return }
        let start = block * Self.blockSize
        let count = min(Self.blockSize, slotCount - start)
        withUnsafeTemporaryAllocation(of: Double.self, capacity: Self.blockSize) { squared in
            let s = squared.baseAddress!
            for t in 0..<count { s[t] = 0 }
            for j in 0..<d {
                let column = coordinates + j * stride + start
                let v = query[j]
                for t in 0..<count {
                    let diff = column[t] - v
                    s[t] += diff * diff
                }
            }
            for t in 0..<count where s[t] * minWeight < best.distance {
                let ward = s[t] * Self.weight(querySize, sizes[start + t])
                if ward < best.distance { best = (start + t, ward) }
            }
        }
    }
}

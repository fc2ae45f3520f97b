extension SilhouetteKernel {
    /// For each position of `queries` (in the kernel's cluster order), the sum of its
    /// distances to every position of each cluster: `queries.count × k`, row-major.
    ///
    /// Tiles of query pairs run over blocks of positions small enough to stay in cache, so the
    /// matrix is streamed from memory once per tile rather than once per query. The split is
    /// fixed (16 parts over the tiles) and every sum is accumulated in block order, so the
    /// result does not depend on the cores or on thread timing.
    /// - Complexity: O(queries · m · d) time on both cores, O(queries · k) memory.
    func sampledSums(queries: [Int]) -> [Double] {
        let s = queries.count
        var sums = [Double](repeating: 0, count: s * k)
        guard s > 0, m > 0 else { return sums }
        let pairs = (s + 1) / 2
        let tilePairs = 16
        let block = 1_024
        let tiles = (pairs + tilePairs - 1) / tilePairs
        columns.withUnsafeBufferPointer { columns in
            sums.withUnsafeMutableBufferPointer { buffer in
                let out = SharedMutablePointer(buffer)
                Parallel.forEachPart(tiles, parts: 16) { _, range in
                    let query = UnsafeMutablePointer<SIMD4<Double>>.allocate(capacity: 2 * d * tilePairs)
                    defer { query.deallocate() }
                    for tile in range {
                        let first = tile * tilePairs
                        let count = min(tilePairs, pairs - first)
                        for t in 0..<count {
                            let a = 2 * (first + t)
                            broadcast(columns.baseAddress!, queries[a], queries[min(a + 1, s - 1)], into: query + 2 * d * t)
                        }
                        for c in 0..<k {
                            var low = starts[c]
                            while low < starts[c + 1] {
                                let high = min(low + block, starts[c + 1])
                                for t in 0..<count {
                                    let a = 2 * (first + t)
                                    let (s0, s1) = distanceSums(columns.baseAddress!, query + 2 * d * t, low..<high)
                                    out[a * k + c] += s0
                                    if a + 1 < s { out[(a + 1) * k + c] += s1 }
                                }
                                low = high
                            }
                        }
                    }
                }
            }
        }
        return sums
    }
}

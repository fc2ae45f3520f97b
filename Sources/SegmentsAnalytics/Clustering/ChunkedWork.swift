/// Runs a loop over `0..<count` in `Parallel`'s fixed chunks, either concurrently or one
/// chunk after the other. Both give bit-identical results because the split and the order
/// in which callers reduce per-chunk partials do not depend on the mode; the serial mode
/// lets independent jobs (K-means restarts) run side by side without oversubscribing.
struct ChunkedWork: Sendable {
    /// Whether chunks run concurrently over the cores.
    let concurrent: Bool

    /// Number of chunks `count` items are split into.
    func chunkCount(_ count: Int) -> Int { Parallel.chunkCount(for: count) }

    /// Calls `body(chunk, range)` for every chunk of `0..<count`.
    /// - Complexity: O(count) work plus the body's.
    func forEachChunk(_ count: Int, _ body: (_ chunk: Int, _ range: Range<Int>) -> Void) {
        if concurrent {
            Parallel.forEachChunk(count, body)
            return
        }
        let parts = Parallel.chunkCount(for: count)
        for chunk in 0..<parts {
            body(chunk, Parallel.range(of: chunk, parts: parts, count: count))
        }
    }

    /// Sum of `term(i)` over `0..<count`, summed per chunk and then in chunk order.
    /// - Complexity: O(count) calls of `term`.
    func sum(_ count: Int, _ term: (Int) -> Double) -> Double {
        var partials = [Double](repeating: 0, count: chunkCount(count))
        partials.withUnsafeMutableBufferPointer { buffer in
            let out = SharedMutablePointer(buffer)
            forEachChunk(count) { chunk, range in
                var s = 0.0
                for i in range { s += term(i) }
                out[chunk] = s
            }
        }
        return partials.reduce(0, +)
    }
}

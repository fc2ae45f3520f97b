import Dispatch

/// Fixed work splitting over the machine's cores. The split depends only on the problem
/// size, never on the number of cores or on thread timing, so results reduced in chunk
/// order are identical on every machine and every run.
enum Parallel {
    /// Splits `0..<count` into `chunkCount(for: count)` contiguous ranges and runs
    /// `body(chunk, range)` for each, concurrently over the available cores.
    ///
    /// `body` may capture unsafe pointers: it runs only until this call returns, and
    /// callers guarantee that chunks write disjoint memory (the Sendable check is waived
    /// for that reason).
    /// - Complexity: O(count) work divided over the chunks.
    static func forEachChunk(_ count: Int, _ body: (_ chunk: Int, _ range: Range<Int>) -> Void) {
        forEachPart(count, parts: chunkCount(for: count), body)
    }

    /// Runs `body(part, range)` over `parts` contiguous pieces of `0..<count` (at most
    /// `count`, at least one), concurrently; for work that needs no reduction (so any fixed
    /// split is deterministic), such as the rows of an FFT grid smaller than
    /// `forEachChunk`'s threshold. Same pointer rules as `forEachChunk`.
    static func forEachPart(_ count: Int, parts: Int, _ body: (_ part: Int, _ range: Range<Int>) -> Void) {
        let parts = max(1, min(parts, count))
        if parts == 1 {
            body(0, 0..<count)
            return
        }
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            body(part, range(of: part, parts: parts, count: count))
        }
    }

    /// The range of chunk `chunk` when `0..<count` is cut into `parts` nearly equal pieces.
    static func range(of chunk: Int, parts: Int, count: Int) -> Range<Int> {
        let base = count / parts
        let extra = count % parts
        let start = chunk * base + min(chunk, extra)
        return start..<(start + base + (chunk < extra ? 1 : 0))
    }

    /// Number of chunks for `count` items: one for small inputs, otherwise 16, enough to
    /// balance uneven work over a few cores, and the same on every machine.
    static func chunkCount(for count: Int) -> Int {
        count < 1_024 ? 1 : 16
    }
}

/// A mutable pointer shared by parallel chunks that write disjoint index ranges.
struct SharedMutablePointer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>?

    init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        base = buffer.baseAddress
    }

    subscript(i: Int) -> Element {
        get { base![i] }
        nonmutating set { base![i] = newValue }
    }
}

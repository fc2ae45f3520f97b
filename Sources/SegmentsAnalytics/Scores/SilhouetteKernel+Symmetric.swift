import Dispatch

extension SilhouetteKernel {
    /// Number of parts the symmetric kernel cuts the rows into.
    static let parts = 16

    /// Per-position distance sums to every cluster (`m × k`), each pair's distance computed
    /// once and added to both rows.
    ///
    /// The rows are cut into 16 parts; tile (a, b) adds the distances between parts a and b
    /// to the rows of both. A round-robin schedule (the circle method) groups the 120 tiles
    /// a ≠ b into 15 rounds of 8 tiles touching disjoint parts, then a 16th round takes the
    /// diagonal tiles. Tiles of a round run concurrently and write disjoint rows, and every
    /// row receives its additions in round order, so the sums do not depend on thread timing.
    /// - Complexity: O(m²·d / 2) time, O(m·k) memory.
    func symmetricSums() -> [Double] {
        let p = Self.parts
        var sums = [Double](repeating: 0, count: m * k)
        var rounds: [[(Int, Int)]] = (0..<(p - 1)).map { r in
            [(p - 1, r)] + (1..<(p / 2)).map { i in ((r + i) % (p - 1), (r - i + p - 1) % (p - 1)) }
        }
        rounds.append((0..<p).map { ($0, $0) })
        columns.withUnsafeBufferPointer { columns in
            sums.withUnsafeMutableBufferPointer { buffer in
                let out = SharedMutablePointer(buffer)
                nonisolated(unsafe) let columns = columns
                for round in rounds {
                    DispatchQueue.concurrentPerform(iterations: round.count) { t in
                        let (a, b) = round[t]
                        let rowsA = Parallel.range(of: a, parts: p, count: m)
                        if a == b {
                            diagonalTile(columns.baseAddress!, rowsA, out)
                        } else {
                            offDiagonalTile(columns.baseAddress!, rowsA, Parallel.range(of: b, parts: p, count: m), out)
                        }
                    }
                }
            }
        }
        return sums
    }

    /// The pieces of `range` that lie in one cluster each, with that cluster.
    func clusterPieces(_ range: Range<Int>) -> [(cluster: Int, range: Range<Int>)] {
        guard !range.isEmpty else { return [] }
        return (Int(clusterOf[range.lowerBound])...Int(clusterOf[range.upperBound - 1])).map { c in
            (c, max(starts[c], range.lowerBound)..<min(starts[c + 1], range.upperBound))
        }
    }

    /// Adds the distances between the rows of one part to those rows.
    private func diagonalTile(_ columns: UnsafePointer<Double>, _ rows: Range<Int>, _ out: SharedMutablePointer<Double>) {
        let pieces = clusterPieces(rows)
        let query = UnsafeMutablePointer<SIMD4<Double>>.allocate(capacity: 2 * d)
        defer { query.deallocate() }
        var i = rows.lowerBound
        while i < rows.upperBound {
            let second = min(i + 1, rows.upperBound - 1)
            broadcast(columns, i, second, into: query)
            for piece in pieces {
                let (s0, s1) = distanceSums(columns, query, piece.range)
                out[i * k + piece.cluster] += s0
                if second != i { out[second * k + piece.cluster] += s1 }
            }
            i += 2
        }
    }

    /// Adds the distances between the rows of two different parts to the rows of both.
    private func offDiagonalTile(
        _ columns: UnsafePointer<Double>, _ rowsA: Range<Int>, _ rowsB: Range<Int>, _ out: SharedMutablePointer<Double>
    ) {
        let piecesB = clusterPieces(rowsB)
        let query = UnsafeMutablePointer<SIMD4<Double>>.allocate(capacity: 2 * d)
        let columnSums = UnsafeMutablePointer<Double>.allocate(capacity: rowsB.count + 4)
        defer {
            query.deallocate()
            columnSums.deallocate()
        }
        let sumsB = columnSums - rowsB.lowerBound
        for pieceA in clusterPieces(rowsA) {
            columnSums.update(repeating: 0, count: rowsB.count)
            var i = pieceA.range.lowerBound
            while i < pieceA.range.upperBound {
                let second = min(i + 1, pieceA.range.upperBound - 1)
                broadcast(columns, i, second, into: query)
                let weight = second != i ? 1.0 : 0.0
                for piece in piecesB {
                    let (s0, s1) = distanceSums(columns, query, piece.range, accumulating: sumsB, secondWeight: weight)
                    out[i * k + piece.cluster] += s0
                    if second != i { out[second * k + piece.cluster] += s1 }
                }
                i += 2
            }
            for j in rowsB { out[j * k + pieceA.cluster] += sumsB[j] }
        }
    }
}

extension KDTree {
    /// The `k` nearest neighbours of every indexed point, the point itself excluded (but not
    /// its duplicates), nearest first; equal distances are ordered by row index.
    /// - Parameter k: neighbours per point, `0 ≤ k < count`.
    /// - Returns: a graph whose row `i` lists the neighbours of data row `i`.
    /// - Complexity: about O(n·k·log n) for low dimensions; both cores; O(n·k) memory.
    public func nearestNeighbors(k: Int) -> NeighborGraph {
        precondition(k >= 0 && k < max(count, 1), "k must be smaller than the number of points")
        var indices = [Int32](repeating: 0, count: count * k)
        var distances = [Double](repeating: 0, count: count * k)
        indices.withUnsafeMutableBufferPointer { ib in
            distances.withUnsafeMutableBufferPointer { db in
                let outI = SharedMutablePointer(ib)
                let outD = SharedMutablePointer(db)
                Parallel.forEachChunk(count) { _, range in
                    searchNeighbors(positions: range, k: k, outI: outI, outD: outD)
                }
            }
        }
        return NeighborGraph(count: count, k: k, indices: indices, distances: distances)
    }

    /// The `k` nearest indexed points of every row of `queries` (not excluded from anything).
    /// - Complexity: about O(m·k·log n) for low dimensions; both cores.
    public func nearestNeighbors(of queries: Matrix, k: Int) -> NeighborGraph {
        precondition(queries.cols == dimension, "query dimension mismatch")
        precondition(k >= 0 && k <= count, "k must not exceed the number of points")
        let m = queries.rows
        var indices = [Int32](repeating: 0, count: m * k)
        var distances = [Double](repeating: 0, count: m * k)
        queries.values.withUnsafeBufferPointer { qb in
            indices.withUnsafeMutableBufferPointer { ib in
                distances.withUnsafeMutableBufferPointer { db in
                    let outI = SharedMutablePointer(ib)
                    let outD = SharedMutablePointer(db)
                    Parallel.forEachChunk(m) { _, range in
                        withSearcher { searcher in
                            let heap = NeighborHeap(capacity: k)
                            for row in range {
                                heap.removeAll()
                                searcher.kNearest(qb.baseAddress! + row * dimension, exclude: -1, heap: heap)
                                heap.writeSorted(row: row, k: k, outI: outI, outD: outD)
                            }
                            heap.deallocate()
                        }
                    }
                }
            }
        }
        return NeighborGraph(count: m, k: k, indices: indices, distances: distances)
    }

    /// Searches the neighbours of the indexed points at tree `positions` (contiguous in
    /// memory, hence cache-friendly) and writes them at their original rows.
    private func searchNeighbors(
        positions: Range<Int>, k: Int,
        outI: SharedMutablePointer<Int32>, outD: SharedMutablePointer<Double>
    ) {
        withSearcher { searcher in
            let heap = NeighborHeap(capacity: k)
            for p in positions {
                heap.removeAll()
                let row = searcher.order[p]
                searcher.kNearest(searcher.points.baseAddress! + p * dimension, exclude: row, heap: heap)
                heap.writeSorted(row: Int(row), k: k, outI: outI, outD: outD)
            }
            heap.deallocate()
        }
    }
}

extension KDTreeSearcher {
    /// Fills `heap` with the nearest points to `q`, skipping row `exclude`.
    @inline(__always)
    func kNearest(_ q: UnsafePointer<Double>, exclude: Int32, heap: NeighborHeap) {
        guard heap.capacity > 0 else { return }
        traverse(q, bound: { heap.bound }) { node in
            for p in Int(start[node])..<Int(end[node]) {
                let row = order[p]
                if row == exclude { continue }
                heap.offer(squaredDistance(p, q), row)
            }
        }
    }
}

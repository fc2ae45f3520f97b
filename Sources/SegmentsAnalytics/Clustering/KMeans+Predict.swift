extension KMeansResult {
    /// The nearest centre of every row of `data` (first centre on ties), as `fit` assigns.
    /// - Parameter data: rows with as many columns as the centres.
    /// - Returns: one label in `0..<k` per row.
    /// - Complexity: O(m·k·d) for m rows; both cores; O(m) memory.
    public func predict(_ data: Matrix) -> [Int] {
        Self.nearest(data, centers: centers)
    }

    /// The nearest row of `centers` to every row of `data` (first on ties), by squared
    /// Euclidean distance.
    /// - Complexity: O(m·k·d) for m rows; both cores; O(m) memory.
    public static func nearest(_ data: Matrix, centers: Matrix) -> [Int] {
        precondition(data.cols == centers.cols, "predict: \(data.cols) columns, the centres have \(centers.cols)")
        let k = centers.rows
        let d = centers.cols
        var labels = [Int](repeating: 0, count: data.rows)
        data.values.withUnsafeBufferPointer { x in
            centers.values.withUnsafeBufferPointer { c in
                labels.withUnsafeMutableBufferPointer { buffer in
                    let out = SharedMutablePointer(buffer)
                    Parallel.forEachChunk(data.rows) { _, range in
                        for i in range {
                            var best = Double.infinity
                            var bestIndex = 0
                            for cluster in 0..<k {
                                var s = 0.0
                                for j in 0..<d {
                                    let diff = x[i * d + j] - c[cluster * d + j]
                                    s += diff * diff
                                }
                                if s < best {
                                    best = s
                                    bestIndex = cluster
                                }
                            }
                            out[i] = bestIndex
                        }
                    }
                }
            }
        }
        return labels
    }
}

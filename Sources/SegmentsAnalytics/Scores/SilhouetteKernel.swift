/// The O(n²) part of the silhouette: for every scored row, the sum of its distances to the
/// rows of each cluster.
struct SilhouetteKernel {
    let m: Int
    let d: Int
    let k: Int
    /// Coordinate-major copy of the scored rows in cluster order: `columns[j * m + p]`.
    let columns: [Double]
    /// Cluster ranges in that order.
    let starts: [Int]
    /// Cluster of each position.
    let clusterOf: [Int32]

    init(data: Matrix, encoded: EncodedLabels) {
        m = encoded.includedCount
        d = data.cols
        k = encoded.clusterCount
        starts = encoded.starts
        var columns = [Double](repeating: 0, count: m * d)
        var clusterOf = [Int32](repeating: 0, count: m)
        for c in 0..<k {
            for p in encoded.starts[c]..<encoded.starts[c + 1] {
                let row = encoded.rows[p]
                clusterOf[p] = Int32(c)
                for j in 0..<d { columns[j * m + p] = data.values[row * d + j] }
            }
        }
        self.columns = columns
        self.clusterOf = clusterOf
    }

    /// Silhouette of every position in cluster order: from the symmetric kernel when the
    /// `m × k` sums are small (k ≤ 64), otherwise row by row with O(k) memory per chunk.
    /// - Parameter symmetric: forces one kernel (tests compare them).
    func run(symmetric: Bool? = nil) -> [Double] {
        var result = [Double](repeating: 0, count: m)
        if symmetric ?? (k <= 64 && m >= 1_024) {
            let sums = symmetricSums()
            sums.withUnsafeBufferPointer { sums in
                for p in 0..<m { result[p] = silhouette(of: p, sums: sums.baseAddress! + p * k) }
            }
            return result
        }
        columns.withUnsafeBufferPointer { columns in
            result.withUnsafeMutableBufferPointer { buffer in
                let out = SharedMutablePointer(buffer)
                Parallel.forEachChunk(m) { _, range in
                    let sums = UnsafeMutablePointer<Double>.allocate(capacity: 2 * k)
                    let query = UnsafeMutablePointer<SIMD4<Double>>.allocate(capacity: 2 * d)
                    defer {
                        sums.deallocate()
                        query.deallocate()
                    }
                    var p = range.lowerBound
                    while p < range.upperBound {
                        let q = min(p + 1, range.upperBound - 1)
                        broadcast(columns.baseAddress!, p, q, into: query)
                        for c in 0..<k {
                            (sums[c], sums[k + c]) = distanceSums(
                                columns.baseAddress!, query, starts[c]..<starts[c + 1])
                        }
                        out[p] = silhouette(of: p, sums: sums)
                        if q != p { out[q] = silhouette(of: q, sums: sums + k) }
                        p += 2
                    }
                }
            }
        }
        return result
    }

    /// Writes positions `p` and `q`, each coordinate broadcast, into `query[0..<d]` and
    /// `query[d..<2d]`.
    @inline(__always)
    func broadcast(_ columns: UnsafePointer<Double>, _ p: Int, _ q: Int, into query: UnsafeMutablePointer<SIMD4<Double>>) {
        for j in 0..<d {
            query[j] = SIMD4(repeating: columns[j * m + p])
            query[d + j] = SIMD4(repeating: columns[j * m + q])
        }
    }

    /// Sums of the distances from the two query points (broadcast per coordinate in
    /// `query[0..<d]` and `query[d..<2d]`) to the points at `positions`.
    /// When `accumulating` is given, also adds each point's distance to the first query plus
    /// `secondWeight` times its distance to the second into `accumulating[point]`.
    @inline(__always)
    func distanceSums(
        _ columns: UnsafePointer<Double>, _ query: UnsafePointer<SIMD4<Double>>, _ positions: Range<Int>,
        accumulating: UnsafeMutablePointer<Double>? = nil, secondWeight: Double = 0
    ) -> (Double, Double) {
        var total0 = SIMD4<Double>()
        var total1 = SIMD4<Double>()
        var p = positions.lowerBound
        let end = positions.upperBound
        while p + 4 <= end {
            var s0 = SIMD4<Double>()
            var s1 = SIMD4<Double>()
            for j in 0..<d {
                let v = UnsafeRawPointer(columns + j * m + p).loadUnaligned(as: SIMD4<Double>.self)
                let t0 = v - query[j]
                let t1 = v - query[d + j]
                s0 += t0 * t0
                s1 += t1 * t1
            }
            let d0 = s0.squareRoot()
            let d1 = s1.squareRoot()
            total0 += d0
            total1 += d1
            if let accumulating {
                let target = UnsafeMutableRawPointer(accumulating + p)
                let sum = target.loadUnaligned(as: SIMD4<Double>.self) + (d0 + d1 * secondWeight)
                target.storeBytes(of: sum, as: SIMD4<Double>.self)
            }
            p += 4
        }
        var tail0 = 0.0
        var tail1 = 0.0
        while p < end {
            var s0 = 0.0
            var s1 = 0.0
            for j in 0..<d {
                let v = columns[j * m + p]
                let t0 = v - query[j][0]
                let t1 = v - query[d + j][0]
                s0 += t0 * t0
                s1 += t1 * t1
            }
            let d0 = s0.squareRoot()
            let d1 = s1.squareRoot()
            tail0 += d0
            tail1 += d1
            if let accumulating { accumulating[p] += d0 + d1 * secondWeight }
            p += 1
        }
        return (total0.sum() + tail0, total1.sum() + tail1)
    }

    /// Silhouette of position `p` from its per-cluster distance sums.
    func silhouette(of p: Int, sums: UnsafePointer<Double>) -> Double {
        let own = Int(clusterOf[p])
        let ownSize = starts[own + 1] - starts[own]
        guard ownSize > 1 else { return 0 }
        let a = sums[own] / Double(ownSize - 1)
        var b = Double.infinity
        for c in 0..<k where c != own {
            b = min(b, sums[c] / Double(starts[c + 1] - starts[c]))
        }
        let s = (b - a) / max(a, b)
        return s.isNaN ? 0 : s
    }
}

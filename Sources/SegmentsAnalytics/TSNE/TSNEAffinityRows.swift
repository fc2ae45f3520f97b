/// Unsafe views of a `TSNEAffinities`' CSR arrays, for the parallel loops of the optimiser.
struct TSNEAffinityRows: @unchecked Sendable {
    let start: UnsafeBufferPointer<Int>
    let columns: UnsafeBufferPointer<Int32>
    let values: UnsafeBufferPointer<Double>

    /// The attractive force `Σ_j p_ij w_ij (y_i − y_j)` on point `i` at `(x, y)`, four
    /// neighbours at a time in SIMD lanes (the lane order is fixed, so the sum is too).
    /// - Complexity: O(row length).
    @inline(__always)
    func attraction(on i: Int, x: Double, y: Double, positions p: UnsafeBufferPointer<Double>) -> (Double, Double) {
        var e = start[i]
        let end = start[i + 1]
        var ax = SIMD4<Double>(), ay = SIMD4<Double>()
        let xi = SIMD4<Double>(repeating: x), yi = SIMD4<Double>(repeating: y)
        while e + 4 <= end {
            let j0 = 2 * Int(columns[e]), j1 = 2 * Int(columns[e + 1])
            let j2 = 2 * Int(columns[e + 2]), j3 = 2 * Int(columns[e + 3])
            let dx = xi - SIMD4(p[j0], p[j1], p[j2], p[j3])
            let dy = yi - SIMD4(p[j0 + 1], p[j1 + 1], p[j2 + 1], p[j3 + 1])
            let w = SIMD4(values[e], values[e + 1], values[e + 2], values[e + 3]) / (1 + dx * dx + dy * dy)
            ax += w * dx
            ay += w * dy
            e += 4
        }
        var fx = ax.sum(), fy = ay.sum()
        while e < end {
            let j = 2 * Int(columns[e])
            let dx = x - p[j], dy = y - p[j + 1]
            let w = values[e] / (1 + dx * dx + dy * dy)
            fx += w * dx
            fy += w * dy
            e += 1
        }
        return (fx, fy)
    }
}

extension TSNEAffinities {
    /// Runs `body` with unsafe views of the rows.
    func withUnsafeRows<R>(_ body: (TSNEAffinityRows) -> R) -> R {
        rowStart.withUnsafeBufferPointer { s in
            columns.withUnsafeBufferPointer { c in
                values.withUnsafeBufferPointer { v in body(TSNEAffinityRows(start: s, columns: c, values: v)) }
            }
        }
    }
}

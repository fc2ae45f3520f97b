import Foundation

/// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations (Golub & Van
/// Loan, "Matrix Computations", §8.5), enough for the d × d covariance of a feature matrix.
enum SymmetricEigen {
    /// Eigenvalues in descending order and the matching unit eigenvectors, each with its
    /// largest-magnitude component positive (a deterministic sign).
    /// - Parameters:
    ///   - matrix: row-major `size × size` symmetric matrix.
    /// - Complexity: O(d³) per sweep, a handful of sweeps.
    static func decompose(_ matrix: [Double], size d: Int) -> (values: [Double], vectors: [[Double]]) {
        var a = matrix
        var v = [Double](repeating: 0, count: d * d)
        for i in 0..<d { v[i * d + i] = 1 }
        for _ in 0..<100 {
            var off = 0.0
            for p in 0..<d { for q in (p + 1)..<max(d, p + 1) { off += a[p * d + q] * a[p * d + q] } }
            if off < 1e-30 { break }
            for p in 0..<d {
                for q in (p + 1)..<max(d, p + 1) where a[p * d + q] != 0 {
                    let theta = (a[q * d + q] - a[p * d + p]) / (2 * a[p * d + q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot()
                    let s = t * c
                    for k in 0..<d {  // A ← A·J
                        let akp = a[k * d + p], akq = a[k * d + q]
                        a[k * d + p] = c * akp - s * akq
                        a[k * d + q] = s * akp + c * akq
                    }
                    for k in 0..<d {  // A ← Jᵀ·A
                        let apk = a[p * d + k], aqk = a[q * d + k]
                        a[p * d + k] = c * apk - s * aqk
                        a[q * d + k] = s * apk + c * aqk
                    }
                    for k in 0..<d {
                        let vkp = v[k * d + p], vkq = v[k * d + q]
                        v[k * d + p] = c * vkp - s * vkq
                        v[k * d + q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<d).sorted { a[$0 * d + $0] > a[$1 * d + $1] || (a[$0 * d + $0] == a[$1 * d + $1] && $0 < $1) }
        let values = order.map { a[$0 * d + $0] }
        let vectors = order.map { c -> [Double] in
            var column = (0..<d).map { v[$0 * d + c] }
            let largest = column.indices.max { abs(column[$0]) < abs(column[$1]) } ?? 0
            if column.indices.contains(largest) && column[largest] < 0 { column = column.map { -$0 } }
            return column
        }
        return (values, vectors)
    }
}

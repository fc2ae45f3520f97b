import SegmentsCore
import SegmentsLoading

/// One K-means restart: greedy k-means++ seeding, then Lloyd iterations with Hamerly's
/// bounds (Hamerly, SDM 2010). Each point keeps an upper bound on the distance to its centre
/// and a lower bound on the distance to any other centre; a point whose upper bound is below
/// both its lower bound and half the distance from its centre to the nearest other centre
/// cannot change cluster, so its distances are not computed.
///
/// One pass over the points per iteration loosens the bounds by the last centre shifts,
/// assigns, and sums the points per cluster (per chunk, reduced in chunk order). Owns its
/// scratch in manually allocated buffers, so the loops run without bounds checks or allocation.
final class KMeansRun {
    let x: UnsafeBufferPointer<Double>
    let n: Int
    let d: Int
    let k: Int
    let work: ChunkedWork
    var rng: SplitMix64
    /// Current centres, `k × d` row-major.
    let centers: UnsafeMutableBufferPointer<Double>
    let labels: UnsafeMutableBufferPointer<Int32>
    let upper: UnsafeMutableBufferPointer<Double>
    let lower: UnsafeMutableBufferPointer<Double>
    /// How far each centre moved in the last update.
    let shifts: UnsafeMutableBufferPointer<Double>
    /// Distances between centres, `k × k`, and half the distance to the nearest other centre.
    let gaps: UnsafeMutableBufferPointer<Double>
    let halfGap: UnsafeMutableBufferPointer<Double>
    /// Per-chunk coordinate sums (`chunks × k × d`) and sizes (`chunks × k`) of the clusters.
    let partialSums: UnsafeMutableBufferPointer<Double>
    let partialCounts: UnsafeMutableBufferPointer<Int>

    init(x: UnsafeBufferPointer<Double>, rows: Int, cols: Int, k: Int, seed: UInt64, work: ChunkedWork) {
        self.x = x
        n = rows
        d = cols
        self.k = k
        self.work = work
        rng = SplitMix64(seed: seed)
        func zeros<T: Numeric>(_ count: Int, _: T.Type) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
            buffer.initialize(repeating: 0)
            return buffer
        }
        centers = zeros(k * cols, Double.self)
        labels = zeros(rows, Int32.self)
        upper = zeros(rows, Double.self)
        lower = zeros(rows, Double.self)
        shifts = zeros(k, Double.self)
        gaps = zeros(k * k, Double.self)
        halfGap = zeros(k, Double.self)
        partialSums = zeros(work.chunkCount(rows) * k * cols, Double.self)
        partialCounts = zeros(work.chunkCount(rows) * k, Int.self)
    }

    deinit {
        for buffer in [centers, upper, lower, shifts, gaps, halfGap, partialSums] { buffer.deallocate() }
        labels.deallocate()
        partialCounts.deallocate()
    }

    /// Seeds, iterates until convergence or `maxIterations`, and returns the result.
    func fit(maxIterations: Int, tolerance: Double, restart: Int) -> KMeansResult {
        seedCenters()
        return iterate(maxIterations: maxIterations, tolerance: tolerance, restart: restart)
    }

    /// Lloyd's iterations from the current centres until no label changes, the centres move
    /// less than `tolerance` in all, or `maxIterations`; the result.
    func iterate(maxIterations: Int, tolerance: Double, restart: Int) -> KMeansResult {
        var iterations = 0
        var strict = false
        while iterations < maxIterations {
            let changed = assign(full: iterations == 0)
            let shiftTotal = updateCenters()
            iterations += 1
            if changed == 0 {
                strict = true
                break
            }
            if shiftTotal <= tolerance { break }
        }
        if !strict { _ = assign(full: false) }
        return KMeansResult(
            labels: labels.map { Int($0) },
            centers: Matrix(rows: k, cols: d, values: Array(centers)),
            inertia: inertia(), iterations: iterations, restart: restart)
    }

    /// Squared distance between point `i` and the `d` values at `c`.
    @inline(__always)
    func squaredDistance(_ i: Int, _ c: UnsafePointer<Double>) -> Double {
        let p = x.baseAddress! + i * d
        var s = 0.0
        for j in 0..<d {
            let diff = p[j] - c[j]
            s += diff * diff
        }
        return s
    }

    @inline(__always)
    func center(_ c: Int) -> UnsafePointer<Double> { UnsafePointer(centers.baseAddress! + c * d) }

    /// Sum of squared distances of the points to their centres.
    func inertia() -> Double {
        work.sum(n) { i in squaredDistance(i, center(Int(labels[i]))) }
    }
}

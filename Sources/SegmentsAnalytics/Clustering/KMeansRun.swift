import SegmentsLoading

/// One K-means restart: greedy k-means++ seeding, then Lloyd iterations with Hamerly's
/// bounds (Hamerly, SDM 2010). Each point keeps an upper bound on the distance to its centre
/// and a lower bound on the distance to any other centre; a point whose upper bound is below
/// both its lower bound and half the distance from its centre to the nearest other centre
/// cannot change cluster, so its distances are not computed.
///
/// Owns its scratch in manually allocated buffers, so the iteration loops run without bounds
/// checks or allocation.
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

    init(x: UnsafeBufferPointer<Double>, rows: Int, cols: Int, k: Int, seed: UInt64, work: ChunkedWork) {
        self.x = x
        n = rows
        d = cols
        self.k = k
        self.work = work
        rng = SplitMix64(seed: seed)
        centers = .allocate(capacity: k * cols)
        centers.initialize(repeating: 0)
        labels = .allocate(capacity: rows)
        labels.initialize(repeating: -1)
        upper = .allocate(capacity: rows)
        upper.initialize(repeating: 0)
        lower = .allocate(capacity: rows)
        lower.initialize(repeating: 0)
    }

    deinit {
        centers.deallocate()
        labels.deallocate()
        upper.deallocate()
        lower.deallocate()
    }

    /// Seeds, iterates until convergence or `maxIterations`, and returns the result.
    func fit(maxIterations: Int, tolerance: Double, restart: Int) -> KMeansResult {
        seedCenters()
        var iterations = 0
        var strict = false
        let halfGap = UnsafeMutableBufferPointer<Double>.allocate(capacity: k)
        let shifts = UnsafeMutableBufferPointer<Double>.allocate(capacity: k)
        defer {
            halfGap.deallocate()
            shifts.deallocate()
        }
        while iterations < maxIterations {
            let changed = assign(full: iterations == 0, halfGap: halfGap)
            let shiftTotal = updateCenters(shifts: shifts)
            iterations += 1
            if changed == 0 {
                strict = true
                break
            }
            if shiftTotal <= tolerance { break }
        }
        if !strict { _ = assign(full: false, halfGap: halfGap) }
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

    /// Assigns every point to its nearest centre (first index on ties), with all distances
    /// when `full`, otherwise skipping points that Hamerly's bounds prove unchanged.
    /// - Returns: the number of points whose label changed.
    func assign(full: Bool, halfGap: UnsafeMutableBufferPointer<Double>) -> Int {
        computeHalfGaps(halfGap)
        var changedPerChunk = [Int](repeating: 0, count: work.chunkCount(n))
        changedPerChunk.withUnsafeMutableBufferPointer { changedBuffer in
            let changedOut = SharedMutablePointer(changedBuffer)
            work.forEachChunk(n) { chunk, range in
                var changed = 0
                for i in range {
                    let a = Int(labels[i])
                    if !full {
                        let bound = max(halfGap[a], lower[i])
                        if upper[i] <= bound { continue }
                        upper[i] = squaredDistance(i, center(a)).squareRoot()
                        if upper[i] <= bound { continue }
                    }
                    var best = Double.infinity
                    var second = Double.infinity
                    var bestIndex = 0
                    for c in 0..<k {
                        let s = squaredDistance(i, center(c))
                        if s < best {
                            second = best
                            best = s
                            bestIndex = c
                        } else if s < second {
                            second = s
                        }
                    }
                    if bestIndex != a { changed += 1 }
                    labels[i] = Int32(bestIndex)
                    upper[i] = best.squareRoot()
                    lower[i] = second.squareRoot()
                }
                changedOut[chunk] = changed
            }
        }
        return changedPerChunk.reduce(0, +)
    }

    /// Half the distance from each centre to its nearest other centre.
    private func computeHalfGaps(_ halfGap: UnsafeMutableBufferPointer<Double>) {
        for a in 0..<k {
            var nearest = Double.infinity
            for b in 0..<k where b != a {
                var s = 0.0
                for j in 0..<d {
                    let diff = centers[a * d + j] - centers[b * d + j]
                    s += diff * diff
                }
                nearest = min(nearest, s)
            }
            halfGap[a] = 0.5 * nearest.squareRoot()
        }
    }

    /// Sum of squared distances of the points to their centres.
    func inertia() -> Double {
        work.sum(n) { i in squaredDistance(i, center(Int(labels[i]))) }
    }
}

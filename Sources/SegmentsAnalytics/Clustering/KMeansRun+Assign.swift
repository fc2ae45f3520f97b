extension KMeansRun {
    /// Assigns every point to its nearest centre (first index on ties) and sums the points
    /// per cluster. With `full` every distance is computed; otherwise the bounds are first
    /// loosened by the last centre shifts and points they prove unchanged are skipped. A
    /// point that must be searched skips every centre c with ‖c_b − c‖ ≥ 2‖x − c_b‖ for the
    /// best centre b so far (Elkan, "Using the triangle inequality to accelerate k-means",
    /// ICML 2003, lemma 1): such a centre cannot be nearer.
    /// - Returns: the number of points whose label changed.
    /// - Complexity: O(n·d + m·k·d) for m points searched.
    func assign(full: Bool) -> Int {
        computeCenterGaps()
        let (largest, top, runnerUp) = largestShifts()
        var changedPerChunk = [Int](repeating: 0, count: work.chunkCount(n))
        changedPerChunk.withUnsafeMutableBufferPointer { changedBuffer in
            let changedOut = SharedMutablePointer(changedBuffer)
            work.forEachChunk(n) { chunk, range in
                let sums = partialSums.baseAddress! + chunk * k * d
                let counts = partialCounts.baseAddress! + chunk * k
                sums.update(repeating: 0, count: k * d)
                counts.update(repeating: 0, count: k)
                var changed = 0
                for i in range {
                    let label = full ? nearest(i, from: 0) : update(i, largest: largest, top: top, runnerUp: runnerUp)
                    if label != Int(labels[i]) { changed += 1 }
                    labels[i] = Int32(label)
                    counts[label] += 1
                    let p = x.baseAddress! + i * d
                    let s = sums + label * d
                    for j in 0..<d { s[j] += p[j] }
                }
                changedOut[chunk] = changed
            }
        }
        return changedPerChunk.reduce(0, +)
    }

    /// Loosens point i's bounds by the last shifts, then keeps its label if the bounds
    /// allow, else searches from it.
    @inline(__always)
    private func update(_ i: Int, largest: Int, top: Double, runnerUp: Double) -> Int {
        let a = Int(labels[i])
        upper[i] += shifts[a]
        lower[i] -= a == largest ? runnerUp : top
        let bound = max(halfGap[a], lower[i])
        if upper[i] <= bound { return a }
        upper[i] = squaredDistance(i, center(a)).squareRoot()
        if upper[i] <= bound { return a }
        return nearest(i, from: a)
    }

    /// Nearest centre of point i, starting from centre `first`; sets its exact upper bound
    /// and a lower bound on the distance to every other centre.
    @inline(__always)
    private func nearest(_ i: Int, from first: Int) -> Int {
        var best = squaredDistance(i, center(first))
        var bestIndex = first
        var bestDistance = best.squareRoot()
        var second = Double.infinity
        var skippedBound = Double.infinity
        for c in 0..<k where c != first {
            let gap = gaps[bestIndex * k + c]
            if gap >= 2 * bestDistance {
                skippedBound = min(skippedBound, gap - bestDistance)
                continue
            }
            let s = squaredDistance(i, center(c))
            if s < best || (s == best && c < bestIndex) {
                second = best
                best = s
                bestIndex = c
                bestDistance = s.squareRoot()
            } else if s < second {
                second = s
            }
        }
        upper[i] = bestDistance
        lower[i] = min(second.squareRoot(), skippedBound)
        return bestIndex
    }

    /// The centre that moved most, its shift and the largest shift of the others.
    private func largestShifts() -> (index: Int, top: Double, runnerUp: Double) {
        var largest = 0
        for c in 1..<max(k, 1) where shifts[c] > shifts[largest] { largest = c }
        var runnerUp = 0.0
        for c in 0..<k where c != largest { runnerUp = max(runnerUp, shifts[c]) }
        return (largest, shifts[largest], runnerUp)
    }

    /// Distances between centres and, for each, half the distance to the nearest other.
    private func computeCenterGaps() {
        for a in 0..<k {
            var nearest = Double.infinity
            for b in 0..<k {
                var s = 0.0
                for j in 0..<d {
                    let diff = centers[a * d + j] - centers[b * d + j]
                    s += diff * diff
                }
                gaps[a * k + b] = s.squareRoot()
                if b != a { nearest = min(nearest, gaps[a * k + b]) }
            }
            halfGap[a] = 0.5 * nearest
        }
    }
}

import Foundation

extension KMeansRun {
    /// Greedy k-means++ (Arthur & Vassilvitskii 2007, as scikit-learn's `_kmeans_plusplus`):
    /// the first centre is a uniformly drawn point; each next one is the best, by resulting
    /// potential, of 2 + ⌊ln k⌋ points drawn with probability proportional to their squared
    /// distance to the nearest centre chosen so far.
    /// - Complexity: O(n·k·d·(2 + ln k)); O(n·(2 + ln k)) scratch.
    func seedCenters() {
        let trials = 2 + Int(log(Double(k)))
        var closest = [Double](repeating: 0, count: n)
        var cumulative = [Double](repeating: 0, count: n)
        var trialDistances = [Double](repeating: 0, count: trials * n)
        let first = min(Int(rng.nextUnit() * Double(n)), n - 1)
        copyPoint(first, toCenter: 0)
        closest.withUnsafeMutableBufferPointer { closest in
            let out = SharedMutablePointer(closest)
            work.forEachChunk(n) { _, range in
                for i in range { out[i] = squaredDistance(i, center(0)) }
            }
        }
        var potential = work.sum(n) { closest[$0] }
        for c in 1..<k {
            var running = 0.0
            for i in 0..<n {
                running += closest[i]
                cumulative[i] = running
            }
            let candidates = (0..<trials).map { _ in
                min(firstIndex(notBelow: rng.nextUnit() * potential, in: cumulative), n - 1)
            }
            let potentials = candidatePotentials(candidates, closest: closest, into: &trialDistances)
            var best = 0
            for t in 1..<trials where potentials[t] < potentials[best] { best = t }
            potential = potentials[best]
            for i in 0..<n { closest[i] = trialDistances[best * n + i] }
            copyPoint(candidates[best], toCenter: c)
        }
    }

    /// For each candidate, the squared distance of every point to its nearest centre once
    /// the candidate is added (written into `distances`, one row per candidate) and their sum.
    private func candidatePotentials(
        _ candidates: [Int], closest: [Double], into distances: inout [Double]
    ) -> [Double] {
        let trials = candidates.count
        let parts = work.chunkCount(n)
        var partials = [Double](repeating: 0, count: parts * trials)
        distances.withUnsafeMutableBufferPointer { distanceBuffer in
            partials.withUnsafeMutableBufferPointer { partialBuffer in
                let out = SharedMutablePointer(distanceBuffer)
                let sums = SharedMutablePointer(partialBuffer)
                work.forEachChunk(n) { chunk, range in
                    for (t, candidate) in candidates.enumerated() {
                        let c = x.baseAddress! + candidate * d
                        var s = 0.0
                        for i in range {
                            let v = min(closest[i], squaredDistance(i, c))
                            out[t * n + i] = v
                            s += v
                        }
                        sums[chunk * trials + t] = s
                    }
                }
            }
        }
        return (0..<trials).map { t in (0..<parts).reduce(0.0) { $0 + partials[$1 * trials + t] } }
    }

    /// First index whose cumulative value is at least `value` (NumPy's `searchsorted`,
    /// side "left").
    private func firstIndex(notBelow value: Double, in cumulative: [Double]) -> Int {
        var lo = 0
        var hi = cumulative.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func copyPoint(_ i: Int, toCenter c: Int) {
        for j in 0..<d { centers[c * d + j] = x[i * d + j] }
    }
}

extension KMeansRun {
    /// Moves every centre to the mean of its points (empty clusters relocated as
    /// scikit-learn does), writes the shift of each centre into `shifts` and loosens the
    /// bounds by those shifts.
    /// - Returns: the sum of squared centre shifts.
    /// - Complexity: O(n·d) plus O(n log n) when a cluster is empty.
    func updateCenters(shifts: UnsafeMutableBufferPointer<Double>) -> Double {
        var (sums, counts) = clusterSums()
        if counts.contains(0) { relocateEmptyClusters(sums: &sums, counts: &counts) }
        var shiftTotal = 0.0
        for c in 0..<k {
            let scale = counts[c] > 0 ? 1 / Double(counts[c]) : 1
            var s = 0.0
            for j in 0..<d {
                let updated = sums[c * d + j] * scale
                let diff = updated - centers[c * d + j]
                s += diff * diff
                centers[c * d + j] = updated
            }
            shifts[c] = s.squareRoot()
            shiftTotal += s
        }
        loosenBounds(shifts: shifts)
        return shiftTotal
    }

    /// Per-cluster coordinate sums and sizes, summed per chunk and reduced in chunk order.
    private func clusterSums() -> (sums: [Double], counts: [Int]) {
        let parts = work.chunkCount(n)
        var partialSums = [Double](repeating: 0, count: parts * k * d)
        var partialCounts = [Int](repeating: 0, count: parts * k)
        partialSums.withUnsafeMutableBufferPointer { sumBuffer in
            partialCounts.withUnsafeMutableBufferPointer { countBuffer in
                let sumOut = SharedMutablePointer(sumBuffer)
                let countOut = SharedMutablePointer(countBuffer)
                work.forEachChunk(n) { chunk, range in
                    let s = sumOut.base! + chunk * k * d
                    let c = countOut.base! + chunk * k
                    for i in range {
                        let label = Int(labels[i])
                        c[label] += 1
                        let p = x.baseAddress! + i * d
                        for j in 0..<d { s[label * d + j] += p[j] }
                    }
                }
            }
        }
        var sums = [Double](repeating: 0, count: k * d)
        var counts = [Int](repeating: 0, count: k)
        for chunk in 0..<parts {
            for t in 0..<(k * d) { sums[t] += partialSums[chunk * k * d + t] }
            for c in 0..<k { counts[c] += partialCounts[chunk * k + c] }
        }
        return (sums, counts)
    }

    /// Gives each empty cluster one of the points farthest from their current centre,
    /// taking it out of its cluster's sum (scikit-learn's `_relocate_empty_clusters_dense`;
    /// labels are left as they are and fixed by the next assignment).
    private func relocateEmptyClusters(sums: inout [Double], counts: inout [Int]) {
        let empty = (0..<k).filter { counts[$0] == 0 }
        let distances = (0..<n).map { squaredDistance($0, center(Int(labels[$0]))) }
        let farthest = (0..<n).sorted { distances[$0] > distances[$1] || (distances[$0] == distances[$1] && $0 < $1) }
        for (cluster, point) in zip(empty, farthest) {
            let donor = Int(labels[point])
            for j in 0..<d {
                let v = x[point * d + j]
                sums[donor * d + j] -= v
                sums[cluster * d + j] = v
            }
            counts[donor] -= 1
            counts[cluster] = 1
        }
    }

    /// After centres moved by `shifts`, keeps the bounds valid: the distance to the own
    /// centre grows by at most its shift, the distance to any other by at most the largest
    /// other shift.
    private func loosenBounds(shifts: UnsafeMutableBufferPointer<Double>) {
        var largest = 0
        for c in 1..<max(k, 1) where shifts[c] > shifts[largest] { largest = c }
        var secondLargest = 0.0
        for c in 0..<k where c != largest { secondLargest = max(secondLargest, shifts[c]) }
        let top = shifts[largest]
        work.forEachChunk(n) { _, range in
            for i in range {
                let a = Int(labels[i])
                upper[i] += shifts[a]
                lower[i] -= a == largest ? secondLargest : top
            }
        }
    }
}

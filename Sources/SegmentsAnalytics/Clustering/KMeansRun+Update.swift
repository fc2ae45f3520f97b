extension KMeansRun {
    /// Moves every centre to the mean of its points, from the sums of the last assignment
    /// (empty clusters relocated as scikit-learn does), and records each centre's shift.
    /// - Returns: the sum of squared centre shifts.
    /// - Complexity: O(chunks·k·d), plus O(n·d + n log n) when a cluster is empty.
    func updateCenters() -> Double {
        var sums = [Double](repeating: 0, count: k * d)
        var counts = [Int](repeating: 0, count: k)
        for chunk in 0..<work.chunkCount(n) {
            for t in 0..<(k * d) { sums[t] += partialSums[chunk * k * d + t] }
            for c in 0..<k { counts[c] += partialCounts[chunk * k + c] }
        }
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
        return shiftTotal
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
}

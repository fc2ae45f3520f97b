extension Linkage {
    /// Flat clusters from cutting the tree so that at most `clusterCount` remain, as SciPy's
    /// `fcluster(Z, clusterCount, criterion="maxclust")`: the cut is at the smallest merge
    /// height that leaves at most `clusterCount` clusters, so tied heights can leave fewer.
    ///
    /// Labels are SciPy's minus one: `0..<c`, numbered in the order SciPy's depth-first walk
    /// from the root (left, i.e. smaller, child first) meets the clusters; with
    /// `clusterCount ≥ n` every observation is its own cluster, numbered by row.
    /// - Parameter clusterCount: the largest number of clusters wanted, at least 1.
    /// - Returns: one label per observation.
    /// - Complexity: O(n log n).
    public func labels(clusterCount: Int) -> [Int] {
        precondition(clusterCount >= 1, "clusterCount must be at least 1")
        let n = observationCount
        guard clusterCount < n else { return Array(0..<n) }
        // Largest height in each merge's subtree (SciPy's `maxdists`).
        var subtreeMax = [Double](repeating: 0, count: merges.count)
        for (i, merge) in merges.enumerated() {
            var h = merge.height
            if merge.left >= n { h = max(h, subtreeMax[merge.left - n]) }
            if merge.right >= n { h = max(h, subtreeMax[merge.right - n]) }
            subtreeMax[i] = h
        }
        // Cutting at t keeps n − #{merges with subtreeMax ≤ t} clusters.
        let sorted = subtreeMax.sorted()
        let cut = sorted[n - 1 - clusterCount]
        return numberClusters(subtreeMax: subtreeMax, cut: cut)
    }

    /// SciPy's `cluster_monocrit` walk: a merge whose subtree maximum is at most `cut`, met
    /// while no enclosing cluster is open, opens a new cluster; an observation met outside
    /// any open cluster is a cluster of its own. Observations are labelled when their parent
    /// merge is left, after its non-leaf children.
    private func numberClusters(subtreeMax: [Double], cut: Double) -> [Int] {
        let n = observationCount
        var labels = [Int](repeating: 0, count: n)
        var visited = [Bool](repeating: false, count: 2 * n - 1)
        var stack = [2 * n - 2]
        var clusters = 0
        var leader = -1
        while let top = stack.last {
            let node = top - n
            let merge = merges[node]
            if leader == -1 && subtreeMax[node] <= cut {
                leader = node
                clusters += 1
            }
            if merge.left >= n && !visited[merge.left] {
                visited[merge.left] = true
                stack.append(merge.left)
                continue
            }
            if merge.right >= n && !visited[merge.right] {
                visited[merge.right] = true
                stack.append(merge.right)
                continue
            }
            for child in [merge.left, merge.right] where child < n {
                if leader == -1 { clusters += 1 }
                labels[child] = clusters - 1
            }
            if leader == node { leader = -1 }
            stack.removeLast()
        }
        return labels
    }
}

/// Labels mapped to dense codes `0..<clusterCount` (in ascending label order, as
/// scikit-learn's `LabelEncoder`), with the included rows sorted by cluster so that each
/// cluster is one contiguous range.
struct EncodedLabels {
    /// Included rows, sorted by cluster, ascending row within a cluster.
    let rows: [Int]
    /// `starts[c]..<starts[c + 1]` is cluster `c`'s range in `rows`.
    let starts: [Int]
    /// The original label of each cluster code.
    let labels: [Int]

    var clusterCount: Int { labels.count }
    var includedCount: Int { rows.count }
    func size(_ c: Int) -> Int { starts[c + 1] - starts[c] }

    /// Encodes `labels` (one per row), leaving out `-1` when `noise` is `.exclude`.
    /// - Complexity: O(n + k log k).
    init(_ labels: [Int], noise: NoiseHandling) {
        let included = labels.indices.filter { noise == .asCluster || labels[$0] != -1 }
        let distinct = Set(included.map { labels[$0] }).sorted()
        var code = [Int: Int](minimumCapacity: distinct.count)
        for (c, label) in distinct.enumerated() { code[label] = c }
        var starts = [Int](repeating: 0, count: distinct.count + 1)
        for row in included { starts[code[labels[row]]! + 1] += 1 }
        for c in 0..<distinct.count { starts[c + 1] += starts[c] }
        var next = starts
        var rows = [Int](repeating: 0, count: included.count)
        for row in included {
            let c = code[labels[row]]!
            rows[next[c]] = row
            next[c] += 1
        }
        self.rows = rows
        self.starts = starts
        self.labels = distinct
    }

    /// Throws unless there are 2 to n − 1 clusters among the n included rows.
    func checkClusterCount() throws(ClusteringError) {
        guard clusterCount >= 2, clusterCount <= includedCount - 1 else {
            throw .invalidClusterCount(clusters: clusterCount, rows: includedCount)
        }
    }

    /// Per-cluster centroids, `k × d` row-major.
    func centroids(of data: Matrix) -> [Double] {
        let d = data.cols
        var centroids = [Double](repeating: 0, count: clusterCount * d)
        for c in 0..<clusterCount {
            for row in rows[starts[c]..<starts[c + 1]] {
                for j in 0..<d { centroids[c * d + j] += data.values[row * d + j] }
            }
            for j in 0..<d { centroids[c * d + j] /= Double(size(c)) }
        }
        return centroids
    }
}

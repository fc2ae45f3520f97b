/// Lloyd iterations from given centres on every row: each row to its nearest centre, each
/// centre to the mean of its rows, until no label changes (or `maxIterations`). A centre
/// that loses all its rows keeps its place. The result is a fixed point of the
/// nearest-centroid rule, so it no longer depends on which rows seeded the centres, only
/// on which basin they fell in.
///
/// The drift analysis uses it for Ward fitted on a sample: the sampled cut gives the centres,
/// the refinement makes them those of all buyers (BENCHMARKS.md, drift: without it two
/// sampled refits of the same data agree at ARI 0.70–0.95).
struct CentroidRefinement: Sendable {
    let centers: Matrix
    let labels: [Int]
    /// Sum of squared distances of the rows to their centre (Ward's criterion).
    let inertia: Double
    let iterations: Int

    /// Refines `start` (`k × d`) on the rows of `data` (`n × d`).
    /// - Complexity: O(iterations · n·k·d); the assignments on both cores.
    init(_ data: Matrix, start: Matrix, maxIterations: Int = 100) {
        var centers = start
        var labels = KMeansResult.nearest(data, centers: centers)
        var iterations = 0
        while iterations < maxIterations {
            iterations += 1
            centers = Self.means(data, labels: labels, previous: centers)
            let next = KMeansResult.nearest(data, centers: centers)
            if next == labels { break }
            labels = next
        }
        self.centers = centers
        self.labels = labels
        inertia = Self.inertia(data, labels: labels, centers: centers)
        self.iterations = iterations
    }

    /// Mean of each label's rows; a label without rows keeps its previous centre.
    static func means(_ data: Matrix, labels: [Int], previous: Matrix) -> Matrix {
        let k = previous.rows
        let d = data.cols
        var sums = [Double](repeating: 0, count: k * d)
        var counts = [Int](repeating: 0, count: k)
        data.values.withUnsafeBufferPointer { x in
            for (row, label) in labels.enumerated() {
                counts[label] += 1
                for j in 0..<d { sums[label * d + j] += x[row * d + j] }
            }
        }
        for c in 0..<k {
            for j in 0..<d {
                sums[c * d + j] = counts[c] > 0 ? sums[c * d + j] / Double(counts[c]) : previous.values[c * d + j]
            }
        }
        return Matrix(rows: k, cols: d, values: sums)
    }

    /// Within-cluster sum of squares.
    static func inertia(_ data: Matrix, labels: [Int], centers: Matrix) -> Double {
        let d = data.cols
        var total = 0.0
        data.values.withUnsafeBufferPointer { x in
            centers.values.withUnsafeBufferPointer { c in
                for (row, label) in labels.enumerated() {
                    for j in 0..<d {
                        let diff = x[row * d + j] - c[label * d + j]
                        total += diff * diff
                    }
                }
            }
        }
        return total
    }
}

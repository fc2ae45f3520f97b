/// Every row's distance sum to every cell of a refinement (one symmetric pass over the
/// pairs), and the silhouettes of the labelings the refinement refines.
struct CellSums {
    let encoded: EncodedLabels
    /// `rows × cells`, in `encoded.rows` order: `sums[p * cells + c]`.
    let sums: [Double]
    let cells: Int

    /// Runs the pass.
    /// - Complexity: O(n²·d / 2) time on both cores, O(n · cells) memory.
    init(_ data: Matrix, cells refinement: CellRefinement) {
        encoded = EncodedLabels(refinement.cell, noise: .asCluster)
        cells = encoded.clusterCount
        sums = SilhouetteKernel(data: data, encoded: encoded).symmetricSums()
    }

    /// The silhouette of each labeling (each constant on every cell), noise left out.
    /// - Complexity: O(n · cells) per labeling, on both cores.
    func silhouettes(_ labelings: [[Int]]) -> [SilhouetteResult?] {
        labelings.map(silhouette)
    }

    private func silhouette(_ labels: [Int]) -> SilhouetteResult? {
        let m = encoded.includedCount
        // Cluster code of each cell (−1 for noise) and cluster sizes.
        let distinct = Set(labels.filter { $0 != -1 }).sorted()
        var code: [Int: Int] = [:]
        for (c, label) in distinct.enumerated() { code[label] = c }
        let k = distinct.count
        var cellCluster = [Int](repeating: -1, count: cells)
        var sizes = [Int](repeating: 0, count: k)
        for cell in 0..<cells {
            let label = labels[encoded.rows[encoded.starts[cell]]]
            guard label != -1 else { continue }
            cellCluster[cell] = code[label]!
            sizes[cellCluster[cell]] += encoded.size(cell)
        }
        let included = sizes.reduce(0, +)
        guard k >= 2, k <= included - 1 else { return nil }
        var values = [Double](repeating: .nan, count: m)
        sums.withUnsafeBufferPointer { sums in
            values.withUnsafeMutableBufferPointer { buffer in
                let out = SharedMutablePointer(buffer)
                Parallel.forEachChunk(m) { _, range in
                    var perCluster = [Double](repeating: 0, count: k)
                    for p in range {
                        let row = encoded.rows[p]
                        let own = labels[row] == -1 ? -1 : code[labels[row]]!
                        guard own >= 0 else { continue }
                        for c in 0..<k { perCluster[c] = 0 }
                        let base = sums.baseAddress! + p * cells
                        for cell in 0..<cells where cellCluster[cell] >= 0 {
                            perCluster[cellCluster[cell]] += base[cell]
                        }
                        out[row] = Self.silhouette(own: own, sums: perCluster, sizes: sizes)
                    }
                }
            }
        }
        var total = 0.0
        for value in values where !value.isNaN { total += value }
        return SilhouetteResult(mean: total / Double(included), values: values, scoredCount: included)
    }

    /// s = (b − a) / max(a, b) from per-cluster distance sums; 0 in a singleton cluster.
    static func silhouette(own: Int, sums: [Double], sizes: [Int]) -> Double {
        guard sizes[own] > 1 else { return 0 }
        let a = sums[own] / Double(sizes[own] - 1)
        var b = Double.infinity
        for c in sizes.indices where c != own {
            b = min(b, sums[c] / Double(sizes[c]))
        }
        let s = (b - a) / max(a, b)
        return s.isNaN ? 0 : s
    }
}

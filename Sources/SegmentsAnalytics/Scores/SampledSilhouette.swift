import SegmentsCore

/// Silhouettes of many labelings estimated on a seeded uniform sample of rows, for matrices
/// too large for the exact O(n²) pass (`ScaleLimits`).
///
/// Each sampled row gets its exact silhouette: its distance sums to every cell of the
/// labelings' common refinement (as `SilhouetteBatch`) over **all** rows, O(sample · n · d)
/// per pass instead of O(n² · d). A labeling's score is the mean over its sampled non-noise
/// rows, an unbiased estimate of the exact score, with its 95 % interval
/// (`SilhouetteInterval`). Rows outside the sample get NaN. The sample depends only on the
/// row count, its size and the seed, so every labeling of a matrix is scored on the same rows.
public struct SampledSilhouette: Sendable {
    /// Rows sampled (all rows when the matrix has no more).
    public var sampleSize: Int
    /// Seed of the sample.
    public var seed: UInt64
    /// Largest size of one pass's distance sums (sample rows × cells × 8 bytes); a pass over
    /// a finer refinement is split into chunks of the sample.
    public var maxBytes: Int

    public init(sampleSize: Int, seed: UInt64, maxBytes: Int = 512 << 20) {
        self.sampleSize = sampleSize
        self.seed = seed
        self.maxBytes = maxBytes
    }

    /// The sampled rows, ascending: a partial Fisher–Yates shuffle driven by `SplitMix64`.
    /// - Complexity: O(n) time and memory.
    public static func sampleRows(rows: Int, size: Int, seed: UInt64) -> [Int] {
        guard rows > size else { return Array(0..<rows) }
        var generator = SplitMix64(seed: seed ^ 0x51_1B0E_77E5)
        var indices = Array(0..<rows)
        for i in 0..<size {
            let j = i + Int(generator.next() % UInt64(rows - i))
            indices.swapAt(i, j)
        }
        return indices[0..<size].sorted()
    }

    /// The estimated silhouette of every labeling, noise (−1) left out.
    /// - Parameters:
    ///   - data: one observation per row, finite.
    ///   - labelings: labels per row, one array per labeling.
    ///   - passDone: called after each pass with the number of labelings scored so far.
    /// - Returns: per labeling its estimated mean, the sampled rows' values (NaN elsewhere)
    ///   and the interval; `nil` when it has fewer than 2 or more than n − 1 clusters.
    /// - Throws: `ClusteringError` for a labeling whose length is not the row count or a
    ///   non-finite value.
    /// - Complexity: O(passes · sample · n · d) time on both cores, O(n · d + sample · cells)
    ///   memory per pass.
    public func silhouettes(
        _ data: Matrix, labelings: [[Int]], passDone: (Int) -> Void = { _ in }
    ) throws(ClusteringError) -> [SilhouetteResult?] {
        try SilhouetteBatch.checkInputs(data, labelings: labelings)
        let sample = Self.sampleRows(rows: data.rows, size: sampleSize, seed: seed)
        let cap = max(64, maxBytes / (8 * max(sample.count, 1)))
        var results = [SilhouetteResult?](repeating: nil, count: labelings.count)
        var done = 0
        for pass in SilhouetteBatch(maxCells: cap).passes(labelings, rows: data.rows) {
            var cells = CellRefinement(rows: data.rows)
            for index in pass { cells.refine(by: labelings[index]) }
            let scored = SampledPass(data, cells: cells, sample: sample, maxBytes: maxBytes).silhouettes(pass.map { labelings[$0] })
            for (index, result) in zip(pass, scored) { results[index] = result }
            done += pass.count
            passDone(done)
        }
        return results
    }
}

/// One pass of `SampledSilhouette`: the sampled rows' distance sums to the cells of a
/// refinement, in chunks of the sample that fit in `maxBytes`, and the labelings scored
/// from them.
private struct SampledPass {
    let encoded: EncodedLabels
    let kernel: SilhouetteKernel
    let sample: [Int]
    /// Position of each sampled row in the kernel's cell order.
    let positions: [Int]
    let chunk: Int
    let rows: Int

    init(_ data: Matrix, cells refinement: CellRefinement, sample: [Int], maxBytes: Int) {
        encoded = EncodedLabels(refinement.cell, noise: .asCluster)
        kernel = SilhouetteKernel(data: data, encoded: encoded)
        var position = [Int](repeating: 0, count: data.rows)
        for (p, row) in encoded.rows.enumerated() { position[row] = p }
        self.sample = sample
        positions = sample.map { position[$0] }
        chunk = max(32, min(sample.count, maxBytes / (8 * max(encoded.clusterCount, 1))))
        rows = data.rows
    }

    func silhouettes(_ labelings: [[Int]]) -> [SilhouetteResult?] {
        let cells = encoded.clusterCount
        // Per labeling: the cluster code of each cell (−1 noise) and the cluster sizes.
        var codes: [[Int]] = []
        var sizes: [[Int]] = []
        for labels in labelings {
            let distinct = Set(labels.filter { $0 != -1 }).sorted()
            var code: [Int: Int] = [:]
            for (c, label) in distinct.enumerated() { code[label] = c }
            var cellCluster = [Int](repeating: -1, count: cells)
            var size = [Int](repeating: 0, count: distinct.count)
            for cell in 0..<cells {
                let label = labels[encoded.rows[encoded.starts[cell]]]
                guard label != -1 else { continue }
                cellCluster[cell] = code[label]!
                size[cellCluster[cell]] += encoded.size(cell)
            }
            codes.append(cellCluster)
            sizes.append(size)
        }
        var values = [[Double]](repeating: [Double](repeating: .nan, count: sample.count), count: labelings.count)
        var start = 0
        while start < sample.count {
            let end = min(start + chunk, sample.count)
            let sums = kernel.sampledSums(queries: Array(positions[start..<end]))
            for l in labelings.indices {
                let k = sizes[l].count
                let included = sizes[l].reduce(0, +)
                guard k >= 2, k <= included - 1 else { continue }
                var perCluster = [Double](repeating: 0, count: k)
                for q in start..<end {
                    let own = codes[l][kernel.clusterOf[positions[q]].asInt]
                    guard own >= 0 else { continue }
                    for c in 0..<k { perCluster[c] = 0 }
                    let base = (q - start) * cells
                    for cell in 0..<cells where codes[l][cell] >= 0 {
                        perCluster[codes[l][cell]] += sums[base + cell]
                    }
                    values[l][q] = CellSums.silhouette(own: own, sums: perCluster, sizes: sizes[l])
                }
            }
            start = end
        }
        return labelings.indices.map { l in
            let k = sizes[l].count
            let included = sizes[l].reduce(0, +)
            guard k >= 2, k <= included - 1 else { return nil }
            var total = 0.0
            var scored = 0
            var full = [Double](repeating: .nan, count: rows)
            for (q, row) in sample.enumerated() where !values[l][q].isNaN {
                total += values[l][q]
                scored += 1
                full[row] = values[l][q]
            }
            guard scored > 0 else { return nil }
            let mean = total / Double(scored)
            var result = SilhouetteResult(mean: mean, values: full, scoredCount: scored)
            result.interval = SilhouetteInterval(mean: mean, values: values[l], populationSize: included)
            return result
        }
    }
}

extension Int32 {
    fileprivate var asInt: Int { Int(self) }
}

/// Exact silhouettes of many labelings of one matrix from as few O(n²) passes as memory
/// allows.
///
/// The labelings' common refinement splits the rows into cells (rows with the same label in
/// every labeling). One symmetric pass over the pairs (`SilhouetteKernel.symmetricSums`, each
/// distance computed once and added to both rows, fixed work split over the cores) gives every
/// row's distance sum to every cell; a labeling's per-cluster sums are then sums over its
/// cells, so each labeling costs O(n·cells) instead of O(n²·d). Labelings are grouped
/// greedily, in the order given, while their refinement has at most `maxCells` cells
/// (Ward's cuts are nested and DBSCAN's mostly so, and they add few cells); a labeling that
/// alone exceeds it is scored by `ClusterScores.silhouette`, row by row.
///
/// Rows labelled −1 are noise: left out of that labeling's score, as
/// `ClusterScores.silhouette(_:labels:noise: .exclude)`.
public struct SilhouetteBatch: Sendable {
    /// Largest number of cells per pass; the pass holds `rows × cells` doubles.
    public var maxCells: Int

    /// Creates a batch scorer.
    /// - Parameter maxCells: cells per pass, at least 2; by default as many as fit in
    ///   512 MiB of sums for the matrix at hand (`maxCells(rows:)`; 706 cells for 95,000
    ///   rows, so the search's 21 labelings of a feature set need fewer O(n²) passes).
    public init(maxCells: Int? = nil) {
        self.maxCells = maxCells ?? 0
    }

    /// Cells per pass that fit in `bytes` of distance sums for `rows` rows (at least 64).
    public static func maxCells(rows: Int, bytes: Int = 512 << 20) -> Int {
        max(64, bytes / (8 * max(rows, 1)))
    }

    /// The passes `labelings` are grouped into: indices of the labelings of each pass.
    /// - Complexity: O(n · labelings) expected time.
    public func passes(_ labelings: [[Int]], rows: Int) -> [[Int]] {
        let cap = maxCells > 0 ? maxCells : Self.maxCells(rows: rows)
        var passes: [[Int]] = []
        var current: [Int] = []
        var cells = CellRefinement(rows: rows)
        for (index, labels) in labelings.enumerated() {
            var trial = cells
            trial.refine(by: labels)
            if trial.count <= cap || current.isEmpty {
                current.append(index)
                cells = trial
            } else {
                passes.append(current)
                current = [index]
                cells = CellRefinement(rows: rows)
                cells.refine(by: labels)
            }
        }
        if !current.isEmpty { passes.append(current) }
        return passes
    }

    /// Checks that every labeling has one label per row and the data is finite.
    /// - Throws: `ClusteringError.labelCountMismatch` or the non-finite value's error.
    static func checkInputs(_ data: Matrix, labelings: [[Int]]) throws(ClusteringError) {
        for labels in labelings where labels.count != data.rows {
            throw .labelCountMismatch(labels: labels.count, rows: data.rows)
        }
        try data.checkFinite()
    }

    /// The silhouette of every labeling, noise (−1) left out.
    /// - Parameters:
    ///   - data: one observation per row, finite.
    ///   - labelings: labels per row, one array per labeling.
    ///   - passDone: called after each pass with the number of labelings scored so far.
    /// - Returns: per labeling its mean and per-row values (`nil` when it has fewer than 2 or
    ///   more than n − 1 clusters among its non-noise rows, where the score is undefined).
    /// - Throws: `ClusteringError` for a labeling whose length is not the row count or a
    ///   non-finite value.
    /// - Complexity: O(passes · n²·d / 2 + n · cells · labelings) time on both cores;
    ///   O(n · cells) memory per pass.
    public func silhouettes(
        _ data: Matrix, labelings: [[Int]], passDone: (Int) -> Void = { _ in }
    ) throws(ClusteringError) -> [SilhouetteResult?] {
        try Self.checkInputs(data, labelings: labelings)
        var results = [SilhouetteResult?](repeating: nil, count: labelings.count)
        var done = 0
        let cap = maxCells > 0 ? maxCells : Self.maxCells(rows: data.rows)
        for pass in passes(labelings, rows: data.rows) {
            var cells = CellRefinement(rows: data.rows)
            for index in pass { cells.refine(by: labelings[index]) }
            if cells.count > cap {
                // One labeling with too many clusters for a pass: row by row.
                for index in pass { results[index] = try? ClusterScores.silhouette(data, labels: labelings[index], noise: .exclude) }
            } else {
                let scored = CellSums(data, cells: cells).silhouettes(pass.map { labelings[$0] })
                for (index, result) in zip(pass, scored) { results[index] = result }
            }
            done += pass.count
            passDone(done)
        }
        return results
    }
}

/// The common refinement of labelings: a dense cell id per row.
struct CellRefinement {
    private(set) var cell: [Int]
    private(set) var count: Int

    init(rows: Int) {
        cell = [Int](repeating: 0, count: rows)
        count = rows > 0 ? 1 : 0
    }

    /// Splits every cell by `labels`; cells are numbered in order of first row.
    mutating func refine(by labels: [Int]) {
        var ids: [Pair: Int] = [:]
        ids.reserveCapacity(count * 2)
        for i in cell.indices {
            let key = Pair(cell: cell[i], label: labels[i])
            if let id = ids[key] {
                cell[i] = id
            } else {
                let id = ids.count
                ids[key] = id
                cell[i] = id
            }
        }
        count = ids.count
    }

    private struct Pair: Hashable {
        let cell: Int
        let label: Int
    }
}

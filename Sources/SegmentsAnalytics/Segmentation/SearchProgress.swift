import Dispatch
import Foundation

/// Tracks the model search's progress against an estimate of its total work, so that the
/// caller can show the time left. Work is counted in rough cost units (per kernel, the
/// operations it performs, weighted by seconds measured at full scale); the estimate of the
/// time left is elapsed × remaining units / units done.
struct SearchProgress {
    /// The cost of one step of the search.
    enum Work {
        case kmeans(k: Int, restarts: Int, rows: Int, cols: Int)
        case ward(rows: Int, cols: Int)
        case neighbors(k: Int, rows: Int, cols: Int)
        case dbscan(rows: Int)
        /// `labelings` of `of` scored (cumulative within the matrix).
        case silhouette(labelings: Int, of: Int, rows: Int, cols: Int)

        /// Cost units (about microseconds on the project machine).
        var units: Double {
            switch self {
            case .kmeans(let k, let restarts, let rows, let cols):
                return 0.008 * Double(restarts * rows * k * cols)
            case .ward(let rows, let cols):
                return 0.03 * Double(rows * cols) * log2(Double(max(rows, 2)))
            case .neighbors(let k, let rows, let cols):
                return 0.3 * Double(rows * k * cols)
            case .dbscan(let rows):
                return 5 * Double(rows)
            case .silhouette(let labelings, let of, let rows, let cols):
                // One pass over the pairs for the matrix, spread over its labelings.
                return 0.00025 * Double(rows) * Double(rows) * Double(cols + 4) * Double(labelings) / Double(max(of, 1))
            }
        }
    }

    let total: Double
    let start: DispatchTime
    private var done = 0.0
    private var silhouetteDone = 0.0

    init(configuration: ModelSearch.Configuration, matrices: [Matrix], start: DispatchTime) {
        var total = 0.0
        for data in matrices {
            for algorithm in configuration.algorithms {
                switch algorithm {
                case .kmeans:
                    for k in configuration.clusterCounts {
                        total += Work.kmeans(k: k, restarts: configuration.kmeansRestarts, rows: data.rows, cols: data.cols).units
                    }
                case .ward:
                    total += Work.ward(rows: configuration.scale.wardRows(data.rows), cols: data.cols).units
                case .dbscan:
                    total += Work.neighbors(k: configuration.minSamples(columns: data.cols), rows: data.rows, cols: data.cols).units
                    switch configuration.dbscanEps {
                    case .knee(let factors): total += Double(factors.count) * Work.dbscan(rows: data.rows).units
                    case .values(let values): total += Double(values.count) * Work.dbscan(rows: data.rows).units
                    }
                }
            }
            total += Work.silhouette(labelings: 1, of: 1, rows: configuration.scale.silhouetteCostRows(data.rows), cols: data.cols).units
        }
        self.total = max(total, 1)
        self.start = start
    }

    /// Records a finished step.
    /// - Returns: the progress to report.
    mutating func step(_ name: String, done work: Work) -> ModelSearch.Progress {
        if case .silhouette(let labelings, let of, _, _) = work {
            // Cumulative within a matrix: count only the new share.
            let units = work.units
            done += units - silhouetteDone
            silhouetteDone = labelings == of ? 0 : units
        } else {
            done += work.units
        }
        let elapsed = seconds(since: start)
        let fraction = min(done / total, 1)
        let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        return ModelSearch.Progress(step: name, fraction: fraction, elapsedSeconds: elapsed, secondsLeft: left)
    }
}

/// Problems with a clustering or scoring request that the caller can fix: a parameter out of
/// range, too few rows, a non-finite value, labels that do not fit the data.
public enum ClusteringError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A configuration parameter is out of range.
    case invalidParameter(name: String, value: String, expected: String)
    /// The data has fewer rows than the request needs.
    case tooFewRows(rows: Int, required: Int, reason: String)
    /// The matrix holds a NaN or an infinity.
    case nonFiniteValue(row: Int, column: Int)
    /// The label array does not have one label per matrix row.
    case labelCountMismatch(labels: Int, rows: Int)
    /// A score needs between 2 and n − 1 distinct labels (as scikit-learn checks).
    case invalidClusterCount(clusters: Int, rows: Int)

    public var description: String {
        switch self {
        case .invalidParameter(let name, let value, let expected):
            "invalid \(name) \(value): expected \(expected)"
        case .tooFewRows(let rows, let required, let reason):
            "\(rows) rows, at least \(required) needed (\(reason))"
        case .nonFiniteValue(let row, let column):
            "non-finite value at row \(row), column \(column) of the feature matrix"
        case .labelCountMismatch(let labels, let rows):
            "\(labels) labels for \(rows) rows"
        case .invalidClusterCount(let clusters, let rows):
            "\(clusters) clusters among \(rows) rows: scores need 2 to n − 1 clusters"
        }
    }
}

extension Matrix {
    /// Throws if a value is NaN or infinite, naming its row and column.
    /// - Complexity: O(rows · cols).
    func checkFinite() throws(ClusteringError) {
        guard cols > 0 else { return }
        for (index, value) in values.enumerated() where !value.isFinite {
            throw .nonFiniteValue(row: index / cols, column: index % cols)
        }
    }
}

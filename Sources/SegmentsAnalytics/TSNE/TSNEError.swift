/// Why a t-SNE fit could not run.
public enum TSNEError: Error, Equatable, CustomStringConvertible {
    /// An input value is NaN or infinite.
    case nonFiniteValue(row: Int, column: Int)
    /// A configuration value is out of its range.
    case invalidConfiguration(parameter: String, value: Double, expected: String)

    public var description: String {
        switch self {
        case let .nonFiniteValue(row, column):
            "t-SNE input row \(row + 1), column \(column + 1): expected a finite number"
        case let .invalidConfiguration(parameter, value, expected):
            "t-SNE \(parameter) = \(value): expected \(expected)"
        }
    }
}

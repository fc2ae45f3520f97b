/// A dense matrix of doubles stored row-major in one flat array: element (i, j) is
/// `values[i * cols + j]`. The storage every analytics kernel works on.
public struct Matrix: Sendable, Equatable {
    /// Number of rows (observations).
    public let rows: Int
    /// Number of columns (features).
    public let cols: Int
    /// Row-major storage, `rows * cols` values.
    public var values: [Double]

    /// Wraps row-major `values`.
    /// - Precondition: `values.count == rows * cols`.
    public init(rows: Int, cols: Int, values: [Double]) {
        precondition(rows >= 0 && cols >= 0 && values.count == rows * cols, "matrix shape mismatch")
        self.rows = rows
        self.cols = cols
        self.values = values
    }

    /// A matrix of zeros.
    public init(rows: Int, cols: Int) {
        self.init(rows: rows, cols: cols, values: [Double](repeating: 0, count: rows * cols))
    }

    /// Element at row `i`, column `j`.
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get { values[i * cols + j] }
        set { values[i * cols + j] = newValue }
    }

    /// A copy of row `i`.
    public func row(_ i: Int) -> [Double] {
        Array(values[(i * cols)..<((i + 1) * cols)])
    }
}

extension Matrix {
    /// The matrix of the given rows, in the order given.
    /// - Complexity: O(rows · cols).
    public func selecting(rows selected: [Int]) -> Matrix {
        var picked = [Double]()
        picked.reserveCapacity(selected.count * cols)
        for row in selected { picked.append(contentsOf: values[(row * cols)..<((row + 1) * cols)]) }
        return Matrix(rows: selected.count, cols: cols, values: picked)
    }
}

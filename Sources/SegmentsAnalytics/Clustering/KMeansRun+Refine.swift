extension KMeansRun {
    /// Lloyd's iterations (with the same bounds as `fit`) from the given centres instead of
    /// k-means++ seeding: the refinement step of `SampledKMeans`.
    /// - Parameter initial: `k × d` starting centres.
    /// - Complexity: O(iterations · n · k · d), usually far less thanks to the bounds.
    func refine(from initial: Matrix, maxIterations: Int, tolerance: Double, restart: Int) -> KMeansResult {
        precondition(initial.rows == k && initial.cols == d, "refine: \(initial.rows)×\(initial.cols) centres for k = \(k), d = \(d)")
        for i in 0..<(k * d) { centers[i] = initial.values[i] }
        return iterate(maxIterations: maxIterations, tolerance: tolerance, restart: restart)
    }
}

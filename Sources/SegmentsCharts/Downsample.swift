/// Reduction of dense marks to the drawing's resolution, so that charts of many thousands of
/// values stay small without visibly changing.
enum Downsample {
    /// A polyline of `points` (pixel coordinates, sorted by x) keeping, in each pixel column
    /// of width `resolution`, the first, lowest, highest and last point in their original
    /// order (the M4 reduction, Jugel et al., "M4: a visualization-oriented time series data
    /// aggregation", VLDB 2014): the drawn line is the same at that resolution.
    /// - Complexity: O(n).
    static func polyline(_ points: [(x: Double, y: Double)], resolution: Double = 1) -> [(x: Double, y: Double)] {
        guard points.count > 4, resolution > 0 else { return points }
        var output: [(x: Double, y: Double)] = []
        var start = 0
        while start < points.count {
            let column = (points[start].x / resolution).rounded(.down)
            var end = start + 1
            var (lowest, highest) = (start, start)
            while end < points.count && (points[end].x / resolution).rounded(.down) == column {
                if points[end].y < points[lowest].y { lowest = end }
                if points[end].y > points[highest].y { highest = end }
                end += 1
            }
            var kept = [start, lowest, highest, end - 1]
            kept.sort()
            var previous = -1
            for index in kept where index != previous {
                output.append(points[index])
                previous = index
            }
            start = end
        }
        return output
    }
}

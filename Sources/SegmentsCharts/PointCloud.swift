/// Compact path data for many points: one small square per distinct position on a grid.
enum PointCloud {
    /// Path data drawing a `size` × `size` square centred on each of `points` (view-box
    /// coordinates), after rounding them to multiples of `resolution` and dropping
    /// duplicates. Squares are written in row order with relative moves
    /// (`M x y h2v2h-2z m3 0h2v2h-2z …`), about 12 bytes per distinct position.
    /// - Complexity: O(n log n) for n points.
    static func path(_ points: [(Double, Double)], resolution: Double, size: Double) -> String {
        var cells: [Int64] = []
        cells.reserveCapacity(points.count)
        for (x, y) in points where x.isFinite && y.isFinite {
            let column = Int64((x / resolution).rounded()), row = Int64((y / resolution).rounded())
            cells.append(row << 32 | (column & 0xFFFF_FFFF))
        }
        cells.sort()
        let side = SVGNumber.format(size)
        let square = "h" + side + "v" + side + "h-" + side + "z"
        var text = ""
        text.reserveCapacity(cells.count * 12)
        var previous: (Double, Double)?
        var last: Int64?
        for cell in cells where cell != last {
            last = cell
            let x = Double(Int32(truncatingIfNeeded: cell)) * resolution - size / 2
            let y = Double(cell >> 32) * resolution - size / 2
            // Positions are tracked as written (hundredths), so that rounding never accumulates.
            let written = (((x * 100).rounded()) / 100, ((y * 100).rounded()) / 100)
            if let (px, py) = previous {
                text += "m" + SVGNumber.format(written.0 - px) + " " + SVGNumber.format(written.1 - py)
            } else {
                text += "M" + SVGNumber.format(written.0) + " " + SVGNumber.format(written.1)
            }
            text += square
            previous = written
        }
        return text
    }
}

/// The colour, marker shape and line pattern that tell series apart, so that charts stay
/// readable in greyscale print: colour alone never distinguishes two series.
struct SeriesStyle {
    var color: RGBColor
    var marker: MarkerShape
    /// `stroke-dasharray` of the series' line, nil for solid.
    var dash: String?

    /// The style of series `index`: ``Palette/series(_:)``, the `index`-th marker shape, solid.
    init(index: Int, color: RGBColor? = nil, dashed: Bool = false) {
        self.color = color ?? Palette.series(index)
        marker = MarkerShape.allCases.cycling(index)
        dash = dashed ? Self.dashPattern : nil
    }

    /// The dash pattern of dashed series and reference lines.
    static let dashPattern = "6 4"
    /// The dash pattern of cut lines and annotations (shorter dashes).
    static let annotationDash = "4 3"
}

/// A marker drawn at data points: the shape varies with the series so that series differ
/// without colour.
enum MarkerShape: CaseIterable {
    case circle, square, triangle, diamond, triangleDown, cross

    /// The marker centred on (x, y), about `size` wide, white-edged, with an optional tooltip.
    func node(x: Double, y: Double, size: Double = 7, color: RGBColor, tooltip: String? = nil) -> SVGNode {
        let r = size / 2
        let children = tooltip.map { [SVGNode.tooltip($0)] } ?? []
        if self == .circle {
            return SVGNode("circle", ["cx": x, "cy": y, "r": r, "fill": color, "stroke": ChartTheme.background,
                                      "stroke-width": 1.0], children: children)
        }
        return SVGNode("path", ["d": path(x: x, y: y, r: r), "fill": color, "stroke": ChartTheme.background,
                                "stroke-width": 1.0], children: children)
    }

    /// The outline of a non-circular marker of half-size `r` around (x, y).
    func path(x: Double, y: Double, r: Double) -> SVGPath {
        var path = SVGPath()
        switch self {
        case .circle, .square:
            let s = r * 0.9
            path.move(to: x - s, y - s); path.horizontal(to: x + s); path.vertical(to: y + s); path.horizontal(to: x - s)
        case .triangle:
            path.move(to: x, y - r * 1.15); path.line(to: x + r * 1.1, y + r * 0.8); path.line(to: x - r * 1.1, y + r * 0.8)
        case .triangleDown:
            path.move(to: x, y + r * 1.15); path.line(to: x + r * 1.1, y - r * 0.8); path.line(to: x - r * 1.1, y - r * 0.8)
        case .diamond:
            let s = r * 1.25
            path.move(to: x, y - s); path.line(to: x + s, y); path.line(to: x, y + s); path.line(to: x - s, y)
        case .cross:
            let (a, b) = (r * 1.1, r * 0.38)
            path.move(to: x - b, y - a); path.horizontal(to: x + b); path.vertical(to: y - b); path.horizontal(to: x + a)
            path.vertical(to: y + b); path.horizontal(to: x + b); path.vertical(to: y + a); path.horizontal(to: x - b)
            path.vertical(to: y + b); path.horizontal(to: x - a); path.vertical(to: y - b); path.horizontal(to: x - b)
        }
        path.close()
        return path
    }
}

extension SeriesStyle {
    /// Line patterns for overlaid outlines (radar polygons): solid first, then dashes and dots.
    static let dashes: [String?] = [nil, "7 4", "2 3", "9 3 2 3", "4 2", "12 4", "1 4", "6 2 2 2 2 2"]

    /// The line pattern of overlaid series `index`.
    static func dash(_ index: Int) -> String? { dashes.cycling(index) }
}

extension Array {
    /// The element at `index` modulo the count (negative indexes count from the end); the
    /// array must not be empty.
    func cycling(_ index: Int) -> Element { self[((index % count) + count) % count] }
}

/// A horizontal legend: one swatch and label per entry, wrapped onto new lines when wider
/// than the chart.
struct Legend {
    enum Swatch {
        case box, line
        /// A line with a marker in its middle, solid or dashed (`stroke-dasharray`).
        case series(MarkerShape?, dash: String?)
    }

    struct Entry {
        var label: String
        var color: RGBColor
        var swatch: Swatch = .box
    }

    var entries: [Entry]

    /// Height of one legend line.
    static let lineHeight = 20.0

    /// The legend's nodes, starting at (x, y) (top-left), and the height it takes.
    func layout(x: Double, y: Double, maxWidth: Double) -> (nodes: [SVGNode], height: Double) {
        guard !entries.isEmpty else { return ([], 0) }
        var nodes: [SVGNode] = []
        var cursor = x
        var line = 0.0
        for entry in entries {
            let labelWidth = ChartTheme.estimatedWidth(of: entry.label)
            let itemWidth = 18 + labelWidth + 20
            if cursor > x && cursor + itemWidth - 20 > x + maxWidth {
                cursor = x
                line += 1
            }
            let top = y + line * Self.lineHeight
            switch entry.swatch {
            case .box:
                nodes.append(SVGNode("rect", ["x": cursor, "y": top + 2, "width": 12.0, "height": 12.0, "rx": 2.0,
                                              "fill": entry.color]))
            case .line:
                nodes.append(.line(x1: cursor, y1: top + 8, x2: cursor + 14, y2: top + 8, color: entry.color.hexString, width: 2.5))
            case .series(let marker, let dash):
                nodes.append(.line(x1: cursor, y1: top + 8, x2: cursor + 14, y2: top + 8, color: entry.color.hexString, width: 2)
                    .with("stroke-dasharray", dash))
                if let marker { nodes.append(marker.node(x: cursor + 7, y: top + 8, color: entry.color)) }
            }
            nodes.append(.label(entry.label, x: cursor + 18, y: top + 12.5))
            cursor += itemWidth
        }
        return ([.group(nodes, ["class": "legend"])], (line + 1) * Self.lineHeight)
    }
}

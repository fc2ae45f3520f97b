/// Reference lines with labels drawn over a plot: horizontal thresholds and cuts, vertical
/// markers. Labels sit on a white halo and are moved apart when they would overlap.
enum Annotation {
    /// A text label on a white halo, legible over lines and areas.
    static func haloLabel(_ text: String, x: Double, y: Double, anchor: String = "start", color: String = ChartTheme.textColor,
                          weight: String? = nil) -> SVGNode {
        SVGNode.label(text, x: x, y: y, anchor: anchor, color: color, weight: weight)
            .with("stroke", ChartTheme.background).with("stroke-width", 3.0).with("stroke-linejoin", "round")
            .with("paint-order", "stroke")
    }

    /// Horizontal lines across `area` at pixel heights `ys`, labelled at the right end above
    /// the line; labels closer than a line of text are pushed up (or below the plot top).
    static func horizontal(_ lines: [(y: Double, label: String)], area: PlotArea, color: String = ChartTheme.textColor,
                           dash: String = SeriesStyle.dashPattern) -> [SVGNode] {
        let visible = lines.filter { $0.y.isFinite && $0.y >= area.y - 0.5 && $0.y <= area.maxY + 0.5 }
        guard !visible.isEmpty else { return [] }
        var nodes: [SVGNode] = []
        var labelYs: [Double] = []
        for line in visible.sorted(by: { $0.y > $1.y }) {
            nodes.append(SVGNode.line(x1: area.x, y1: line.y, x2: area.maxX, y2: line.y, color: color, width: 1.25)
                .with("stroke-dasharray", dash).appending(line.label.isEmpty ? [] : [.tooltip(line.label)]))
            var labelY = line.y - 4
            if let previous = labelYs.last, previous - labelY < 13 { labelY = previous - 13 }
            if labelY < area.y + 10 { labelY = max(line.y + 14, area.y + 10) }
            guard !line.label.isEmpty else { continue }
            labelYs.append(labelY)
            nodes.append(haloLabel(line.label, x: area.maxX - 4, y: labelY, anchor: "end", color: color))
        }
        return [.group(nodes, ["class": "reference"])]
    }

    /// Vertical lines across `area` at pixel positions `xs`, labelled inside the top of the
    /// plot; a label that would overlap an earlier one goes one line (14) lower.
    static func vertical(_ lines: [(x: Double, label: String)], area: PlotArea, color: String = ChartTheme.textColor,
                         dash: String = SeriesStyle.annotationDash) -> [SVGNode] {
        let visible = lines.filter { $0.x.isFinite && $0.x >= area.x - 0.5 && $0.x <= area.maxX + 0.5 }.sorted { $0.x < $1.x }
        guard !visible.isEmpty else { return [] }
        var nodes: [SVGNode] = []
        var rowEnds: [Double] = []
        for line in visible {
            nodes.append(SVGNode.line(x1: line.x, y1: area.y, x2: line.x, y2: area.maxY, color: color, width: 1.25)
                .with("stroke-dasharray", dash).appending([.tooltip(line.label)]))
            let width = ChartTheme.estimatedWidth(of: line.label)
            let anchor = line.x + width / 2 > area.maxX ? "end" : (line.x - width / 2 < area.x ? "start" : "middle")
            let start = anchor == "end" ? line.x - width : (anchor == "start" ? line.x : line.x - width / 2)
            let row = rowEnds.firstIndex { $0 + 6 < start } ?? rowEnds.count
            if row == rowEnds.count { rowEnds.append(start + width) } else { rowEnds[row] = start + width }
            nodes.append(haloLabel(line.label, x: line.x, y: area.y + 12 + 14 * Double(row), anchor: anchor, color: color))
        }
        return [.group(nodes, ["class": "reference"])]
    }
}

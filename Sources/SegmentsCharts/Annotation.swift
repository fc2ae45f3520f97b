/// Reference lines with labels drawn over a plot: horizontal thresholds and cuts, vertical
/// markers. Labels sit on a white halo, avoid the plotted points when they can and are moved
/// apart when they would overlap. Lines and labels come apart so that callers can draw the
/// lines under the data and the labels over it.
enum Annotation {
    /// The lines (to draw under the data) and their labels (to draw over it).
    typealias Layers = (lines: [SVGNode], labels: [SVGNode])

    /// A text label on a white halo, legible over lines and areas.
    static func haloLabel(_ text: String, x: Double, y: Double, anchor: String = "start", color: String = ChartTheme.textColor,
                          weight: String? = nil) -> SVGNode {
        SVGNode.label(text, x: x, y: y, anchor: anchor, color: color, weight: weight)
            .with("stroke", ChartTheme.background).with("stroke-width", 3.0).with("stroke-linejoin", "round")
            .with("paint-order", "stroke")
    }

    /// Horizontal dashed lines across `area` at pixel heights, each labelled above the line
    /// at the end of the plot (right or left) where fewer of `obstacles` (pixel positions of
    /// the data) fall under the label; labels closer than a line of text are pushed up.
    static func horizontal(_ lines: [(y: Double, label: String)], area: PlotArea, obstacles: [(x: Double, y: Double)] = [],
                           color: String = ChartTheme.textColor, dash: String = SeriesStyle.dashPattern) -> Layers {
        let visible = lines.filter { $0.y.isFinite && $0.y >= area.y - 0.5 && $0.y <= area.maxY + 0.5 }
        var strokes: [SVGNode] = []
        var labels: [SVGNode] = []
        var labelYs: [Bool: [Double]] = [true: [], false: []]
        for line in visible.sorted(by: { $0.y > $1.y }) {
            strokes.append(SVGNode.line(x1: area.x, y1: line.y, x2: area.maxX, y2: line.y, color: color, width: 1.25)
                .with("stroke-dasharray", dash).appending(line.label.isEmpty ? [] : [.tooltip(line.label)]))
            guard !line.label.isEmpty else { continue }
            let width = ChartTheme.estimatedWidth(of: line.label) + 8
            func hits(right: Bool) -> Int {
                let (lo, hi) = right ? (area.maxX - width, area.maxX) : (area.x, area.x + width)
                return obstacles.filter { $0.x >= lo && $0.x <= hi && $0.y >= line.y - 16 && $0.y <= line.y + 2 }.count
            }
            let right = hits(right: true) <= hits(right: false)
            var labelY = line.y - 4
            if let previous = labelYs[right]!.last, previous - labelY < 13 { labelY = previous - 13 }
            if labelY < area.y + 10 { labelY = max(line.y + 14, area.y + 10) }
            labelYs[right]!.append(labelY)
            labels.append(haloLabel(line.label, x: right ? area.maxX - 4 : area.x + 4, y: labelY, anchor: right ? "end" : "start",
                                    color: color))
        }
        return group(strokes, labels)
    }

    /// Vertical dashed lines across `area` at pixel positions, labelled inside the top of the
    /// plot; a label that would overlap an earlier one goes one line (14) lower.
    static func vertical(_ lines: [(x: Double, label: String)], area: PlotArea, color: String = ChartTheme.textColor,
                         dash: String = SeriesStyle.annotationDash) -> Layers {
        let visible = lines.filter { $0.x.isFinite && $0.x >= area.x - 0.5 && $0.x <= area.maxX + 0.5 }.sorted { $0.x < $1.x }
        var strokes: [SVGNode] = []
        var labels: [SVGNode] = []
        var rowEnds: [Double] = []
        for line in visible {
            strokes.append(SVGNode.line(x1: line.x, y1: area.y, x2: line.x, y2: area.maxY, color: color, width: 1.25)
                .with("stroke-dasharray", dash).appending([.tooltip(line.label)]))
            let width = ChartTheme.estimatedWidth(of: line.label)
            let anchor = line.x + width / 2 > area.maxX ? "end" : (line.x - width / 2 < area.x ? "start" : "middle")
            let start = anchor == "end" ? line.x - width : (anchor == "start" ? line.x : line.x - width / 2)
            let row = rowEnds.firstIndex { $0 + 6 < start } ?? rowEnds.count
            if row == rowEnds.count { rowEnds.append(start + width) } else { rowEnds[row] = start + width }
            labels.append(haloLabel(line.label, x: line.x, y: area.y + 12 + 14 * Double(row), anchor: anchor, color: color))
        }
        return group(strokes, labels)
    }

    private static func group(_ strokes: [SVGNode], _ labels: [SVGNode]) -> Layers {
        (strokes.isEmpty ? [] : [.group(strokes, ["class": "reference"])], labels.isEmpty ? [] : [.group(labels)])
    }
}

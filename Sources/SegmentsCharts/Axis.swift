/// A tick on an axis: its pixel position and its label.
struct AxisTick {
    var position: Double
    var label: String
}

/// An axis drawn along one edge of a plot area: tick labels, light gridlines across the plot,
/// a baseline for the bottom axis and an optional title (above the plot for vertical axes,
/// so it reads horizontally).
struct Axis {
    enum Edge {
        case bottom, left, right
    }

    var edge: Edge
    var ticks: [AxisTick]
    var area: PlotArea
    var gridlines = true
    var title: String?

    /// Gap between tick labels and the plot.
    static let labelGap = 8.0

    func nodes() -> [SVGNode] {
        var grid: [SVGNode] = []
        var labels: [SVGNode] = []
        let shown = edge == .bottom ? Self.thinned(ticks) : ticks
        for tick in shown where tick.position.isFinite {
            switch edge {
            case .bottom:
                if gridlines {
                    grid.append(.line(x1: tick.position, y1: area.y, x2: tick.position, y2: area.maxY, color: ChartTheme.gridColor))
                }
                grid.append(.line(x1: tick.position, y1: area.maxY, x2: tick.position, y2: area.maxY + 5, color: ChartTheme.axisColor))
                labels.append(.label(tick.label, x: tick.position, y: area.maxY + 19, anchor: "middle", color: ChartTheme.mutedTextColor))
            case .left, .right:
                if gridlines {
                    grid.append(.line(x1: area.x, y1: tick.position, x2: area.maxX, y2: tick.position, color: ChartTheme.gridColor))
                }
                let x = edge == .left ? area.x - Self.labelGap : area.maxX + Self.labelGap
                labels.append(.label(tick.label, x: x, y: tick.position + 4, anchor: edge == .left ? "end" : "start",
                                     color: ChartTheme.mutedTextColor))
            }
        }
        var nodes: [SVGNode] = [.group(grid, ["aria-hidden": "true"])]
        if edge == .bottom {
            nodes.append(.line(x1: area.x, y1: area.maxY, x2: area.maxX, y2: area.maxY, color: ChartTheme.axisColor))
        }
        nodes.append(.group(labels))
        if let title, !title.isEmpty { nodes.append(titleNode(title)) }
        return nodes
    }

    private func titleNode(_ title: String) -> SVGNode {
        switch edge {
        case .bottom:
            return .label(title, x: area.x + area.width / 2, y: area.maxY + 40, anchor: "middle",
                          size: ChartTheme.titleFontSize, color: ChartTheme.textColor)
        case .left:
            return .label(title, x: area.x, y: area.y - 12, size: ChartTheme.titleFontSize, color: ChartTheme.textColor, weight: "600")
        case .right:
            return .label(title, x: area.maxX, y: area.y - 12, anchor: "end", size: ChartTheme.titleFontSize,
                          color: ChartTheme.textColor, weight: "600")
        }
    }

    /// Every k-th tick, with the smallest k for which centred labels do not overlap.
    static func thinned(_ ticks: [AxisTick], gap: Double = 10) -> [AxisTick] {
        guard ticks.count > 2 else { return ticks }
        let widths = ticks.map { ChartTheme.estimatedWidth(of: $0.label) }
        for k in 1...ticks.count {
            let indexes = Array(stride(from: 0, to: ticks.count, by: k))
            let fits = zip(indexes, indexes.dropFirst()).allSatisfy { a, b in
                (ticks[b].position - ticks[a].position).magnitude >= (widths[a] + widths[b]) / 2 + gap
            }
            if fits { return indexes.map { ticks[$0] } }
        }
        return [ticks[0]]
    }
}

/// The layout and marks of a non-empty ``ScatterChart``.
struct ScatterDrawing {
    let chart: ScatterChart
    /// (group index, group, finite points), for groups with points.
    let visible: [(Int, ScatterChart.Group, [ChartPoint])]
    let language: ReportLanguage

    /// Side of the coarse cells in which a group's label is placed (its densest cell).
    static let labelCell = 28.0

    var resolution: Double { chart.resolution.isFinite && chart.resolution > 0 ? chart.resolution : 1 }

    var markSize: Double {
        if let size = chart.markSize, size.isFinite, size > 0 { return size }
        let total = visible.reduce(0) { $0 + $1.2.count }
        return total <= 2_000 ? 4 : (total <= 20_000 ? 3 : 2)
    }

    func count(_ group: (Int, ScatterChart.Group, [ChartPoint])) -> Int { group.1.count ?? group.2.count }

    func legendLabel(_ group: (Int, ScatterChart.Group, [ChartPoint])) -> String {
        group.1.name + " (" + language.integer(count(group)) + ")"
    }

    func color(_ group: (Int, ScatterChart.Group, [ChartPoint])) -> RGBColor { group.1.color ?? Palette.series(group.0) }

    func content() -> ([SVGNode], Double) {
        let legend = Legend(entries: visible.map { Legend.Entry(label: legendLabel($0), color: color($0)) })
            .layout(x: 8, y: 4, maxWidth: chart.width - 16)
        let points = visible.flatMap(\.2)
        let (xs, ys) = (points.map(\.x), points.map(\.y))
        let (x0, x1, y0, y1) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        let margin = markSize + 4
        let available = (width: chart.width - 2 * margin, height: max(40, chart.plotHeight - 2 * margin))
        let spans = (x: x1 - x0, y: y1 - y0)
        // Equal scales: one factor for both axes; a zero span takes the other's (or 1).
        let scale = min(spans.x > 0 ? available.width / spans.x : .infinity, spans.y > 0 ? available.height / spans.y : .infinity)
        let factor = scale.isFinite ? scale : 1
        let drawn = (width: spans.x * factor, height: spans.y * factor)
        let top = legend.height + 8
        let frame = PlotArea(x: (chart.width - drawn.width) / 2 - margin, y: top, width: drawn.width + 2 * margin,
                             height: drawn.height + 2 * margin)
        func position(_ point: ChartPoint) -> (Double, Double) {
            (frame.x + margin + (point.x - x0) * factor, frame.y + margin + (y1 - point.y) * factor)
        }
        var nodes = legend.nodes
        nodes.append(SVGNode("rect", ["x": frame.x, "y": frame.y, "width": frame.width, "height": frame.height,
                                      "fill": "none", "stroke": ChartTheme.gridColor, "aria-hidden": "true"]))
        let order = visible.indices.sorted { (-count(visible[$0]), $0) < (-count(visible[$1]), $1) }
        var marks: [SVGNode] = []
        var labels: [SVGNode] = []
        for index in order {
            let group = visible[index]
            let pixels = group.2.map(position)
            marks.append(SVGNode("path", ["d": PointCloud.path(pixels, resolution: resolution, size: markSize), "fill": color(group)],
                                 children: [.tooltip(legendLabel(group))]))
            if chart.labelsGroups, let place = densest(pixels) {
                labels.append(Annotation.haloLabel(group.1.name, x: place.0, y: place.1 + 4, anchor: "middle", weight: "600"))
            }
        }
        nodes.append(.group(marks))
        nodes.append(.group(labels))
        return (nodes, frame.maxY + 8)
    }

    /// The centre of the coarse cell holding most of `pixels` (ties: the first cell in row order).
    private func densest(_ pixels: [(Double, Double)]) -> (Double, Double)? {
        var counts: [Int64: Int] = [:]
        for (x, y) in pixels {
            let key = Int64((y / Self.labelCell).rounded(.down)) << 32 | Int64((x / Self.labelCell).rounded(.down)) & 0xFFFF_FFFF
            counts[key, default: 0] += 1
        }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return nil }
        let column = Double(Int32(truncatingIfNeeded: best)), row = Double(best >> 32)
        let x = min(max((column + 0.5) * Self.labelCell, 40), chart.width - 40)
        return (x, (row + 0.5) * Self.labelCell)
    }

    func summary() -> String {
        let total = visible.reduce(0) { $0 + count($1) }
        return ChartText.scatter(points: language.integer(total), groups: visible.map(legendLabel), language: language)
    }
}

/// The layout and marks of a non-empty ``SilhouetteKnifeChart``.
struct KnifeDrawing {
    let chart: SilhouetteKnifeChart
    /// (cluster index, cluster, finite values in decreasing order), for clusters with values.
    let clusters: [(Int, SilhouetteKnifeChart.Cluster, [Double])]
    let language: ReportLanguage

    /// Rows of the outline per pixel of height.
    static let rowsPerPixel = 2.0
    /// The smallest band a cluster gets, so that its label fits.
    static let minimumBand = 16.0
    static let gap = 6.0
    static let valueFormat = ValueFormat.number(decimals: 2)

    var lowest: Double { clusters.map { $0.2.last! }.min()! }
    var highest: Double { clusters.map { $0.2.first! }.max()! }

    func label(_ cluster: (Int, SilhouetteKnifeChart.Cluster, [Double])) -> String {
        cluster.1.name + " (" + language.integer(cluster.2.count) + ")"
    }

    /// Heights of the clusters' bands: at least ``minimumBand``, the rest shared by size.
    func bandHeights() -> [Double] {
        let available = chart.plotHeight - Self.gap * Double(clusters.count - 1)
        let total = Double(clusters.reduce(0) { $0 + $1.2.count })
        let spare = max(0, available - Self.minimumBand * Double(clusters.count))
        return clusters.map { Self.minimumBand + spare * Double($0.2.count) / total }
    }

    func content() -> ([SVGNode], Double) {
        let labelWidth = min(chart.width * 0.35, clusters.map { ChartTheme.estimatedWidth(of: label($0)) }.max() ?? 0)
        let top = chart.meanLabel == nil ? 8.0 : 24.0
        let area = PlotArea(x: labelWidth + 16, y: top, width: chart.width - labelWidth - 16 - 20, height: chart.plotHeight)
        let x = LinearScale(domain: (min(-0.1, lowest), max(1, highest)), range: (area.x, area.maxX))
        let ticks = Axis.linearTicks(x, format: Self.valueFormat, language: language, count: 8)
        var nodes = Axis(edge: .bottom, ticks: ticks.map { AxisTick(position: x($0.0), label: $0.1) }, area: area,
                         title: chart.valueTitle).nodes()
        var bandTop = area.y
        var outlines: [SVGNode] = []
        var labels: [SVGNode] = []
        for (cluster, height) in zip(clusters, bandHeights()) {
            let color = cluster.1.color ?? Palette.series(cluster.0)
            outlines.append(SVGNode("path", ["d": outline(cluster.2, top: bandTop, height: height, x: x), "fill": color],
                                    children: [.tooltip(ChartText.labelled(cluster.1.name, language.integer(cluster.2.count),
                                                                           language: language))]))
            let text = ChartTheme.truncated(label(cluster), toWidth: labelWidth)
            labels.append(.label(text, x: area.x - 8, y: bandTop + height / 2 + 4, anchor: "end"))
            bandTop += height + Self.gap
        }
        nodes.append(.group(outlines))
        nodes.append(.group(labels))
        nodes.append(.line(x1: x(0), y1: area.y, x2: x(0), y2: area.maxY, color: ChartTheme.axisColor))
        if let mean = chart.mean, mean.isFinite {
            let at = x(mean)
            nodes.append(SVGNode.line(x1: at, y1: area.y - 4, x2: at, y2: area.maxY, color: ChartTheme.textColor, width: 1.5)
                .with("stroke-dasharray", SeriesStyle.dashPattern))
            if let text = chart.meanLabel {
                let anchor = at + ChartTheme.estimatedWidth(of: text) / 2 > chart.width - 4 ? "end" : "middle"
                nodes.append(Annotation.haloLabel(text, x: at, y: area.y - 8, anchor: anchor))
            }
        }
        return (nodes, area.maxY + 30 + (chart.valueTitle == nil ? 0 : 20))
    }

    /// The outline of one cluster: from the zero line, down the sorted values at half-pixel
    /// rows (each row drawn from its first to its last value, so that the steepest parts
    /// stay exact), back along the zero line.
    /// - Complexity: O(rows), independent of the number of values.
    func outline(_ values: [Double], top: Double, height: Double, x: LinearScale) -> SVGPath {
        let rows = max(1, min(values.count, Int((height * Self.rowsPerPixel).rounded(.up))))
        let zero = x(0)
        var path = SVGPath()
        path.move(to: zero, top)
        for row in 0..<rows {
            let start = row * values.count / rows
            let end = max(start + 1, (row + 1) * values.count / rows)
            let rowTop = top + height * Double(row) / Double(rows)
            let rowBottom = top + height * Double(row + 1) / Double(rows)
            path.line(to: x(values[start]), rowTop)
            path.line(to: x(values[end - 1]), rowBottom)
        }
        path.line(to: zero, top + height)
        path.close()
        return path
    }

    func summary() -> String {
        let format = Self.valueFormat
        return ChartText.knife(clusters: clusters.map(label), from: format.format(lowest, language: language),
                               to: format.format(highest, language: language),
                               mean: chart.mean.map { format.format($0, language: language) }, language: language)
    }
}

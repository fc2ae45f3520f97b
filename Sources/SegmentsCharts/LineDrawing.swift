/// The layout and marks of a non-empty ``LineChart``.
struct LineDrawing {
    let chart: LineChart
    /// (series index, series, finite points in x order), for series with points.
    let visible: [(Int, LineChart.Series, [ChartPoint])]
    let bandPoints: [LineChart.Band.Point]
    let language: ReportLanguage

    /// Points beyond which markers (and their tooltips) are left out.
    static let maxMarkers = 60
    static let tickCount = 5

    var isDates: Bool { chart.xAxis == .dates }
    var xFormat: ValueFormat {
        if case .numeric(let format) = chart.xAxis { return format }
        return .count
    }

    var allX: [Double] { visible.flatMap { $0.2.map(\.x) } + bandPoints.map(\.x) }

    var isMonthly: Bool { isDates && ChartDates.isMonthly(allX) }

    func xText(_ x: Double) -> String {
        isDates ? ChartDates.label(x, monthly: isMonthly, language: language) : xFormat.format(x, language: language)
    }

    func yText(_ y: Double) -> String { chart.yFormat.format(y, language: language) }

    var xDomain: (Double, Double) {
        let xs = allX + chart.verticalLines.map(\.value).filter(\.isFinite)
        return (xs.min() ?? 0, xs.max() ?? 1)
    }

    func yScale(range: (Double, Double)) -> LinearScale {
        if let domain = chart.yDomain, domain.lowerBound.isFinite, domain.upperBound.isFinite {
            return LinearScale(domain: (domain.lowerBound, domain.upperBound), range: range)
        }
        let values = visible.flatMap { $0.2.map(\.y) } + bandPoints.flatMap { [$0.low, $0.high] }
            + chart.horizontalLines.map(\.value)
        return LinearScale.covering(values, includingZero: chart.includesZero, range: range, tickCount: Self.tickCount)
    }

    func style(_ index: Int, _ series: LineChart.Series) -> SeriesStyle {
        SeriesStyle(index: index, color: series.color, dashed: series.dashed)
    }

    var bandColor: RGBColor { chart.band?.color ?? visible.first.map { style($0.0, $0.1).color } ?? Palette.primary }

    /// The chart content and the view-box height.
    func content() -> ([SVGNode], Double) {
        var legendEntries: [Legend.Entry] = []
        if let band = chart.band, !bandPoints.isEmpty {
            legendEntries.append(Legend.Entry(label: band.name, color: bandColor.mixed(with: RGBColor.white, 0.7)))
        }
        for (index, series, points) in visible {
            let style = style(index, series)
            let marker = series.showsMarkers && points.count <= Self.maxMarkers ? style.marker : nil
            legendEntries.append(Legend.Entry(label: series.name, color: style.color, swatch: .series(marker, dash: style.dash)))
        }
        let showsLegend = legendEntries.count > 1 || visible.contains { $0.1.dashed }
        let legend: (nodes: [SVGNode], height: Double) = showsLegend
            ? Legend(entries: legendEntries).layout(x: 8, y: 4, maxWidth: chart.width - 16) : ([], 0)
        let top = legend.height + (chart.yTitle == nil ? 12 : 34)
        let provisional = Axis.linearTicks(yScale(range: (0, 1)), format: chart.yFormat, language: language)
        let left = Axis.leftMargin(provisional.map(\.1))
        let area = PlotArea(x: left, y: top, width: chart.width - left - 24, height: chart.plotHeight)
        let x = LinearScale(domain: xDomain, range: (area.x, area.maxX))
        let y = yScale(range: (area.maxY, area.y))
        let yTicks = Axis.linearTicks(y, format: chart.yFormat, language: language)
        var nodes = legend.nodes
        nodes += Axis(edge: .left, ticks: yTicks.map { AxisTick(position: y($0.0), label: $0.1) }, area: area,
                      title: chart.yTitle).nodes()
        nodes += xAxis(x, area: area)
        nodes += band(x: x, y: y)
        let positions = visible.map { Downsample.polyline($0.2.map { (x: x($0.x), y: y($0.y)) }, resolution: 0.5) }
        let horizontal = Annotation.horizontal(chart.horizontalLines.map { (y($0.value), $0.label) }, area: area,
                                               obstacles: positions.flatMap { $0 })
        let vertical = Annotation.vertical(chart.verticalLines.map { (x($0.value), $0.label) }, area: area)
        nodes += horizontal.lines + vertical.lines
        for ((index, series, points), line) in zip(visible, positions) {
            nodes += marks(series, points, line: line, style: style(index, series), x: x, y: y)
        }
        nodes += horizontal.labels + vertical.labels
        let bottom = area.maxY + 30 + (chart.xTitle == nil ? 0 : 20)
        return (nodes, bottom)
    }

    private func xAxis(_ x: LinearScale, area: PlotArea) -> [SVGNode] {
        if isDates {
            var nodes = Axis.time(domain: xDomain, area: area, language: language)
            if let title = chart.xTitle { nodes.append(axisTitle(title, area: area)) }
            return nodes
        }
        let xs = Set(allX)
        let ticks: [(Double, String)]
        if xs.count <= 12, xs.allSatisfy({ $0 == $0.rounded() }) {
            ticks = xs.sorted().map { ($0, xFormat.format($0, language: language)) }
        } else {
            let step = NiceTicks.step(xDomain.0, xDomain.1, count: 6)
            ticks = NiceTicks.ticks(xDomain.0, xDomain.1, count: 6).map { ($0, xFormat.axisLabel($0, step: step, language: language)) }
        }
        return Axis(edge: .bottom, ticks: ticks.map { AxisTick(position: x($0.0), label: $0.1) }, area: area,
                    title: chart.xTitle).nodes()
    }

    private func axisTitle(_ title: String, area: PlotArea) -> SVGNode {
        .label(title, x: area.x + area.width / 2, y: area.maxY + 40, anchor: "middle", size: ChartTheme.titleFontSize)
    }

    private func band(x: LinearScale, y: LinearScale) -> [SVGNode] {
        guard !bandPoints.isEmpty else { return [] }
        var path = SVGPath.polyline(bandPoints.map { (x: x($0.x), y: y(max($0.low, $0.high))) })
        for point in bandPoints.reversed() { path.line(to: x(point.x), y(min(point.low, point.high))) }
        path.close()
        let fill = bandColor.mixed(with: RGBColor.white, 0.7)
        // A single x gives a zero-width band: a vertical bar stroked in the band's colour.
        return [SVGNode("path", ["d": path, "fill": fill, "stroke": fill, "stroke-width": bandPoints.count == 1 ? 6.0 : 1.0,
                                 "stroke-linejoin": "round"],
                        children: chart.band.map { [.tooltip($0.name)] } ?? [])]
    }

    /// The line through `line` (the series' downsampled pixel positions) and its markers.
    private func marks(_ series: LineChart.Series, _ points: [ChartPoint], line positions: [(x: Double, y: Double)],
                       style: SeriesStyle, x: LinearScale, y: LinearScale) -> [SVGNode] {
        var nodes: [SVGNode] = [SVGNode("path", [
            "d": SVGPath.polyline(positions), "fill": "none", "stroke": style.color, "stroke-width": 2.0,
            "stroke-dasharray": style.dash, "stroke-linejoin": "round", "stroke-linecap": "round",
        ], children: [.tooltip(series.name)])]
        if series.showsMarkers && points.count <= Self.maxMarkers {
            let markers = points.map { point in
                style.marker.node(x: x(point.x), y: y(point.y), color: style.color,
                                  tooltip: ChartText.labelled(series.name + ", " + xText(point.x), yText(point.y), language: language))
            }
            nodes.append(.group(markers))
        }
        return [.group(nodes)]
    }

    /// The generated description: each series' range, then the band.
    func summary() -> String {
        visible.map { _, series, points in
            let lowest = points.min { $0.y < $1.y }!
            let highest = points.max { $0.y < $1.y }!
            return ChartText.series(name: series.name, count: points.count, first: xText(points.first!.x), last: xText(points.last!.x),
                                    lowest: (yText(lowest.y), xText(lowest.x)), highest: (yText(highest.y), xText(highest.x)),
                                    language: language)
        }.joined(separator: " ")
    }
}

/// The layout and marks of a ``TimeSeriesChart`` with at least one non-empty series.
struct TimeSeriesDrawing {
    let chart: TimeSeriesChart
    let visible: [(TimeSeriesChart.Series, [TimePoint])]
    let timeDomain: (Double, Double)
    let language: ReportLanguage

    /// Space above a panel for its title or the legend.
    static let panelTop = 34.0
    /// Space below the last panel for calendar labels.
    static let bottomMargin = 30.0
    /// Points beyond which markers (and their tooltips) are left out.
    static let maxMarkers = 80
    static let tickCount = 5

    /// Whether every point falls on the first of a month (monthly data → month tooltips).
    var isMonthly: Bool { ChartDates.isMonthly(visible.flatMap { $0.1.map(\.time) }) }

    func dateLabel(_ time: Double) -> String { ChartDates.label(time, monthly: isMonthly, language: language) }

    /// The chart content and the view-box height.
    func content() -> ([SVGNode], Double) {
        switch chart.layout {
        case .panels where visible.count > 1:
            return panels()
        case .dualAxis where visible.count == 2:
            return dualAxis()
        default:
            return sharedAxis()
        }
    }

    // MARK: Layouts

    private func sharedAxis() -> ([SVGNode], Double) {
        let values = visible.flatMap { $0.1.map(\.value) }
        let format = visible[0].0.format
        let (ticks, scaleFor) = valueAxis(values: values, format: format)
        let left = leftMargin(ticks)
        let area = PlotArea(x: left, y: Self.panelTop, width: chart.width - left - 24, height: chart.panelHeight)
        let y = scaleFor(area)
        var nodes = Axis(edge: .left, ticks: ticks.map { AxisTick(position: y($0.0), label: $0.1) }, area: area,
                         title: visible.count == 1 ? visible[0].0.name : nil).nodes()
        nodes += timeAxis(area: area, labels: true)
        for (index, (series, points)) in visible.enumerated() {
            nodes += marks(series, points, color: Palette.color(index), area: area, y: y)
        }
        if visible.count > 1 {
            let entries = visible.enumerated().map { Legend.Entry(label: $0.element.0.name, color: Palette.color($0.offset), swatch: .line) }
            nodes += Legend(entries: entries).layout(x: area.x, y: 4, maxWidth: area.width).nodes
        }
        return (nodes, area.maxY + Self.bottomMargin)
    }

    private func dualAxis() -> ([SVGNode], Double) {
        let rightSeries = visible[1]
        let (leftTicks, leftScale) = valueAxis(values: visible[0].1.map(\.value), format: visible[0].0.format)
        let (rightTicks, rightScale) = valueAxis(values: rightSeries.1.map(\.value), format: rightSeries.0.format)
        let left = leftMargin(leftTicks)
        let right = (rightTicks.map { ChartTheme.estimatedWidth(of: $0.1) }.max() ?? 20) + Axis.labelGap + 8
        let area = PlotArea(x: left, y: Self.panelTop, width: chart.width - left - right, height: chart.panelHeight)
        let (yLeft, yRight) = (leftScale(area), rightScale(area))
        var nodes = Axis(edge: .left, ticks: leftTicks.map { AxisTick(position: yLeft($0.0), label: $0.1) }, area: area,
                         title: visible[0].0.name).nodes()
        nodes += Axis(edge: .right, ticks: rightTicks.map { AxisTick(position: yRight($0.0), label: $0.1) }, area: area,
                      gridlines: false, title: rightSeries.0.name).nodes()
        nodes += timeAxis(area: area, labels: true)
        for (index, (series, points)) in visible.enumerated() {
            nodes += marks(series, points, color: Palette.color(index), area: area, y: index == 1 ? yRight : yLeft)
        }
        // Colour keys next to the axis titles tell which line belongs to which axis.
        nodes.append(.line(x1: area.x - 22, y1: area.y - 16, x2: area.x - 6, y2: area.y - 16, color: Palette.color(0).hexString, width: 2.5))
        nodes.append(.line(x1: area.maxX + 6, y1: area.y - 16, x2: area.maxX + 22, y2: area.y - 16, color: Palette.color(1).hexString, width: 2.5))
        return (nodes, area.maxY + Self.bottomMargin)
    }

    private func panels() -> ([SVGNode], Double) {
        let axes = visible.map { valueAxis(values: $0.1.map(\.value), format: $0.0.format) }
        let left = axes.map { leftMargin($0.0) }.max() ?? 40
        var nodes: [SVGNode] = []
        var top = Self.panelTop
        for (index, (series, points)) in visible.enumerated() {
            let area = PlotArea(x: left, y: top, width: chart.width - left - 24, height: chart.panelHeight)
            let (ticks, scaleFor) = axes[index]
            let y = scaleFor(area)
            nodes += Axis(edge: .left, ticks: ticks.map { AxisTick(position: y($0.0), label: $0.1) }, area: area,
                          title: series.name).nodes()
            let isLast = index == visible.count - 1
            nodes += timeAxis(area: area, labels: isLast)
            nodes += marks(series, points, color: Palette.color(index), area: area, y: y)
            top = area.maxY + (isLast ? 0 : 18 + Self.panelTop)
        }
        return (nodes, top + Self.bottomMargin)
    }

    // MARK: Parts

    /// Nice ticks with labels for `values` (zero included) and a factory of y scales.
    private func valueAxis(values: [Double], format: ValueFormat)
        -> ([(Double, String)], (PlotArea) -> LinearScale)
    {
        let base = LinearScale.covering(values, range: (0, 1), tickCount: Self.tickCount)
        let step = base.tickStep(count: Self.tickCount)
        let ticks = base.ticks(count: Self.tickCount).map { ($0, format.axisLabel($0, step: step, language: language)) }
        return (ticks, { area in LinearScale(domain: base.domain, range: (area.maxY, area.y)) })
    }

    private func leftMargin(_ ticks: [(Double, String)]) -> Double { Axis.leftMargin(ticks.map(\.1)) }

    private func timeAxis(area: PlotArea, labels: Bool) -> [SVGNode] {
        Axis.time(domain: timeDomain, area: area, labels: labels, language: language)
    }

    private func marks(
        _ series: TimeSeriesChart.Series, _ points: [TimePoint], color: RGBColor, area: PlotArea, y: LinearScale
    ) -> [SVGNode] {
        let x = TimeScale(domain: timeDomain, range: (area.x, area.maxX))
        let positions = points.map { (x: x($0.time), y: y($0.value)) }
        var nodes: [SVGNode] = []
        if series.style == .area, let first = positions.first, let last = positions.last {
            let baseline = min(max(y(0), area.y), area.maxY)
            var path = SVGPath.polyline(positions)
            path.line(to: last.x, baseline)
            path.line(to: first.x, baseline)
            path.close()
            nodes.append(SVGNode("path", ["d": path, "fill": color, "fill-opacity": 0.14, "stroke": "none"]))
        }
        nodes.append(SVGNode("path", [
            "d": SVGPath.polyline(positions), "fill": "none", "stroke": color, "stroke-width": 2.0,
            "stroke-linejoin": "round", "stroke-linecap": "round",
        ]))
        if points.count <= Self.maxMarkers {
            let dots = zip(points, positions).map { point, position in
                SVGNode("circle", ["cx": position.x, "cy": position.y, "r": 3.0, "fill": color,
                                   "stroke": ChartTheme.background, "stroke-width": 1.0],
                        children: [.tooltip(ChartText.labelled(series.name + ", " + dateLabel(point.time),
                                                                series.format.format(point.value, language: language),
                                                                language: language))])
            }
            nodes.append(.group(dots))
        }
        return [.group(nodes)]
    }

    /// The generated description of one series.
    func summary(of series: TimeSeriesChart.Series, points: [TimePoint]) -> String {
        let lowest = points.min { $0.value < $1.value }!
        let highest = points.max { $0.value < $1.value }!
        let text = { (point: TimePoint) in (series.format.format(point.value, language: language), dateLabel(point.time)) }
        return ChartText.series(name: series.name, count: points.count, first: dateLabel(points.first!.time),
                                last: dateLabel(points.last!.time), lowest: text(lowest), highest: text(highest), language: language)
    }
}

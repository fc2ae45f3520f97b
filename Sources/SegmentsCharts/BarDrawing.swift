/// The layout and marks of a non-empty ``BarChart``.
struct BarDrawing {
    let chart: BarChart
    let language: ReportLanguage

    static let rowHeight = 26.0
    static let tickCount = 5

    var values: [Double] { chart.bars.map { $0.value.isFinite ? $0.value : 0 } }

    func text(_ value: Double) -> String { chart.format.format(value, language: language) }

    func tooltip(_ bar: BarChart.Bar) -> String {
        bar.tooltip ?? ChartText.labelled(bar.label, text(bar.value), language: language)
    }

    /// A value scale over `range`, its nice ticks and their labels.
    private func valueScale(range: (Double, Double)) -> (LinearScale, [(Double, String)]) {
        let scale = LinearScale.covering(values, range: range, tickCount: Self.tickCount)
        let step = scale.tickStep(count: Self.tickCount)
        return (scale, scale.ticks(count: Self.tickCount).map { ($0, chart.format.axisLabel($0, step: step, language: language)) })
    }

    /// A category label, shortened to `maxWidth` with the full text in a `<title>` if needed.
    private func categoryLabel(_ label: String, maxWidth: Double, x: Double, y: Double, anchor: String) -> SVGNode {
        let shown = ChartTheme.truncated(label, toWidth: maxWidth)
        let node = SVGNode.label(shown, x: x, y: y, anchor: anchor)
        return shown == label ? node : node.appending([.tooltip(label)])
    }

    func horizontal() -> ([SVGNode], Double) {
        let labelWidth = min(chart.width * 0.32, (chart.bars.map { ChartTheme.estimatedWidth(of: $0.label) }.max() ?? 0))
        let valueWidth = chart.showsValues ? (values.map { ChartTheme.estimatedWidth(of: text($0)) }.max() ?? 0) + 10 : 0
        let top = chart.valueTitle == nil ? 8.0 : 34.0
        let area = PlotArea(x: labelWidth + 22, y: top, width: chart.width - labelWidth - 22 - valueWidth - 16,
                            height: Double(chart.bars.count) * Self.rowHeight)
        let (x, ticks) = valueScale(range: (area.x, area.maxX))
        let band = BandScale(count: chart.bars.count, range: (area.y, area.maxY), paddingInner: 0.25, paddingOuter: 0.1)
        var nodes = Axis(edge: .bottom, ticks: ticks.map { AxisTick(position: x($0.0), label: $0.1) }, area: area).nodes()
        if let title = chart.valueTitle {
            nodes.append(.label(title, x: area.x, y: area.y - 12, size: ChartTheme.titleFontSize, weight: "600"))
        }
        let zero = x(0)
        var marks: [SVGNode] = []
        for (index, bar) in chart.bars.enumerated() {
            let end = x(values[index])
            let center = band.center(index)
            marks.append(.rect(x: min(zero, end), y: band.start(index), width: (end - zero).magnitude, height: band.bandwidth,
                               fill: bar.color ?? Palette.primary, tooltip: tooltip(bar)))
            marks.append(categoryLabel(bar.label, maxWidth: labelWidth, x: area.x - 8, y: center + 4, anchor: "end"))
            if chart.showsValues {
                let isNegative = values[index] < 0
                marks.append(.label(text(values[index]), x: end + (isNegative ? -6 : 6), y: center + 4,
                                    anchor: isNegative ? "end" : "start", color: ChartTheme.mutedTextColor))
            }
        }
        nodes.append(.group(marks))
        nodes.append(.line(x1: zero, y1: area.y, x2: zero, y2: area.maxY, color: ChartTheme.axisColor))
        return (nodes, area.maxY + 30)
    }

    func vertical() -> ([SVGNode], Double) {
        let top = 34.0
        let provisional = valueScale(range: (0, 1)).1
        let left = max(44, (provisional.map { ChartTheme.estimatedWidth(of: $0.1) }.max() ?? 0) + Axis.labelGap + 8)
        let area = PlotArea(x: left, y: top, width: chart.width - left - 16, height: chart.plotHeight)
        let (y, ticks) = valueScale(range: (area.maxY, area.y))
        let band = BandScale(count: chart.bars.count, range: (area.x, area.maxX), paddingInner: 0.25, paddingOuter: 0.15)
        var nodes = Axis(edge: .left, ticks: ticks.map { AxisTick(position: y($0.0), label: $0.1) }, area: area,
                         title: chart.valueTitle).nodes()
        let zero = y(0)
        var marks: [SVGNode] = []
        let showsValues = chart.showsValues
            && values.allSatisfy { ChartTheme.estimatedWidth(of: text($0), fontSize: ChartTheme.smallFontSize) <= band.step - 2 }
        let labelStride = categoryLabelStride(step: band.step)
        for (index, bar) in chart.bars.enumerated() {
            let end = y(values[index])
            marks.append(.rect(x: band.start(index), y: min(zero, end), width: band.bandwidth, height: (end - zero).magnitude,
                               fill: bar.color ?? Palette.primary, tooltip: tooltip(bar)))
            if index % labelStride == 0 {
                marks.append(categoryLabel(bar.label, maxWidth: Double(labelStride) * band.step - 6, x: band.center(index),
                                           y: area.maxY + 19, anchor: "middle"))
            }
            if showsValues {
                let isNegative = values[index] < 0
                marks.append(.label(text(values[index]), x: band.center(index), y: isNegative ? end + 14 : end - 5,
                                    anchor: "middle", size: ChartTheme.smallFontSize, color: ChartTheme.mutedTextColor))
            }
        }
        nodes.append(.line(x1: area.x, y1: zero, x2: area.maxX, y2: zero, color: ChartTheme.axisColor))
        nodes.append(.group(marks))
        return (nodes, area.maxY + 30)
    }

    /// Label every k-th category under narrow columns: the smallest k giving each shown label
    /// room for its full text, or for 60 px when labels are longer.
    private func categoryLabelStride(step: Double) -> Int {
        guard step > 0 else { return 1 }
        let widest = chart.bars.map { ChartTheme.estimatedWidth(of: $0.label) }.max() ?? 0
        let needed = min(widest, 60) + 6
        return max(1, Int((needed / step).rounded(.up)))
    }

    func summary() -> String {
        let indexed = Array(values.enumerated())
        let highest = indexed.max { $0.element < $1.element }!
        let lowest = indexed.min { $0.element < $1.element }!
        return ChartText.bars(count: values.count,
                              highest: (chart.bars[highest.offset].label, text(highest.element)),
                              lowest: (chart.bars[lowest.offset].label, text(lowest.element)), language: language)
    }
}

/// The layout and marks of a non-empty ``StackedAreaChart``.
struct StackedAreaDrawing {
    let chart: StackedAreaChart
    /// Indexes of the finite instants.
    let steps: [Int]
    let language: ReportLanguage

    /// The thinnest band that gets its name written inside it.
    static let minimumLabelThickness = 16.0

    var times: [Double] { steps.map { chart.times[$0] } }
    var isMonthly: Bool { ChartDates.isMonthly(times) }

    func text(_ value: Double) -> String { chart.format.format(value, language: language) }
    func date(_ time: Double) -> String { ChartDates.label(time, monthly: isMonthly, language: language) }
    func color(_ index: Int) -> RGBColor { chart.layers[index].color ?? Palette.series(index) }

    /// A layer's value at `step`: 0 when missing, negative or non-finite.
    func value(_ layer: NamedValues, _ step: Int) -> Double { max(0, layer.finiteValue(step) ?? 0) }

    /// `stack[layer][step]`: the cumulated value at the top of each layer.
    func stack() -> [[Double]] {
        var running = [Double](repeating: 0, count: steps.count)
        return chart.layers.map { layer in
            for (position, step) in steps.enumerated() { running[position] += value(layer, step) }
            return running
        }
    }

    func content() -> ([SVGNode], Double) {
        let legend = Legend(entries: chart.layers.indices.map { Legend.Entry(label: chart.layers[$0].name, color: color($0)) })
            .layout(x: 8, y: 4, maxWidth: chart.width - 16)
        let tops = stack()
        // Rounded to 1e-9 so that shares summing to 1 + ε give a 0–100 % axis, not 0–120 %.
        let totals = (tops.last ?? []).map { ($0 * 1e9).rounded() / 1e9 }
        let provisional = Axis.linearTicks(LinearScale.covering(totals, range: (0, 1)), format: chart.format, language: language)
        let left = Axis.leftMargin(provisional.map(\.1))
        let top = legend.height + (chart.valueTitle == nil ? 12 : 34)
        let area = PlotArea(x: left, y: top, width: chart.width - left - 24, height: chart.plotHeight)
        let y = LinearScale.covering(totals, range: (area.maxY, area.y))
        let domain = (times.min()!, times.max()!)
        let timeScale = TimeScale(domain: domain, range: (area.x, area.maxX))
        // One instant: a 24-wide column instead of a zero-width area.
        let xs = steps.count == 1 ? [timeScale(times[0]) - 12, timeScale(times[0]) + 12] : times.map { timeScale($0) }
        let widen = { (values: [Double]) in steps.count == 1 ? [values[0], values[0]] : values }
        var nodes = legend.nodes
        nodes += Axis(edge: .left, ticks: Axis.linearTicks(y, format: chart.format, language: language)
            .map { AxisTick(position: y($0.0), label: $0.1) }, area: area, title: chart.valueTitle).nodes()
        nodes += Axis.time(domain: domain, area: area, language: language)
        var bands: [SVGNode] = []
        var labels: [SVGNode] = []
        for (index, layer) in chart.layers.enumerated() {
            let upper = widen(tops[index]).map { y($0) }
            let lower = widen(index == 0 ? [Double](repeating: 0, count: steps.count) : tops[index - 1]).map { y($0) }
            var path = SVGPath.polyline(zip(xs, upper).map { (x: $0, y: $1) })
            for (x, bottom) in zip(xs, lower).reversed() { path.line(to: x, bottom) }
            path.close()
            bands.append(SVGNode("path", ["d": path, "fill": color(index), "stroke": ChartTheme.background, "stroke-width": 1.0,
                                          "stroke-linejoin": "round"], children: [.tooltip(change(layer))]))
            if let label = label(layer.name, xs: xs, upper: upper, lower: lower, area: area, color: color(index)) {
                labels.append(label)
            }
        }
        nodes.append(.group(bands))
        nodes.append(.group(labels))
        return (nodes, area.maxY + 30)
    }

    /// The layer's name at its thickest point where the text fits inside the plot.
    private func label(_ name: String, xs: [Double], upper: [Double], lower: [Double], area: PlotArea, color: RGBColor) -> SVGNode? {
        let width = ChartTheme.estimatedWidth(of: name)
        let candidates = xs.indices.filter { xs[$0] - width / 2 >= area.x + 2 && xs[$0] + width / 2 <= area.maxX - 2 }
        guard let best = candidates.max(by: { lower[$0] - upper[$0] < lower[$1] - upper[$1] }),
              lower[best] - upper[best] >= Self.minimumLabelThickness else { return nil }
        return .label(name, x: xs[best], y: (upper[best] + lower[best]) / 2 + 4, anchor: "middle", color: color.contrastingText)
    }

    /// A layer's first and last values, with their dates.
    func change(_ layer: NamedValues) -> String {
        let last = steps.count - 1
        return ChartText.change(name: layer.name, first: (text(value(layer, steps[0])), date(times[0])),
                                last: (text(value(layer, steps[last])), date(times[last])), language: language)
    }

    /// Each layer's first and last values.
    func summary() -> String { chart.layers.map(change).joined(separator: " ") }
}

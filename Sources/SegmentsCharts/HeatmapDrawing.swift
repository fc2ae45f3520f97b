import Foundation

/// The layout and marks of a non-empty ``HeatmapChart``.
struct HeatmapDrawing {
    let chart: HeatmapChart
    let id: ChartID
    let language: ReportLanguage
    /// Lowest and highest finite values.
    let domain: (Double, Double)

    static let legendBarWidth = 12.0

    func text(_ value: Double) -> String { chart.format.format(value, language: language) }

    /// Position of a value in the colour ramp (0.5 for all-equal values), in log(1 + v)
    /// space for logarithmic colours over non-negative values.
    func fraction(_ value: Double) -> Double {
        guard domain.1 > domain.0 else { return 0.5 }
        if chart.logarithmicColors && domain.0 >= 0 {
            return (log1p(value) - log1p(domain.0)) / (log1p(domain.1) - log1p(domain.0))
        }
        return (value - domain.0) / (domain.1 - domain.0)
    }

    /// The value at the middle of the colour ramp (geometric-like for logarithmic colours).
    var middleValue: Double {
        guard chart.logarithmicColors && domain.0 >= 0 else { return (domain.0 + domain.1) / 2 }
        return expm1((log1p(domain.0) + log1p(domain.1)) / 2)
    }

    func content() -> ([SVGNode], Double) {
        let rowLabelWidth = min(chart.width * 0.3, chart.rowLabels.map { ChartTheme.estimatedWidth(of: $0) }.max() ?? 0)
        let legendLabels = [domain.0, middleValue, domain.1].map(text)
        let legendWidth = Self.legendBarWidth + 8 + (legendLabels.map { ChartTheme.estimatedWidth(of: $0) }.max() ?? 0)
        // Threshold bands have their legend under the grid; a ramp's bar is on the right.
        let rightSpace = chart.bands == nil ? legendWidth + 28 : 4
        let top = chart.rowTitle == nil && (chart.legendTitle == nil || chart.bands != nil) ? 8.0 : 34.0
        let gridWidth = chart.width - rowLabelWidth - 14 - rightSpace
        let cellWidth = gridWidth / Double(chart.columnLabels.count)
        let cellHeight = min(44, max(24, cellWidth * 0.6))
        let area = PlotArea(x: rowLabelWidth + 14, y: top, width: gridWidth, height: cellHeight * Double(chart.rowLabels.count))
        var nodes: [SVGNode] = [cells(area: area, cellWidth: cellWidth, cellHeight: cellHeight)]
        nodes += labels(area: area, cellWidth: cellWidth, cellHeight: cellHeight, rowLabelWidth: rowLabelWidth)
        var bottom = area.maxY + 22 + (chart.columnTitle == nil ? 0 : 22)
        if let bands = chart.bands {
            let (legendNodes, height) = bandLegend(bands, x: area.x, y: bottom + 6, maxWidth: area.width)
            nodes += legendNodes
            bottom += 6 + height
        } else {
            nodes += legend(x: area.maxX + 24, area: area)
        }
        return (nodes, bottom + 8)
    }

    private func cells(area: PlotArea, cellWidth: Double, cellHeight: Double) -> SVGNode {
        var marks: [SVGNode] = []
        let fontSize = cellHeight < 30 ? ChartTheme.smallFontSize : ChartTheme.fontSize
        for (row, rowLabel) in chart.rowLabels.enumerated() {
            for (column, columnLabel) in chart.columnLabels.enumerated() {
                let x = area.x + Double(column) * cellWidth
                let y = area.y + Double(row) * cellHeight
                let value = chart.value(row, column)
                let fill = value.map { chart.bands?.band(for: $0).color ?? chart.ramp.color(at: fraction($0)) }
                let valueText = value.map(text) ?? language.missingValue
                let tip = ChartText.labelled(cellName(rowLabel, columnLabel), valueText, language: language)
                marks.append(.rect(x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2,
                                   fill: fill ?? RGBColor(hex: 0xF0F0F0), tooltip: tip))
                let fits = ChartTheme.estimatedWidth(of: valueText, fontSize: fontSize) <= cellWidth - 6
                if chart.showsValues && fits {
                    marks.append(.label(valueText, x: x + cellWidth / 2, y: y + cellHeight / 2 + fontSize * 0.35, anchor: "middle",
                                        size: fontSize, color: fill?.contrastingText ?? RGBColor(hex: 0x555555)))
                }
            }
        }
        return .group(marks)
    }

    /// "Recency score 5, Frequency–monetary score 1" or "5, 1" without titles.
    private func cellName(_ row: String, _ column: String) -> String {
        let rowPart = chart.rowTitle.map { $0 + " " + row } ?? row
        let columnPart = chart.columnTitle.map { $0 + " " + column } ?? column
        return rowPart + ", " + columnPart
    }

    private func labels(area: PlotArea, cellWidth: Double, cellHeight: Double, rowLabelWidth: Double) -> [SVGNode] {
        var nodes: [SVGNode] = []
        for (row, label) in chart.rowLabels.enumerated() {
            let shown = ChartTheme.truncated(label, toWidth: rowLabelWidth)
            let node = SVGNode.label(shown, x: area.x - 8, y: area.y + (Double(row) + 0.5) * cellHeight + 4, anchor: "end",
                                     color: ChartTheme.mutedTextColor)
            nodes.append(shown == label ? node : node.appending([.tooltip(label)]))
        }
        for (column, label) in chart.columnLabels.enumerated() {
            let shown = ChartTheme.truncated(label, toWidth: cellWidth - 4)
            let node = SVGNode.label(shown, x: area.x + (Double(column) + 0.5) * cellWidth, y: area.maxY + 17, anchor: "middle",
                                     color: ChartTheme.mutedTextColor)
            nodes.append(shown == label ? node : node.appending([.tooltip(label)]))
        }
        if let title = chart.rowTitle {
            nodes.append(.label(title, x: 0, y: area.y - 12, size: ChartTheme.titleFontSize, weight: "600"))
        }
        if let title = chart.columnTitle {
            nodes.append(.label(title, x: area.x + area.width / 2, y: area.maxY + 40, anchor: "middle",
                                size: ChartTheme.titleFontSize, weight: "600"))
        }
        return [.group(nodes)]
    }

    /// A vertical gradient bar, low at the bottom, with the lowest and highest values.
    private func legend(x: Double, area: PlotArea) -> [SVGNode] {
        let gradientID = id.part("ramp")
        let stops = (0...8).map { step -> SVGNode in
            let t = Double(step) / 8
            return SVGNode("stop", ["offset": t, "stop-color": chart.ramp.color(at: t)])
        }
        let gradient = SVGNode("linearGradient", ["id": gradientID, "x1": 0, "y1": 1, "x2": 0, "y2": 0], children: stops)
        let height = min(area.height, max(60, area.height))
        var nodes: [SVGNode] = [
            SVGNode("defs", children: [gradient]),
            SVGNode("rect", ["x": x, "y": area.y, "width": Self.legendBarWidth, "height": height,
                             "fill": "url(#" + gradientID + ")", "aria-hidden": "true"]),
            .label(text(domain.1), x: x + Self.legendBarWidth + 6, y: area.y + 9, color: ChartTheme.mutedTextColor),
            .label(text(domain.0), x: x + Self.legendBarWidth + 6, y: area.y + height, color: ChartTheme.mutedTextColor),
        ]
        if domain.1 > domain.0 && height >= 80 {
            nodes.append(.label(text(middleValue), x: x + Self.legendBarWidth + 6, y: area.y + height / 2 + 4,
                                color: ChartTheme.mutedTextColor))
        }
        if let title = chart.legendTitle {
            nodes.append(.label(title, x: chart.width, y: area.y - 12, anchor: "end", size: ChartTheme.titleFontSize, weight: "600"))
        }
        return [.group(nodes)]
    }

    /// The bands' swatches and readings in a row (wrapped), with the legend title first.
    private func bandLegend(_ bands: ColorBands, x: Double, y: Double, maxWidth: Double) -> ([SVGNode], Double) {
        let labels = bands.legendLabels(format: chart.format, language: language)
        let entries = zip(bands.bands, labels).map { Legend.Entry(label: $1, color: $0.color) }
        var left = x
        var nodes: [SVGNode] = []
        if let title = chart.legendTitle {
            nodes.append(.label(title, x: x, y: y + 12.5, weight: "600"))
            left += ChartTheme.estimatedWidth(of: title) + 12
        }
        let legend = Legend(entries: entries).layout(x: left, y: y, maxWidth: maxWidth - (left - x))
        return (nodes + legend.nodes, legend.height)
    }

    func summary() -> String {
        var best: (String, Double)?
        for (row, rowLabel) in chart.rowLabels.enumerated() {
            for (column, columnLabel) in chart.columnLabels.enumerated() {
                if let value = chart.value(row, column), value > (best?.1 ?? -.infinity) {
                    best = (cellName(rowLabel, columnLabel), value)
                }
            }
        }
        return ChartText.heatmap(rows: chart.rowLabels.count, columns: chart.columnLabels.count,
                                 highest: best.map { ($0.0, text($0.1)) }, language: language)
    }
}

import Foundation

/// The layout and marks of a non-empty ``RadarChart``.
struct RadarDrawing {
    let chart: RadarChart
    let language: ReportLanguage

    static let rings = [0.25, 0.5, 0.75, 1.0]

    func text(_ value: Double?) -> String { value.map { chart.format.format($0, language: language) } ?? language.missingValue }

    func style(_ index: Int) -> SeriesStyle { SeriesStyle(index: index, color: chart.series[index].color) }

    /// The unit vector of axis `index`, clockwise from the top.
    func direction(_ index: Int) -> (x: Double, y: Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(chart.axes.count)
        return (cos(angle), sin(angle))
    }

    func content() -> ([SVGNode], Double) {
        var entries: [Legend.Entry] = []
        if case .overlay = chart.layout {
            entries = chart.series.indices.map { index in
                let style = style(index)
                return Legend.Entry(label: chart.series[index].name, color: style.color,
                                    swatch: .series(style.marker, dash: SeriesStyle.dash(index)))
            }
        }
        if let median = chart.medianLabel {
            entries.append(Legend.Entry(label: median, color: RGBColor(hex: 0x555555),
                                        swatch: .series(nil, dash: SeriesStyle.annotationDash)))
        }
        let legend = Legend(entries: entries).layout(x: 8, y: 4, maxWidth: chart.width - 16)
        let top = legend.height + (legend.height > 0 ? 8 : 4)
        switch chart.layout {
        case .overlay:
            let labelSpace = min(150, labelWidth(ChartTheme.fontSize) + 14)
            let radius = max(40, min((chart.width - 2 * labelSpace) / 2, 165))
            let center = (x: chart.width / 2, y: top + 26 + radius)
            let nodes = radar(center: center, radius: radius, labelSpace: labelSpace, fontSize: ChartTheme.fontSize,
                              series: Array(chart.series.indices))
            return (legend.nodes + nodes, center.y + radius + 30)
        case .smallMultiples(let requested):
            let columns = max(1, min(requested, chart.series.count))
            let cellWidth = chart.width / Double(columns)
            let labelSpace = min(110, labelWidth(ChartTheme.smallFontSize) + 10, max(30, (cellWidth - 120) / 2))
            let radius = max(30, min((cellWidth - 2 * labelSpace) / 2, 120))
            let cellHeight = 24 + 20 + 2 * radius + 26
            var nodes = legend.nodes
            for index in chart.series.indices {
                let (row, column) = (index / columns, index % columns)
                let cellX = Double(column) * cellWidth
                let cellY = top + Double(row) * cellHeight
                let name = ChartTheme.truncated(chart.series[index].name, toWidth: cellWidth - 12, fontSize: ChartTheme.titleFontSize)
                nodes.append(.label(name, x: cellX + cellWidth / 2, y: cellY + 16, anchor: "middle", size: ChartTheme.titleFontSize,
                                    weight: "600"))
                nodes += radar(center: (cellX + cellWidth / 2, cellY + 24 + 20 + radius), radius: radius, labelSpace: labelSpace,
                               fontSize: ChartTheme.smallFontSize, series: [index])
            }
            let rows = (chart.series.count + columns - 1) / columns
            return (nodes, top + Double(rows) * cellHeight)
        }
    }

    /// The widest axis label at `fontSize`.
    private func labelWidth(_ fontSize: Double) -> Double {
        chart.axes.map { ChartTheme.estimatedWidth(of: $0, fontSize: fontSize) }.max() ?? 0
    }

    /// One radar: rings, spokes, axis labels and the polygons of `series`.
    private func radar(center: (x: Double, y: Double), radius: Double, labelSpace: Double, fontSize: Double,
                       series: [Int]) -> [SVGNode] {
        let count = chart.axes.count
        func point(_ axis: Int, _ value: Double) -> (x: Double, y: Double) {
            let d = direction(axis)
            let r = radius * min(max(value, 0), 1)
            return (center.x + d.x * r, center.y + d.y * r)
        }
        var grid: [SVGNode] = []
        for ring in Self.rings {
            let isMedian = ring == 0.5
            let outline = count >= 3 ? closed((0..<count).map { point($0, ring) }) : nil
            let attributes: SVGNode = outline.map { SVGNode("path", ["d": $0, "fill": "none"]) }
                ?? SVGNode("circle", ["cx": center.x, "cy": center.y, "r": radius * ring, "fill": "none"])
            grid.append(attributes.with("stroke", isMedian ? "#555555" : ChartTheme.gridColor)
                .with("stroke-width", isMedian ? 1.5 : 1.0).with("stroke-dasharray", isMedian ? SeriesStyle.annotationDash : nil))
        }
        for axis in 0..<count {
            let end = point(axis, 1)
            grid.append(.line(x1: center.x, y1: center.y, x2: end.x, y2: end.y, color: ChartTheme.gridColor))
        }
        var nodes: [SVGNode] = [.group(grid, ["aria-hidden": "true"])]
        nodes.append(.group(series.map { polygon($0, point: point, solo: series.count == 1) }))
        var labels: [SVGNode] = []
        if case .overlay = chart.layout {
            // Ring values just below each ring's top vertex, right of the top spoke.
            for ring in Self.rings {
                let top = point(0, ring)
                labels.append(Annotation.haloLabel(text(ring), x: top.x + 4, y: top.y + 12, color: ChartTheme.mutedTextColor)
                    .with("font-size", ChartTheme.smallFontSize))
            }
        }
        for (axis, name) in chart.axes.enumerated() {
            let d = direction(axis)
            let anchor = d.x > 0.3 ? "start" : (d.x < -0.3 ? "end" : "middle")
            let at = (x: center.x + d.x * (radius + 8), y: center.y + d.y * (radius + 8) + (d.y < -0.3 ? -2 : (d.y > 0.3 ? fontSize : 4)))
            let maxWidth = anchor == "middle" ? 2 * labelSpace : labelSpace - 8
            let lines = Self.wrapped(name, toWidth: maxWidth, fontSize: fontSize)
            let lineHeight = fontSize + 2
            // Two lines grow away from the radar: upwards at the top, centred at the sides.
            let firstY = at.y - (lines.count == 1 ? 0 : (d.y < -0.3 ? lineHeight : (d.y > 0.3 ? 0 : lineHeight / 2)))
            var label = SVGNode("text", ["x": at.x, "y": firstY, "text-anchor": anchor == "start" ? nil : anchor, "font-size": fontSize],
                                text: lines.count == 1 ? lines[0] : nil)
            if lines.count > 1 {
                label = label.appending(lines.enumerated().map { index, line in
                    SVGNode("tspan", ["x": at.x, "dy": index == 0 ? nil : lineHeight], text: line)
                })
            }
            labels.append(lines.joined(separator: " ") == name ? label : label.appending([.tooltip(name)]))
        }
        nodes.append(.group(labels))
        return nodes
    }

    /// `text` on at most two lines of `maxWidth`, broken between words, shortened with an
    /// ellipsis when it still does not fit.
    static func wrapped(_ text: String, toWidth maxWidth: Double, fontSize: Double) -> [String] {
        guard ChartTheme.estimatedWidth(of: text, fontSize: fontSize) > maxWidth else { return [text] }
        let words = text.split(separator: " ").map(String.init)
        var first = ""
        var index = 0
        while index < words.count {
            let candidate = first.isEmpty ? words[index] : first + " " + words[index]
            if !first.isEmpty && ChartTheme.estimatedWidth(of: candidate, fontSize: fontSize) > maxWidth { break }
            first = candidate
            index += 1
        }
        let rest = words[index...].joined(separator: " ")
        let lines = [first, rest].filter { !$0.isEmpty }
        return lines.map { ChartTheme.truncated($0, toWidth: maxWidth, fontSize: fontSize) }
    }

    private func closed(_ points: [(x: Double, y: Double)]) -> SVGPath {
        var path = SVGPath.polyline(points)
        path.close()
        return path
    }

    private func polygon(_ index: Int, point: (Int, Double) -> (x: Double, y: Double), solo: Bool) -> SVGNode {
        let series = chart.series[index]
        let style = style(index)
        let vertices = chart.axes.indices.map { point($0, series.finiteValue($0) ?? 0) }
        let shape = SVGNode("path", [
            "d": closed(vertices), "fill": style.color, "fill-opacity": solo ? 0.25 : 0.1, "stroke": style.color,
            "stroke-width": 2.0, "stroke-dasharray": solo ? nil : SeriesStyle.dash(index), "stroke-linejoin": "round",
        ], children: [.tooltip(series.name)])
        let markers = chart.axes.indices.map { axis in
            style.marker.node(x: vertices[axis].x, y: vertices[axis].y, size: 6, color: style.color,
                              tooltip: ChartText.labelled(series.name + ", " + chart.axes[axis], text(series.finiteValue(axis)),
                                                          language: language))
        }
        return .group([shape, .group(markers)])
    }

    /// Each series' highest and lowest axes.
    func summary() -> String {
        chart.series.map { series in
            let known = chart.axes.indices.compactMap { axis in series.finiteValue(axis).map { (axis, $0) } }
            guard let high = known.max(by: { $0.1 < $1.1 }), let low = known.min(by: { $0.1 < $1.1 }) else {
                return ChartText.labelled(series.name, language.missingValue, language: language) + "."
            }
            return ChartText.profile(name: series.name, highest: (chart.axes[high.0], text(high.1)),
                                     lowest: (chart.axes[low.0], text(low.1)), language: language)
        }.joined(separator: " ")
    }
}

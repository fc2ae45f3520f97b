/// The outer `<svg>` element shared by every chart: namespace, scalable view box, the
/// accessible name and description, and the font; plus the "no data" rendering.
struct ChartFrame {
    /// The chart's id.
    var id: ChartID
    /// View-box size.
    var width: Double
    var height: Double
    /// Accessible name (`<title>`).
    var title: String
    /// Accessible description (`<desc>`).
    var description: String

    /// The root element around `content`:
    /// `<svg xmlns viewBox width="100%" role="img" aria-labelledby="id-title id-desc">`.
    func svg(_ content: [SVGNode]) -> SVGNode {
        let safeWidth = width.isFinite && width > 0 ? width : ChartTheme.width
        let safeHeight = height.isFinite && height > 0 ? height : 100
        return SVGNode("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": "0 0 " + SVGNumber.format(safeWidth) + " " + SVGNumber.format(safeHeight),
            "width": "100%",
            "role": "img",
            "aria-labelledby": id.part("title") + " " + id.part("desc"),
            "font-family": ChartTheme.fontFamily,
            "font-size": ChartTheme.fontSize,
            "fill": ChartTheme.textColor,
        ], children: [
            SVGNode("title", ["id": id.part("title")], text: title),
            SVGNode("desc", ["id": id.part("desc")], text: description),
        ] + content)
    }

    /// A short frame with the language's "No data" text in the middle.
    static func empty(id: ChartID, width: Double, title: String, description: String, language: ReportLanguage) -> SVGNode {
        let height = 120.0
        let frame = ChartFrame(id: id, width: width, height: height, title: title,
                               description: description.isEmpty ? language.noData : description + " " + language.noData + ".")
        return frame.svg([
            SVGNode("rect", [
                "x": 0.5, "y": 0.5, "width": max(0, width - 1), "height": height - 1, "rx": 4.0,
                "fill": "#fafafa", "stroke": ChartTheme.gridColor,
            ]),
            .label(language.noData, x: width / 2, y: height / 2 + 5, anchor: "middle",
                   size: ChartTheme.titleFontSize, color: ChartTheme.mutedTextColor),
        ])
    }
}

/// A rectangle in view-box coordinates (the plot area of a chart).
struct PlotArea {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
}

/// A chart of the kit: a value holding its data and wording, drawn as one `<svg>` element.
///
/// Every chart's root has `role="img"` and `aria-labelledby` pointing to a `<title>` and a
/// `<desc>` (the caller's description followed by a generated summary of the data), a view
/// box with `width="100%"`, and a "no data" rendering when it has nothing to show.
public protocol SVGChart: Sendable {
    /// The chart as an SVG tree.
    /// - Parameters:
    ///   - id: The chart's id, unique on its page; every id inside the chart derives from it.
    ///   - language: The language of labels, numbers and dates.
    func svg(id: ChartID, language: ReportLanguage) -> SVGNode
}

extension SVGChart {
    /// The chart as SVG text, ready to be inserted raw into an XHTML page.
    public func render(id: ChartID, language: ReportLanguage) -> String {
        svg(id: id, language: language).rendered()
    }
}

/// Joins the caller's description and the generated data summary.
func joinedDescription(_ description: String, _ summary: String) -> String {
    [description, summary].filter { !$0.isEmpty }.joined(separator: " ")
}

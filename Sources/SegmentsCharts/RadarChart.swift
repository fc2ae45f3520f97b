/// Profiles on a common 0–1 scale (such as the percentile rank of each segment's mean among
/// all buyers), one axis per feature, one polygon per series: every series overlaid with a
/// legend, or one small radar per series in a grid. Gridlines at 0.25, 0.5, 0.75 and 1; the
/// 0.5 ring (the median buyer on a percentile scale) is drawn dashed and darker and named in
/// the legend. Each vertex has a tooltip.
public struct RadarChart: SVGChart {
    /// One polygon: a value in 0...1 per axis (values outside are clamped; missing or
    /// non-finite values are drawn at 0 and written "—").
    public typealias Series = NamedValues

    public enum Layout: Sendable, Hashable {
        /// All series on one radar, told apart by colour, line pattern and marker.
        case overlay
        /// One radar per series, `columns` per row. At the default width, 2 columns leave room
        /// for feature names of about 20 characters (wrapped on two lines); 3 columns suit
        /// names of about 8 characters (longer ones are shortened, in full in a tooltip).
        case smallMultiples(columns: Int)
    }

    public var title: String
    public var description: String
    /// Axis labels (features), clockwise from the top.
    public var axes: [String]
    public var series: [Series]
    public var layout: Layout
    /// The legend text of the dashed 0.5 ring, such as "median buyer"; nil draws the ring
    /// without naming it.
    public var medianLabel: String?
    /// How values are written on the rings and in tooltips.
    public var format: ValueFormat
    public var width: Double

    /// A radar chart.
    /// - Parameters:
    ///   - axes: Feature names, clockwise from the top.
    ///   - series: Values in 0...1, one per axis.
    ///   - layout: Overlay or small multiples.
    ///   - medianLabel: Legend text of the 0.5 ring.
    ///   - format: Ring labels and tooltips (percent by default).
    public init(
        title: String, description: String = "", axes: [String], series: [Series], layout: Layout = .overlay,
        medianLabel: String? = nil, format: ValueFormat = .percent(decimals: 0), width: Double = ChartTheme.width
    ) {
        self.title = title
        self.description = description
        self.axes = axes
        self.series = series
        self.layout = layout
        self.medianLabel = medianLabel
        self.format = format
        self.width = width
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        guard !axes.isEmpty, !series.isEmpty else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let drawing = RadarDrawing(chart: self, language: language)
        let (content, height) = drawing.content()
        return ChartFrame(id: id, width: width, height: height, title: title,
                          description: joinedDescription(description, drawing.summary())).svg(content)
    }
}

/// Bars for categories, vertical or horizontal (category labels on the left, long labels
/// shortened with an ellipsis and given in full in a `<title>`). Each bar has a tooltip and,
/// optionally, its value written at its end.
public struct BarChart: SVGChart {
    /// One category.
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// Tooltip text; nil gives "label: value".
        public var tooltip: String?
        /// Fill override; nil uses the primary colour.
        public var color: RGBColor?

        public init(label: String, value: Double, tooltip: String? = nil, color: RGBColor? = nil) {
            self.label = label
            self.value = value
            self.tooltip = tooltip
            self.color = color
        }
    }

    public enum Orientation: Sendable {
        /// Columns rising from a horizontal category axis.
        case vertical
        /// Rows growing from a vertical category axis; suits long labels and many categories.
        case horizontal
    }

    public var title: String
    public var description: String
    public var bars: [Bar]
    public var format: ValueFormat
    public var orientation: Orientation
    /// Title of the value axis (such as "Orders").
    public var valueTitle: String?
    /// Write each value at the end of its bar.
    public var showsValues: Bool
    public var width: Double
    /// Plot height of a vertical chart (a horizontal chart's height follows its bar count).
    public var plotHeight: Double

    /// A bar chart.
    /// - Parameters:
    ///   - title: Accessible name.
    ///   - description: Text alternative; the highest and lowest bars are appended.
    ///   - bars: Categories in display order; non-finite values are drawn as zero.
    ///   - format: How values are written on the axis, in tooltips and value labels.
    public init(
        title: String, description: String = "", bars: [Bar], format: ValueFormat = .count,
        orientation: Orientation = .vertical, valueTitle: String? = nil, showsValues: Bool = true,
        width: Double = ChartTheme.width, plotHeight: Double = 240
    ) {
        self.title = title
        self.description = description
        self.bars = bars
        self.format = format
        self.orientation = orientation
        self.valueTitle = valueTitle
        self.showsValues = showsValues
        self.width = width
        self.plotHeight = plotHeight
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        guard !bars.isEmpty else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let drawing = BarDrawing(chart: self, language: language)
        let (content, height) = orientation == .horizontal ? drawing.horizontal() : drawing.vertical()
        return ChartFrame(id: id, width: width, height: height, title: title,
                          description: joinedDescription(description, drawing.summary())).svg(content)
    }
}

/// Lines over a numeric x axis (such as k = 2…10) or over dates (Unix seconds): several named
/// series with markers, an optional shaded band (the spread of a quantity at each x),
/// labelled horizontal reference lines (a threshold) and vertical markers (a chosen k, an
/// interval). Series with more points than the plot has pixels (a k-distance curve of
/// thousands of points) are drawn downsampled to the pixel columns, keeping each column's
/// extremes, and without markers.
public struct LineChart: SVGChart {
    /// One line.
    public struct Series: Sendable {
        public var name: String
        public var points: [ChartPoint]
        /// Draw the line dashed (such as an instability floor).
        public var dashed: Bool
        /// Draw a marker (with its tooltip) at each point, when there are few enough points.
        public var showsMarkers: Bool
        /// Colour override; nil uses the series' palette colour.
        public var color: RGBColor?

        public init(name: String, points: [ChartPoint], dashed: Bool = false, showsMarkers: Bool = true, color: RGBColor? = nil) {
            self.name = name
            self.points = points
            self.dashed = dashed
            self.showsMarkers = showsMarkers
            self.color = color
        }

        /// The finite points in x order.
        var cleanPoints: [ChartPoint] { points.filter(\.isFinite).sorted { $0.x < $1.x } }
    }

    /// A shaded band between a low and a high value at each x (such as min–max over starts).
    public struct Band: Sendable {
        public struct Point: Sendable, Hashable {
            public var x: Double
            public var low: Double
            public var high: Double

            public init(x: Double, low: Double, high: Double) {
                self.x = x
                self.low = low
                self.high = high
            }
        }

        /// Legend text.
        public var name: String
        public var points: [Point]
        /// Colour override; nil uses the first series' colour, lightened.
        public var color: RGBColor?

        public init(name: String, points: [Point], color: RGBColor? = nil) {
            self.name = name
            self.points = points
            self.color = color
        }

        var cleanPoints: [Point] {
            points.filter { $0.x.isFinite && $0.low.isFinite && $0.high.isFinite }.sorted { $0.x < $1.x }
        }
    }

    /// A labelled line at a value: horizontal at a y value, or vertical at an x value.
    public struct Reference: Sendable, Hashable {
        public var value: Double
        /// The text drawn by the line, such as "threshold 0.8" or "k = 5".
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// What the x values are.
    public enum XAxis: Sendable, Hashable {
        /// Numbers written in the format; whole-number x values (k) get one tick each when
        /// there are at most 12 of them.
        case numeric(ValueFormat)
        /// Instants in Unix seconds, on calendar ticks.
        case dates
    }

    public var title: String
    public var description: String
    public var series: [Series]
    public var band: Band?
    /// Horizontal lines (thresholds).
    public var horizontalLines: [Reference]
    /// Vertical lines (chosen k, an interval's end); for a date axis, values are Unix seconds.
    public var verticalLines: [Reference]
    public var xAxis: XAxis
    public var yFormat: ValueFormat
    public var xTitle: String?
    public var yTitle: String?
    /// Fixed y bounds (such as 0…1 for ARI); nil covers the data, the band and the lines.
    public var yDomain: ClosedRange<Double>?
    /// Whether the automatic y bounds include zero.
    public var includesZero: Bool
    public var width: Double
    public var plotHeight: Double

    /// A line chart.
    /// - Parameters:
    ///   - title: Accessible name.
    ///   - description: Text alternative; a summary of each series is appended.
    ///   - series: The lines; non-finite points are skipped, series without points left out.
    ///   - band: An optional shaded band, drawn under the lines.
    ///   - horizontalLines: Labelled dashed lines at y values.
    ///   - verticalLines: Labelled dashed lines at x values.
    ///   - xAxis: Numeric (with its format) or dates.
    ///   - yFormat: How y values are written on the axis and in tooltips.
    public init(
        title: String, description: String = "", series: [Series], band: Band? = nil,
        horizontalLines: [Reference] = [], verticalLines: [Reference] = [], xAxis: XAxis = .numeric(.count),
        yFormat: ValueFormat = .number(decimals: 2), xTitle: String? = nil, yTitle: String? = nil,
        yDomain: ClosedRange<Double>? = nil, includesZero: Bool = true,
        width: Double = ChartTheme.width, plotHeight: Double = 240
    ) {
        self.title = title
        self.description = description
        self.series = series
        self.band = band
        self.horizontalLines = horizontalLines
        self.verticalLines = verticalLines
        self.xAxis = xAxis
        self.yFormat = yFormat
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.yDomain = yDomain
        self.includesZero = includesZero
        self.width = width
        self.plotHeight = plotHeight
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        let visible = series.enumerated().map { ($0.offset, $0.element, $0.element.cleanPoints) }.filter { !$0.2.isEmpty }
        let bandPoints = band?.cleanPoints ?? []
        guard !visible.isEmpty || !bandPoints.isEmpty else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let drawing = LineDrawing(chart: self, visible: visible, bandPoints: bandPoints, language: language)
        let (content, height) = drawing.content()
        return ChartFrame(id: id, width: width, height: height, title: title,
                          description: joinedDescription(description, drawing.summary())).svg(content)
    }
}

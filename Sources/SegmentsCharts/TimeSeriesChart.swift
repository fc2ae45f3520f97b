/// A value at an instant: Unix seconds (UTC) and a number.
public struct TimePoint: Sendable, Hashable {
    public var time: Double
    public var value: Double

    public init(time: Double, value: Double) {
        self.time = time
        self.value = value
    }
}

/// Lines or areas over time (such as monthly orders and revenue): one series, or two drawn
/// on a shared axis, on two axes (left and right) or in two stacked panels sharing the
/// calendar axis. Points carry tooltips; non-finite points are skipped.
public struct TimeSeriesChart: SVGChart {
    /// One line of the chart.
    public struct Series: Sendable {
        public enum Style: Sendable { case line, area }

        public var name: String
        public var points: [TimePoint]
        public var format: ValueFormat
        public var style: Style

        /// A series; `format` writes its values on the axis and in tooltips.
        public init(name: String, points: [TimePoint], format: ValueFormat = .count, style: Style = .line) {
            self.name = name
            self.points = points
            self.format = format
            self.style = style
        }

        /// The finite points in time order.
        var cleanPoints: [TimePoint] {
            points.filter { $0.time.isFinite && $0.value.isFinite }.sorted { $0.time < $1.time }
        }
    }

    /// How several series share the plot.
    public enum Layout: Sendable {
        /// One value axis for all series.
        case sharedAxis
        /// First series on the left axis, second on the right axis (exactly two series with
        /// points; otherwise drawn as `sharedAxis`).
        case dualAxis
        /// One panel per series, stacked, with the calendar axis at the bottom.
        case panels
    }

    public var title: String
    public var description: String
    public var series: [Series]
    public var layout: Layout
    /// View-box width.
    public var width: Double
    /// Height of one plot panel.
    public var panelHeight: Double

    /// A time-series chart.
    /// - Parameters:
    ///   - title: Accessible name of the chart.
    ///   - description: Text alternative; a summary of each series is appended.
    ///   - series: One or more series; series without finite points are left out.
    ///   - layout: How series share the plot.
    public init(
        title: String, description: String = "", series: [Series], layout: Layout = .sharedAxis,
        width: Double = ChartTheme.width, panelHeight: Double = 220
    ) {
        self.title = title
        self.description = description
        self.series = series
        self.layout = layout
        self.width = width
        self.panelHeight = panelHeight
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        let visible = series.map { ($0, $0.cleanPoints) }.filter { !$0.1.isEmpty }
        guard !visible.isEmpty else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let times = visible.flatMap { $0.1.map(\.time) }
        let timeDomain = (times.min() ?? 0, times.max() ?? 0)
        let drawing = TimeSeriesDrawing(chart: self, visible: visible, timeDomain: timeDomain, language: language)
        let (content, height) = drawing.content()
        let summary = visible.map { drawing.summary(of: $0.0, points: $0.1) }.joined(separator: " ")
        return ChartFrame(id: id, width: width, height: height, title: title,
                          description: joinedDescription(description, summary)).svg(content)
    }
}

/// Layers stacked over time (such as segment sizes per step, as counts or shares): one
/// filled band per layer from bottom to top, white edges between bands, a legend, and each
/// layer's name written inside it where it is thickest, so that bands are told apart
/// without colour.
public struct StackedAreaChart: SVGChart {
    /// One band: a value per instant of ``StackedAreaChart/times`` (missing, negative or
    /// non-finite values count as 0).
    public typealias Layer = NamedValues

    public var title: String
    public var description: String
    /// Instants (Unix seconds, UTC) in increasing order.
    public var times: [Double]
    /// Layers from bottom to top.
    public var layers: [Layer]
    /// How values are written on the axis and in tooltips (percent for shares).
    public var format: ValueFormat
    /// Title of the value axis, such as "Buyers".
    public var valueTitle: String?
    public var width: Double
    public var plotHeight: Double

    /// A stacked area chart.
    /// - Parameters:
    ///   - times: Instants of the values, increasing (non-finite instants are left out with
    ///     their values).
    ///   - layers: Bands from bottom to top.
    ///   - format: `.count` for sizes, `.percent` for shares (values as fractions).
    public init(
        title: String, description: String = "", times: [Double], layers: [Layer], format: ValueFormat = .count,
        valueTitle: String? = nil, width: Double = ChartTheme.width, plotHeight: Double = 240
    ) {
        self.title = title
        self.description = description
        self.times = times
        self.layers = layers
        self.format = format
        self.valueTitle = valueTitle
        self.width = width
        self.plotHeight = plotHeight
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        let steps = times.indices.filter { times[$0].isFinite }
        guard !steps.isEmpty, !layers.isEmpty else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let drawing = StackedAreaDrawing(chart: self, steps: steps, language: language)
        let (content, height) = drawing.content()
        return ChartFrame(id: id, width: width, height: height, title: title,
                          description: joinedDescription(description, drawing.summary())).svg(content)
    }
}

/// A grid of coloured cells (rows × columns) with each value written in its cell, text colour
/// switching to white on dark cells, a tooltip per cell and a colour legend.
public struct HeatmapChart: SVGChart {
    public var title: String
    public var description: String
    /// Labels of the rows, top to bottom.
    public var rowLabels: [String]
    /// Labels of the columns, left to right.
    public var columnLabels: [String]
    /// `values[row][column]`; nil (or non-finite) marks a missing cell.
    public var values: [[Double?]]
    /// How values are written in cells, tooltips and the legend.
    public var format: ValueFormat
    /// Colours from the lowest to the highest value.
    public var ramp: ColorRamp
    /// Title of the row labels (such as "Recency score").
    public var rowTitle: String?
    /// Title of the column labels (such as "Frequency–monetary score").
    public var columnTitle: String?
    /// Title above the colour legend.
    public var legendTitle: String?
    /// Write values in the cells (when they fit).
    public var showsValues: Bool
    /// Colour by log(1 + value) instead of value, for skewed counts (values must be ≥ 0;
    /// otherwise colours stay linear).
    public var logarithmicColors: Bool
    /// Threshold colours (such as the PSI reading) instead of `ramp`, with a legend of the
    /// bands under the grid.
    public var bands: ColorBands?
    public var width: Double

    /// A heatmap.
    /// - Parameters:
    ///   - values: One array per row with one value per column; missing entries are nil.
    ///   - ramp: Sequential colours; viridis by default (colour-blind-safe).
    ///   - bands: Threshold colours replacing the ramp.
    public init(
        title: String, description: String = "", rowLabels: [String], columnLabels: [String], values: [[Double?]],
        format: ValueFormat = .count, ramp: ColorRamp = .viridis, rowTitle: String? = nil, columnTitle: String? = nil,
        legendTitle: String? = nil, showsValues: Bool = true, logarithmicColors: Bool = false, bands: ColorBands? = nil,
        width: Double = ChartTheme.width
    ) {
        self.title = title
        self.description = description
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.format = format
        self.ramp = ramp
        self.rowTitle = rowTitle
        self.columnTitle = columnTitle
        self.legendTitle = legendTitle
        self.showsValues = showsValues
        self.logarithmicColors = logarithmicColors
        self.bands = bands
        self.width = width
    }

    /// The value of a cell, nil when missing, non-finite or outside `values`.
    func value(_ row: Int, _ column: Int) -> Double? {
        guard row < values.count, column < values[row].count, let value = values[row][column], value.isFinite else { return nil }
        return value
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        let cells = rowLabels.indices.flatMap { row in columnLabels.indices.compactMap { value(row, $0) } }
        guard !rowLabels.isEmpty, !columnLabels.isEmpty, let lo = cells.min(), let hi = cells.max() else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let drawing = HeatmapDrawing(chart: self, id: id, language: language, domain: (lo, hi))
        let (content, height) = drawing.content()
        return ChartFrame(id: id, width: width, height: height, title: title,
                          description: joinedDescription(description, drawing.summary())).svg(content)
    }
}

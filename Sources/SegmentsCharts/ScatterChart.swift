/// A map of many points coloured by group (such as a t-SNE map of every buyer coloured by
/// segment): equal scales on both axes, no ticks (the caller's description should say when
/// the axes have no meaning, as for t-SNE), a legend with each group's size and each group's
/// name written where its points are densest.
///
/// Each group is ONE `<path>` of tiny squares, with positions rounded to the drawing's
/// resolution and duplicates dropped, so that 95,000 points stay well under 1.5 MB and draw
/// quickly; no per-point elements or tooltips.
public struct ScatterChart: SVGChart {
    /// The points of one group.
    public struct Group: Sendable {
        public var name: String
        public var points: [ChartPoint]
        /// The size shown in the legend; nil counts `points`.
        public var count: Int?
        /// Colour override; nil uses the group's palette colour (its index).
        public var color: RGBColor?

        public init(name: String, points: [ChartPoint], count: Int? = nil, color: RGBColor? = nil) {
            self.name = name
            self.points = points
            self.count = count
            self.color = color
        }
    }

    public var title: String
    public var description: String
    public var groups: [Group]
    /// Side of the square drawn per point, in view-box units; nil picks 4, 3 or 2 by the
    /// number of points (≤ 2,000, ≤ 20,000, more).
    public var markSize: Double?
    /// Positions are rounded to multiples of this (view-box units; 1 ≈ a screen pixel).
    public var resolution: Double
    /// Write each group's name on the map, at its densest place.
    public var labelsGroups: Bool
    public var width: Double
    /// The largest height of the map (the map keeps the data's aspect ratio).
    public var plotHeight: Double

    /// A scatter map.
    /// - Parameters:
    ///   - groups: The groups, in legend order; drawn largest first so that small groups
    ///     stay visible on top. Non-finite points are left out.
    ///   - markSize: Side of each point's square.
    ///   - resolution: Grid the positions are rounded to.
    ///   - labelsGroups: Write the group names on the map.
    public init(
        title: String, description: String = "", groups: [Group], markSize: Double? = nil, resolution: Double = 1,
        labelsGroups: Bool = true, width: Double = ChartTheme.width, plotHeight: Double = 520
    ) {
        self.title = title
        self.description = description
        self.groups = groups
        self.markSize = markSize
        self.resolution = resolution
        self.labelsGroups = labelsGroups
        self.width = width
        self.plotHeight = plotHeight
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        let visible = groups.enumerated().map { ($0.offset, $0.element, $0.element.points.filter(\.isFinite)) }.filter { !$0.2.isEmpty }
        guard !visible.isEmpty else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let drawing = ScatterDrawing(chart: self, visible: visible, language: language)
        let (content, height) = drawing.content()
        return ChartFrame(id: id, width: width, height: height, title: title,
                          description: joinedDescription(description, drawing.summary())).svg(content)
    }
}

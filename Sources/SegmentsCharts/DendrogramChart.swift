/// A dendrogram of a hierarchical clustering (such as Ward's, truncated to its last 30
/// merges with ``DendrogramTree/lastMerges(of:leafCount:p:)``): U-shaped links at their merge
/// heights, leaves labelled with their sizes "(123)", a dashed cut line with its label, and
/// the links below the cut coloured by the cluster they form (above it, in grey), as SciPy's
/// `dendrogram(color_threshold=cut)`. Each link has a tooltip.
public struct DendrogramChart: SVGChart {
    public var title: String
    public var description: String
    public var tree: DendrogramTree
    /// Height of the cut; nil draws no cut and colours every link alike.
    public var cutHeight: Double?
    /// Text by the cut line, such as "cut: k = 5".
    public var cutLabel: String?
    /// Cluster index of each leaf (so that colours match the segments' colours elsewhere);
    /// nil numbers the clusters below the cut from left to right.
    public var leafClusters: [Int]?
    /// How heights are written on the axis and in tooltips.
    public var heightFormat: ValueFormat
    /// Title of the height axis, such as "Ward distance".
    public var heightTitle: String?
    public var width: Double
    public var plotHeight: Double

    /// A dendrogram.
    /// - Parameters:
    ///   - tree: Leaves and merges; a malformed tree (ids out of range or reused, counts that
    ///     disagree) draws the "no data" frame.
    ///   - cutHeight: The height at which the tree is cut into clusters.
    ///   - cutLabel: The cut line's label.
    ///   - leafClusters: The cluster of each leaf, for colours.
    public init(
        title: String, description: String = "", tree: DendrogramTree, cutHeight: Double? = nil, cutLabel: String? = nil,
        leafClusters: [Int]? = nil, heightFormat: ValueFormat = .number(decimals: 1), heightTitle: String? = nil,
        width: Double = ChartTheme.width, plotHeight: Double = 280
    ) {
        self.title = title
        self.description = description
        self.tree = tree
        self.cutHeight = cutHeight
        self.cutLabel = cutLabel
        self.leafClusters = leafClusters
        self.heightFormat = heightFormat
        self.heightTitle = heightTitle
        self.width = width
        self.plotHeight = plotHeight
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        guard tree.isWellFormed else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let drawing = DendrogramDrawing(chart: self, language: language)
        let (content, height) = drawing.content()
        return ChartFrame(id: id, width: width, height: height, title: title,
                          description: joinedDescription(description, drawing.summary())).svg(content)
    }
}

/// The silhouette "knife" plot of a clustering (Rousseeuw, 1987, "Silhouettes: a graphical
/// aid to the interpretation and validation of cluster analysis"): per cluster, the
/// per-buyer silhouette values sorted in decreasing order and drawn as horizontal bars from
/// zero, clusters stacked from top to bottom with their names and sizes, and a dashed line at
/// the mean silhouette.
///
/// Each cluster is ONE filled outline, sampled at half-pixel rows, so that ~95,000 values give
/// a few kilobytes of SVG whatever the number of buyers; the outline is within half a pixel of
/// the exact staircase.
public struct SilhouetteKnifeChart: SVGChart {
    /// The silhouette values of one cluster's members, in any order (the chart sorts them).
    public typealias Cluster = NamedValues

    public var title: String
    public var description: String
    public var clusters: [Cluster]
    /// The mean silhouette over all values (computed by the analytics), drawn dashed.
    public var mean: Double?
    /// Text by the mean line, such as "mean 0.42".
    public var meanLabel: String?
    /// Title of the value axis, such as "Silhouette".
    public var valueTitle: String?
    public var width: Double
    public var plotHeight: Double

    /// A silhouette knife plot.
    /// - Parameters:
    ///   - clusters: Clusters from top to bottom; non-finite values are left out, clusters
    ///     without values are not drawn.
    ///   - mean: The mean silhouette, drawn as a vertical dashed line.
    ///   - meanLabel: Its label.
    ///   - valueTitle: Title under the x axis (from min(−0.1, lowest value) to 1).
    public init(
        title: String, description: String = "", clusters: [Cluster], mean: Double? = nil, meanLabel: String? = nil,
        valueTitle: String? = nil, width: Double = ChartTheme.width, plotHeight: Double = 360
    ) {
        self.title = title
        self.description = description
        self.clusters = clusters
        self.mean = mean
        self.meanLabel = meanLabel
        self.valueTitle = valueTitle
        self.width = width
        self.plotHeight = plotHeight
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        let sorted = clusters.enumerated().map { index, cluster in
            (index, cluster, cluster.values.filter(\.isFinite).sorted(by: >))
        }.filter { !$0.2.isEmpty }
        guard !sorted.isEmpty else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let drawing = KnifeDrawing(chart: self, clusters: sorted, language: language)
        let (content, height) = drawing.content()
        return ChartFrame(id: id, width: width, height: height, title: title,
                          description: joinedDescription(description, drawing.summary())).svg(content)
    }
}

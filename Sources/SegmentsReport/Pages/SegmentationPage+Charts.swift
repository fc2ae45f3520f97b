import SegmentsAnalytics
import SegmentsCharts

/// The charts of the segmentation page, each as a figure: its SVG and its caption.
extension SegmentationPage {
    /// View-box width of the charts shown two by two.
    static let pairWidth = 520.0
    /// View-box width of the charts shown alone on a row.
    static let fullWidth = 840.0

    func figure(_ chart: some SVGChart, id: String, caption: String) -> Figure {
        Figure(id: id, svg: chart.render(id: ChartID(id), language: language), caption: caption)
    }

    /// A curve's legend name: `K-means · RFM`.
    private func curveName(_ curve: ModelSearchResult.Curve) -> String {
        words("segmentation.curve.series", ["algorithm": algorithmName(curve.algorithm), "featureSet": featureSetName(curve.featureSet)])
    }

    /// The chosen k as a vertical line, for the K-means and Ward curves.
    private func chosenK(_ explained: Explained) -> [LineChart.Reference] {
        guard explained.run.algorithm != .dbscan else { return [] }
        let k = explained.run.parameters.k ?? explained.run.clusterCount
        return [.init(value: Double(k), label: words("segmentation.chart.chosenK", ["k": count(k)]))]
    }

    /// Inertia (K-means) and silhouette (K-means and Ward) against k.
    func curveFigures(_ explained: Explained) -> [Figure] {
        let curves = explained.search.curves
        var figures: [Figure] = []
        let inertia = curves.filter { $0.algorithm == .kmeans }.map { curve in
            LineChart.Series(
                name: featureSetName(curve.featureSet),
                points: curve.points.compactMap { point in point.inertia.map { ChartPoint(x: Double(point.k), y: $0) } })
        }
        if !inertia.isEmpty {
            let chart = LineChart(
                title: words("segmentation.chart.elbow.title"), description: words("segmentation.chart.elbow.description"),
                series: inertia, verticalLines: explained.run.algorithm == .kmeans ? chosenK(explained) : [],
                yFormat: .count, xTitle: "k", yTitle: words("segmentation.chart.elbow.yTitle"), width: Self.pairWidth)
            figures.append(figure(chart, id: "seg-elbow", caption: words("segmentation.chart.elbow.caption")))
        }
        let silhouettes = curves.map { curve in
            LineChart.Series(
                name: curveName(curve),
                points: curve.points.compactMap { point in point.silhouette.map { ChartPoint(x: Double(point.k), y: $0) } })
        }
        let chart = LineChart(
            title: words("segmentation.chart.silhouetteK.title"), description: words("segmentation.chart.silhouetteK.description"),
            series: silhouettes, verticalLines: chosenK(explained), yFormat: .number(decimals: 2), xTitle: "k",
            yTitle: words("segmentation.chart.silhouetteK.yTitle"), includesZero: false, width: Self.pairWidth)
        figures.append(figure(chart, id: "seg-silhouette-k", caption: words("segmentation.chart.silhouetteK.caption")))
        return figures
    }

    /// One sorted k-distance curve per feature set, with the eps values tried.
    func kDistanceSection(_ explained: Explained) -> SectionBody {
        let curves = explained.search.dbscanCurves
        guard !curves.isEmpty else {
            return SectionBody(paragraphs: [words("segmentation.kDistance.none")], figures: [], pair: false)
        }
        let figures = curves.enumerated().map { index, item in
            let curve = item.curve
            let lines = item.epsTried.map { eps in
                LineChart.Reference(
                    value: eps,
                    label: words(eps == curve.eps ? "segmentation.chart.kDistance.knee" : "segmentation.chart.kDistance.eps",
                                 ["eps": language.number(eps, decimals: 3)]))
            }
            // The last few distances shoot up far past the radii tried: the curve is drawn up
            // to three times the largest radius, so that the knee region fills the plot.
            let cap = 3 * (item.epsTried.max() ?? curve.eps)
            let shown = curve.points.prefix { $0.distance <= cap }
            let hidden = shown.count < curve.points.count ? curve.count - 1 - (shown.last?.rank ?? -1) : 0
            let chart = LineChart(
                title: words("segmentation.chart.kDistance.title", [
                    "featureSet": featureSetName(item.featureSet), "neighbour": count(curve.minSamples - 1),
                ]),
                description: words("segmentation.chart.kDistance.description"),
                series: [.init(
                    name: words("segmentation.chart.kDistance.series"),
                    points: shown.map { ChartPoint(x: Double($0.rank), y: $0.distance) })],
                horizontalLines: lines, xAxis: .numeric(.count), yFormat: .number(decimals: 2),
                xTitle: words("segmentation.chart.kDistance.xTitle"), yTitle: words("segmentation.chart.kDistance.yTitle"),
                width: Self.pairWidth, plotHeight: 200)
            var caption = words("segmentation.chart.kDistance.caption", [
                "featureSet": featureSetName(item.featureSet), "minSamples": count(curve.minSamples),
                "knee": language.number(curve.eps, decimals: 3), "rank": count(curve.kneeRank),
            ])
            if hidden > 0 {
                caption += " " + words("segmentation.chart.kDistance.hidden", [
                    "buyers": count(hidden), "cap": language.number(cap, decimals: 2),
                    "max": language.number(curve.points.last?.distance ?? cap, decimals: 2),
                ])
            }
            return figure(chart, id: "seg-k-distance-\(index + 1)", caption: caption)
        }
        return SectionBody(paragraphs: [words("segmentation.kDistance.text")], figures: figures, pair: true)
    }

    /// The top of the chosen feature set's Ward tree with the cut.
    func dendrogramSection(_ explained: Explained) -> SectionBody {
        guard let tree = explained.search.dendrogram else {
            return SectionBody(paragraphs: [words("segmentation.dendrogram.none")], figures: [], pair: false)
        }
        let drawn = Self.dendrogramTree(tree)
        let chart = DendrogramChart(
            title: words("segmentation.chart.dendrogram.title", ["merges": count(tree.merges.count)]),
            description: words("segmentation.chart.dendrogram.description"),
            tree: drawn, cutHeight: tree.cutHeight,
            cutLabel: words("segmentation.chart.dendrogram.cut", ["k": count(tree.cutClusterCount)]),
            heightTitle: words("segmentation.chart.dendrogram.heightTitle"), width: Self.fullWidth)
        let figure = figure(chart, id: "seg-dendrogram-chart", caption: words("segmentation.chart.dendrogram.caption", [
            "featureSet": featureSetName(explained.run.featureSet), "leaves": count(tree.leaves.count),
            "k": count(tree.cutClusterCount),
        ]))
        return SectionBody(paragraphs: [words("segmentation.dendrogram.text")], figures: [figure], pair: false)
    }

    /// The analytics' truncated tree (SciPy ids) as the chart's tree: leaves numbered left to
    /// right, drawn merges numbered after them.
    static func dendrogramTree(_ tree: WardDendrogram) -> DendrogramTree {
        var index: [Int: Int] = [:]
        for (position, leaf) in tree.leaves.enumerated() { index[leaf.id] = position }
        for (offset, merge) in tree.merges.enumerated() { index[merge.id] = tree.leaves.count + offset }
        return DendrogramTree(
            leafSizes: tree.leaves.map(\.size),
            merges: tree.merges.map { merge in
                DendrogramTree.Merge(left: index[merge.left] ?? -1, right: index[merge.right] ?? -1, height: merge.height, size: merge.size)
            })
    }

    /// One radar per segment, then all segments overlaid.
    func radarFigures(_ explained: Explained) -> [Figure] {
        let axes = explained.profile.features.map(featureName)
        let names = segmentNames(explained)
        let series = zip(names, explained.profile.segments).map { RadarChart.Series(name: $0, values: $1.radar) }
        let multiples = RadarChart(
            title: words("segmentation.chart.radars.title"), description: words("segmentation.chart.radars.description"),
            axes: axes, series: series, layout: .smallMultiples(columns: series.count > 4 ? 3 : 2),
            medianLabel: words("segmentation.chart.radar.median"), width: Self.fullWidth)
        let overlay = RadarChart(
            title: words("segmentation.chart.overlay.title"), description: words("segmentation.chart.radars.description"),
            axes: axes, series: series, layout: .overlay, medianLabel: words("segmentation.chart.radar.median"),
            width: Self.fullWidth)
        return [
            figure(multiples, id: "seg-radars", caption: words("segmentation.chart.radars.caption")),
            figure(overlay, id: "seg-radar-overlay", caption: words("segmentation.chart.overlay.caption")),
        ]
    }

    /// Per-buyer silhouettes sorted within each segment, the mean marked.
    func knifeFigure(_ explained: Explained) -> Figure {
        let names = segmentNames(explained)
        var values = [[Double]](repeating: [], count: names.count)
        for (label, value) in zip(explained.chosen.labels, explained.chosen.silhouetteValues) where label >= 0 && !value.isNaN {
            values[label].append(value)
        }
        let mean = explained.run.silhouette
        let chart = SilhouetteKnifeChart(
            title: words("segmentation.chart.knife.title"), description: words("segmentation.chart.knife.description"),
            clusters: zip(names, values).map { SilhouetteKnifeChart.Cluster(name: $0, values: $1) }, mean: mean,
            meanLabel: words("segmentation.chart.knife.mean", ["silhouette": score(mean, decimals: 2)]),
            valueTitle: words("segmentation.chart.knife.valueTitle"), width: Self.fullWidth)
        return figure(chart, id: "seg-knife", caption: words("segmentation.chart.knife.caption"))
    }

    /// Every buyer on the t-SNE map, coloured by segment; one sentence when it was skipped.
    func mapSection(_ explained: Explained) -> SectionBody {
        guard let embedding, embedding.embedding.rows == (embeddingRows?.count ?? explained.chosen.labels.count),
            embedding.embedding.cols == 2
        else {
            return SectionBody(paragraphs: [words("segmentation.map.skipped")], figures: [], pair: false)
        }
        let names = segmentNames(explained)
        var points = [[ChartPoint]](repeating: [], count: names.count)
        var noise: [ChartPoint] = []
        let map = embedding.embedding
        for row in 0..<map.rows {
            let label = explained.chosen.labels[embeddingRows?[row] ?? row]
            let point = ChartPoint(x: map[row, 0], y: map[row, 1])
            if label >= 0 { points[label].append(point) } else { noise.append(point) }
        }
        var groups = zip(names, points).map { ScatterChart.Group(name: $0, points: $1) }
        if !noise.isEmpty {
            groups.append(.init(name: words("segmentation.noise"), points: noise, color: Palette.neutral))
        }
        let chart = ScatterChart(
            title: words("segmentation.chart.map.title"), description: words("segmentation.chart.map.description"),
            groups: groups, width: Self.fullWidth)
        let figure = figure(chart, id: "seg-map-chart", caption: words("segmentation.chart.map.caption", [
            "buyers": count(map.rows), "perplexity": language.number(embedding.perplexity, decimals: 0),
            "kl": language.number(embedding.klDivergence, decimals: 2),
        ]))
        return SectionBody(paragraphs: [words("segmentation.map.text")], figures: [figure], pair: false)
    }
}

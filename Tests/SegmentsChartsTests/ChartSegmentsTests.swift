import Foundation
import Testing
@testable import SegmentsCharts

/// The charts of the segmentation, drift and quote pages: structure, size bounds on
/// full-scale data, known answers (SciPy's truncated dendrogram) and edge cases.
@Suite("Segment charts")
struct ChartSegmentsTests {
    static func elements(_ svg: String, _ name: String) -> [[String: String]] {
        ChartXML.elements(in: svg).filter { $0.name == name }.map(\.attributes)
    }

    static let emptyCharts: [any SVGChart] = [
        LineChart(title: "t", series: []),
        LineChart(title: "t", series: [.init(name: "s", points: [ChartPoint(x: .nan, y: 1), ChartPoint(x: 1, y: .infinity)])]),
        RadarChart(title: "t", axes: [], series: [.init(name: "s", values: [])]),
        RadarChart(title: "t", axes: ["a", "b", "c"], series: []),
        SilhouetteKnifeChart(title: "t", clusters: []),
        SilhouetteKnifeChart(title: "t", clusters: [.init(name: "a", values: [.nan])]),
        ScatterChart(title: "t", groups: []),
        ScatterChart(title: "t", groups: [.init(name: "a", points: [ChartPoint(x: .nan, y: 0)])]),
        DendrogramChart(title: "t", tree: DendrogramTree(leafSizes: [], merges: [])),
        DendrogramChart(title: "t", tree: DendrogramTree(leafSizes: [1, 1], merges: [.init(left: 0, right: 0, height: 1, size: 2)])),
        DendrogramChart(title: "t", tree: DendrogramTree(leafSizes: [1, 1], merges: [.init(left: 0, right: 5, height: 1, size: 2)])),
        StackedAreaChart(title: "t", times: [], layers: [.init(name: "a", values: [])]),
        StackedAreaChart(title: "t", times: [0, 86_400], layers: []),
    ]

    static let degenerateCharts: [any SVGChart] = [
        LineChart(title: "t", series: [.init(name: "one point", points: [ChartPoint(x: 3, y: 0.5)])]),
        LineChart(title: "t", series: [.init(name: "flat", points: (2...10).map { ChartPoint(x: Double($0), y: 7) })],
                  horizontalLines: [.init(value: 7, label: "same as data")], includesZero: false),
        LineChart(title: "t", series: [], band: .init(name: "band only", points: [.init(x: 0, low: 1, high: 2)]), xAxis: .dates),
        LineChart(title: "t", series: [.init(name: "one date", points: [ChartPoint(x: 1_500_000_000, y: 0.9)])],
                  verticalLines: [.init(value: .nan, label: "nowhere")], xAxis: .dates, yDomain: 0...1),
        RadarChart(title: "t", axes: ["a", "b", "c", "d"], series: [.init(name: "solo", values: [0.2, 1.5, -1, .nan])]),
        RadarChart(title: "t", axes: ["only"], series: [.init(name: "s", values: [0.5])], layout: .smallMultiples(columns: 0)),
        RadarChart(title: "t", axes: ["a", "b"], series: [.init(name: "s", values: [0.5, 0.7])]),
        SilhouetteKnifeChart(title: "t", clusters: [.init(name: "one", values: [0.3])], mean: 0.3, meanLabel: "mean"),
        SilhouetteKnifeChart(title: "t", clusters: [.init(name: "neg", values: [-0.8, -0.5, -0.2]), .init(name: "empty", values: [])],
                             mean: -0.5, meanLabel: "mean −0.5"),
        SilhouetteKnifeChart(title: "t", clusters: [.init(name: "equal", values: Array(repeating: 0.4, count: 1_000))]),
        ScatterChart(title: "t", groups: [.init(name: "one point", points: [ChartPoint(x: 1, y: 1)])]),
        ScatterChart(title: "t", groups: [.init(name: "line", points: (0..<50).map { ChartPoint(x: Double($0), y: 2) })]),
        DendrogramChart(title: "t", tree: DendrogramTree(leafSizes: [12], merges: []), cutHeight: 1, cutLabel: "cut"),
        DendrogramChart(title: "t", tree: DendrogramTree(leafSizes: [3, 4], merges: [.init(left: 0, right: 1, height: 0, size: 7)]),
                        cutHeight: .nan),
        StackedAreaChart(title: "t", times: [1_500_000_000], layers: [.init(name: "a", values: [3]), .init(name: "b", values: [1])]),
        StackedAreaChart(title: "t", times: [0, 86_400 * 31], layers: [.init(name: "zero", values: [0, -1])]),
        HeatmapChart(title: "t", rowLabels: ["a"], columnLabels: ["b", "c"], values: [[0.3, 0.01]],
                     bands: ColorBands(bands: [.init(upperBound: .infinity, color: .white, label: "all")])),
    ]

    @Test("empty input renders the 'no data' frame")
    func emptyData() {
        for (index, chart) in Self.emptyCharts.enumerated() {
            for language in ReportLanguage.allCases {
                let svg = chart.render(id: "empty", language: language)
                ChartKindsTests.checkCommon(svg, id: "empty")
                #expect(ChartXML.text(in: svg).contains(language.noData), "chart \(index)")
            }
        }
    }

    @Test("degenerate input renders without NaN, negative sizes or 'no data'")
    func degenerateData() {
        for (index, chart) in Self.degenerateCharts.enumerated() {
            for language in ReportLanguage.allCases {
                let id = ChartID("degenerate-segments-\(index)")
                let svg = chart.render(id: id, language: language)
                ChartKindsTests.checkCommon(svg, id: id)
                #expect(!ChartXML.text(in: svg).contains(language.noData), "chart \(index)")
                #expect(chart.render(id: id, language: language) == svg)
            }
        }
    }

    @Test("hostile labels appear only escaped")
    func escaping() {
        let h = ChartKindsTests.hostile
        let charts: [any SVGChart] = [
            LineChart(title: h, description: h, series: [.init(name: h, points: [ChartPoint(x: 1, y: 1)])],
                      band: .init(name: h, points: [.init(x: 1, low: 0, high: 2)]), horizontalLines: [.init(value: 1, label: h)],
                      verticalLines: [.init(value: 1, label: h)], xTitle: h, yTitle: h),
            RadarChart(title: h, axes: [h, h, h], series: [.init(name: h, values: [0.1, 0.2, 0.3])], medianLabel: h),
            RadarChart(title: h, axes: [h], series: [.init(name: h, values: [0.1])], layout: .smallMultiples(columns: 2)),
            SilhouetteKnifeChart(title: h, clusters: [.init(name: h, values: [0.1])], mean: 0.1, meanLabel: h, valueTitle: h),
            ScatterChart(title: h, groups: [.init(name: h, points: [ChartPoint(x: 0, y: 0)])]),
            DendrogramChart(title: h, tree: DendrogramTree(leafSizes: [1, 2], merges: [.init(left: 0, right: 1, height: 1, size: 3)]),
                            cutHeight: 0.5, cutLabel: h, heightTitle: h),
            StackedAreaChart(title: h, times: [0, 1e7], layers: [.init(name: h, values: [1, 2])], valueTitle: h),
            HeatmapChart(title: h, rowLabels: [h], columnLabels: [h], values: [[0.2]], legendTitle: h,
                         bands: .populationStability(stable: h, moderate: h, large: h)),
        ]
        for chart in charts {
            let svg = chart.render(id: ChartID(h), language: .en)
            ChartKindsTests.checkCommon(svg, id: ChartID(h))
            #expect(!svg.contains("<script"))
            #expect(ChartXML.text(in: svg).contains(h))
        }
    }

    // MARK: Line chart

    @Test("line chart: one marker with a tooltip per point, labelled reference lines, legend")
    func lineStructure() throws {
        let raw = ChartSamples.ariOverTime(false).render(id: "ari", language: .en)
        ChartKindsTests.checkCommon(raw, id: "ari")
        let svg = raw.replacingOccurrences(of: "\u{00A0}", with: " ")
        let markers = Self.elements(svg, "circle").count + Self.elements(svg, "path").filter { $0["stroke"] == "#ffffff" }.count
        #expect(markers >= 14)  // 14 points of the median; the floor has no markers
        #expect(svg.contains(">threshold 0.80</text>") && svg.contains(">rebuild after 5.6 months</text>"))
        #expect(svg.contains("<title>Median ARI (3 starts), Sep 2017: 1.00</title>"))
        let dashed = Self.elements(svg, "path").filter { $0["stroke-dasharray"] == SeriesStyle.dashPattern && $0["fill"] == "none" }
        #expect(dashed.count == 1, "the floor is the one dashed series")
        #expect(svg.contains(">Min–max over starts</text>") && svg.contains(">Instability floor</text>"))
    }

    @Test("line chart: whole-number x values get one tick each")
    func integerTicks() {
        let svg = ChartSamples.elbow(false).render(id: "elbow", language: .en)
        for k in 2...10 { #expect(svg.contains(">\(k)</text>"), "tick \(k)") }
        #expect(svg.contains(">chosen k = 5</text>"))
    }

    @Test("line chart: thousands of points are downsampled, extremes kept, no markers")
    func denseLine() throws {
        let chart = ChartSamples.kDistance(false, count: 20_000)
        let svg = chart.render(id: "kd", language: .en)
        ChartKindsTests.checkCommon(svg, id: "kd")
        #expect(svg.utf8.count < 40_000, "\(svg.utf8.count) bytes")
        #expect(Self.elements(svg, "circle").isEmpty)
        let line = try #require(Self.elements(svg, "path").first { $0["fill"] == "none" && $0["stroke-width"] == "2" }?["d"])
        let vertices = line.filter { $0 == "L" }.count + 1
        #expect(vertices < 4 * 700 && vertices > 100)
        // The three eps labels are moved apart, never drawn on top of each other.
        let labelYs = ChartXML.elements(in: svg).filter { $0.name == "text" && $0.attributes["paint-order"] != nil }
            .compactMap { Double($0.attributes["y"] ?? "") }.sorted()
        #expect(labelYs.count == 3)
        #expect(zip(labelYs, labelYs.dropFirst()).allSatisfy { $1 - $0 >= 12.9 })
    }

    @Test("M4 downsampling keeps each column's first, lowest, highest and last points")
    func downsample() {
        let points = (0..<1_000).map { (x: Double($0) / 100, y: sin(Double($0))) }
        let reduced = Downsample.polyline(points)
        #expect(reduced.count <= 40 && reduced.count >= 20)
        #expect(reduced.first! == points.first! && reduced.last! == points.last!)
        #expect(reduced.map(\.y).min() == points.map(\.y).min() && reduced.map(\.y).max() == points.map(\.y).max())
        #expect(zip(reduced, reduced.dropFirst()).allSatisfy { $0.x <= $1.x })
    }

    // MARK: Radar

    @Test("radar overlay: one polygon and one marker per vertex per series, dashed median ring in the legend")
    func radarOverlay() {
        let chart = ChartSamples.radar(false, layout: .overlay)
        let svg = chart.render(id: "radar", language: .en)
        let polygons = Self.elements(svg, "path").filter { $0["fill-opacity"] != nil }
        #expect(polygons.count == 5)
        #expect(Set(polygons.map { $0["stroke-dasharray"] ?? "solid" }).count == 5, "each series has its own line pattern")
        let tooltips = ChartXML.text(in: svg)
        #expect(tooltips.contains("Dormant, Recency: 12%"))
        let rings = Self.elements(svg, "path").filter { $0["fill"] == "none" && $0["stroke-dasharray"] == SeriesStyle.annotationDash }
        #expect(rings.count == 1)
        #expect(svg.contains(">median buyer (50%)</text>"))
        #expect(svg.contains("Loyal big spenders: highest Frequency (95%), lowest Delivery delay (40%)."))
    }

    @Test("radar small multiples: one titled radar per series in a grid")
    func radarMultiples() {
        let svg = ChartSamples.radar(true, layout: .smallMultiples(columns: 3)).render(id: "radar", language: .fr)
        ChartKindsTests.checkCommon(svg, id: "radar")
        for name in ChartSamples.segmentNamesFR { #expect(svg.contains(">" + name + "</text>")) }
        #expect(Self.elements(svg, "path").filter { $0["fill-opacity"] == "0.25" }.count == 5)
        #expect(svg.contains(">acheteur médian (50 %)</text>") || svg.contains(">acheteur médian (50\u{00A0}%)</text>"))
    }

    // MARK: Knife

    @Test("knife plot of 95,000 values: one outline per cluster, a small SVG")
    func knifeSize() throws {
        let chart = ChartSamples.knife(false, buyers: 95_000)
        let svg = chart.render(id: "knife", language: .en)
        ChartKindsTests.checkCommon(svg, id: "knife")
        let outlines = Self.elements(svg, "path").filter { $0["fill"] != "none" && $0["d"]?.hasSuffix("Z") == true }
        #expect(outlines.count == 5)
        #expect(ChartXML.elements(in: svg).count < 120)
        #expect(svg.utf8.count < 120_000, "\(svg.utf8.count) bytes")
        #expect(svg.contains(">Loyal big spenders (30,400)</text>"))
        #expect(svg.contains(">mean 0.37</text>"))
    }

    @Test("knife outline follows the sorted values within a pixel")
    func knifeOutline() {
        let chart = SilhouetteKnifeChart(title: "t", clusters: [.init(name: "a", values: [0.9, -0.1, 0.5, 0.2])])
        let drawing = KnifeDrawing(chart: chart, clusters: [(0, chart.clusters[0], [0.9, 0.5, 0.2, -0.1])], language: .en)
        let x = LinearScale(domain: (-0.1, 1), range: (0, 110))
        let path = drawing.outline([0.9, 0.5, 0.2, -0.1], top: 0, height: 40, x: x)
        #expect(path.svgAttributeText == "M10 0L100 0L100 10L60 10L60 20L30 20L30 30L0 30L0 40L10 40Z")
    }

    // MARK: Scatter

    @Test("t-SNE map of 95,000 points: one path per segment, under 1.5 MB")
    func scatterSize() throws {
        let chart = ChartSamples.tsne(false, buyers: 95_000)
        let svg = chart.render(id: "tsne", language: .en)
        ChartKindsTests.checkCommon(svg, id: "tsne")
        #expect(svg.utf8.count < 1_500_000, "\(svg.utf8.count) bytes")
        let marks = Self.elements(svg, "path")
        #expect(marks.count == 5)
        #expect(ChartXML.elements(in: svg).count < 60)
        #expect(svg.contains(">Loyal big spenders (30,400)</text>"))
        #expect(svg.contains("t-SNE axes have no meaning"))
    }

    @Test("point clouds: positions rounded to the grid, duplicates dropped, relative moves")
    func pointCloud() {
        let text = PointCloud.path([(10.2, 5.4), (12, 5), (9.8, 4.6), (10, 5)], resolution: 1, size: 2)
        #expect(text == "M9 4h2v2h-2zm2 0h2v2h-2z")
        let half = PointCloud.path([(1.3, 1.3), (1.8, 1.3)], resolution: 0.5, size: 1)
        #expect(half == "M1 1h1v1h-1zm0.5 0h1v1h-1z")
        let many = ScatterChart(title: "t", groups: [.init(name: "a", points: Array(repeating: ChartPoint(x: 3, y: 3), count: 1_000))])
        let svg = many.render(id: "s", language: .en)
        let d = Self.elements(svg, "path").first?["d"] ?? ""
        #expect(d.filter { $0 == "z" }.count == 1)
    }

    @Test("scatter keeps an equal aspect ratio")
    func scatterAspect() throws {
        let chart = ScatterChart(title: "t", groups: [.init(name: "a", points: [ChartPoint(x: 0, y: 0), ChartPoint(x: 100, y: 50)])],
                                 markSize: 2, labelsGroups: false)
        let svg = chart.render(id: "s", language: .en)
        let frame = try #require(Self.elements(svg, "rect").first { $0["fill"] == "none" })
        let (width, height) = (Double(frame["width"]!)!, Double(frame["height"]!)!)
        #expect(abs((width - 12) / (height - 12) - 2) < 0.01)  // 6 of margin on each side
    }

    // MARK: Dendrogram

    /// SciPy fixture (scripts/dendrogram_lastp_fixture.py): Ward linkage of 40 points, and
    /// `dendrogram(Z, truncate_mode="lastp", p=8, color_threshold=5.0)` leaf labels and colours.
    static let linkage: [(Int, Int, Double, Int)] = [
        (27, 28, 0.07395837387428264, 2), (32, 36, 0.09152621659419345, 2), (1, 2, 0.12413504739243925, 2),
        (26, 40, 0.1557714206603004, 3), (38, 41, 0.2041824806212533, 3), (12, 14, 0.2182156468610456, 2),
        (10, 15, 0.23696507825166116, 2), (0, 7, 0.2386364712460524, 2), (4, 42, 0.23914464288019113, 3),
        (33, 37, 0.3478520379914586, 2), (5, 47, 0.36232993264146385, 3), (6, 48, 0.3831321655424111, 4),
        (22, 25, 0.4143441615531861, 2), (30, 31, 0.4367112294688475, 2), (20, 43, 0.44323524635618095, 4),
        (19, 45, 0.4448653594375755, 3), (11, 46, 0.522665505387898, 3), (29, 52, 0.5496698602326722, 3),
        (8, 9, 0.6007052770613699, 2), (16, 56, 0.6407535584505278, 4), (3, 50, 0.6575651248764542, 4),
        (18, 55, 0.701417153258154, 4), (23, 54, 0.7248542421870372, 5), (34, 44, 0.7640485631066524, 4),
        (13, 59, 0.8614391090264901, 5), (35, 53, 0.874798533306697, 3), (39, 49, 1.0114483119715438, 3),
        (21, 62, 1.1041581632369473, 6), (17, 61, 1.1698474218940536, 5), (51, 58, 1.3167528996100015, 6),
        (24, 67, 1.3607265551215804, 7), (63, 65, 1.4574112760626632, 7), (60, 69, 2.312554872881215, 10),
        (64, 68, 2.37435312514323, 10), (66, 71, 2.51691217601337, 10), (57, 70, 2.699647584711462, 10),
        (72, 73, 11.939549760872008, 20), (74, 75, 12.223397318786965, 20), (76, 77, 18.443177046892227, 40)
    ]
    static let lastP8Colors = ["C1", "C1", "C2", "C2", "C3", "C3", "C4", "C4"]
    static let lastP8Labels = ["(4)", "(6)", "(5)", "(5)", "(3)", "(7)", "(3)", "(7)"]

    static var fixtureMerges: [DendrogramTree.Merge] { linkage.map { .init(left: $0.0, right: $0.1, height: $0.2, size: $0.3) } }

    @Test("the last p merges give SciPy's truncate_mode=\"lastp\" leaves and cluster colours")
    func lastP() throws {
        let tree = DendrogramTree.lastMerges(of: Self.fixtureMerges, leafCount: 40, p: 8)
        #expect(tree.isWellFormed)
        #expect(tree.leafSizes.count == 8 && tree.leafSizes.reduce(0, +) == 40)
        #expect(tree.leafOrder.map { "(" + String(tree.leafSizes[$0]) + ")" } == Self.lastP8Labels)
        let chart = DendrogramChart(title: "t", tree: tree, cutHeight: 5.0, cutLabel: "cut: k = 4")
        let drawing = DendrogramDrawing(chart: chart, language: .en)
        let clusters = drawing.mergeClusters()
        // Each leaf's cluster is that of the merge just above it, when under the cut.
        var leafCluster: [Int: Int] = [:]
        for (index, merge) in tree.merges.enumerated() {
            if let cluster = clusters[index] { leafCluster[merge.left] = cluster; leafCluster[merge.right] = cluster }
        }
        let ours = tree.leafOrder.map { leafCluster[$0] ?? -1 }
        #expect(ours == [0, 0, 1, 1, 2, 2, 3, 3])
        for i in ours.indices {
            for j in ours.indices { #expect((ours[i] == ours[j]) == (Self.lastP8Colors[i] == Self.lastP8Colors[j])) }
        }
        let svg = chart.render(id: "dendro", language: .en)
        ChartKindsTests.checkCommon(svg, id: "dendro")
        let links = Self.elements(svg, "path").filter { $0["fill"] == "none" }
        #expect(links.count == 7)
        #expect(links.filter { $0["stroke"] == Palette.neutral.hexString }.count == 3)
        #expect(svg.contains(">cut: k = 4</text>"))
        #expect(Self.elements(svg, "text").filter { $0["font-size"] == "11" }.count == 8)
    }

    @Test("untruncated and invalid trees")
    func untruncated() {
        let full = DendrogramTree.lastMerges(of: Self.fixtureMerges, leafCount: 40, p: 60)
        #expect(full.leafSizes == Array(repeating: 1, count: 40) && full.merges == Self.fixtureMerges && full.isWellFormed)
        #expect(!DendrogramTree(leafSizes: [1, 1, 1], merges: [.init(left: 0, right: 1, height: 1, size: 2)]).isWellFormed)
    }

    @Test("given leaf clusters colour the links like the segments")
    func leafClusterColours() {
        let tree = DendrogramTree.lastMerges(of: Self.fixtureMerges, leafCount: 40, p: 8)
        var clusters = [Int](repeating: 0, count: 8)
        for (position, leaf) in tree.leafOrder.enumerated() { clusters[leaf] = 3 - position / 2 }
        let chart = DendrogramChart(title: "t", tree: tree, cutHeight: 5.0, leafClusters: clusters)
        let ours = DendrogramDrawing(chart: chart, language: .en).mergeClusters().compactMap { $0 }
        #expect(Set(ours) == [0, 1, 2, 3])
        let svg = chart.render(id: "d", language: .en)
        #expect(Self.elements(svg, "path").contains { $0["stroke"] == Palette.series(3).hexString })
    }

    // MARK: Stacked areas and PSI heatmap

    @Test("stacked areas: one band per layer, names inside the thick ones, summary")
    func stackedAreas() {
        let raw = ChartSamples.segmentSizes(false, shares: true).render(id: "sizes", language: .en)
        ChartKindsTests.checkCommon(raw, id: "sizes")
        let svg = raw.replacingOccurrences(of: "\u{00A0}", with: " ")
        let bands = Self.elements(svg, "path").filter { $0["stroke"] == "#ffffff" && $0["fill"] != "none" }
        #expect(bands.count == 5)
        let texts = Self.elements(svg, "text")
        #expect(texts.filter { $0["text-anchor"] == "middle" }.count >= 3)
        #expect(svg.contains(">100%</text>") && !svg.contains(">120%</text>"), "shares summing to 1 give a 0–100% axis")
        #expect(svg.contains("Dormant: from 20% (Sep 2017) to "))
    }

    @Test("PSI heatmap: threshold colours per band and a legend of the readings")
    func psiBands() {
        let bands = ColorBands.populationStability(stable: "stable", moderate: "moderate", large: "large")
        #expect(bands.band(for: 0.05).label == "stable" && bands.band(for: 0.1).label == "moderate")
        #expect(bands.band(for: 0.25).label == "large" && bands.band(for: 9).label == "large")
        let chart = HeatmapChart(title: "t", rowLabels: ["Recency"], columnLabels: ["a", "b", "c"], values: [[0.02, 0.12, 0.4]],
                                 format: .number(decimals: 2), legendTitle: "PSI", bands: bands)
        let svg = chart.render(id: "psi", language: .fr)
        ChartKindsTests.checkCommon(svg, id: "psi")
        let fills = Self.elements(svg, "rect").compactMap { $0["fill"] }
        for band in bands.bands { #expect(fills.filter { $0 == band.color.hexString }.count == 2, "cell and legend swatch") }
        #expect(svg.contains(">&lt; 0,10 stable</text>") && svg.contains(">0,10–0,25 moderate</text>") && svg.contains(">≥ 0,25 large</text>"))
        #expect(!svg.contains("-ramp"))
        #expect(svg.contains(">0,40</text>"))
    }

    @Test("series colours: Okabe–Ito first, then darker variants, never two alike within 16")
    func seriesColours() {
        #expect((0..<8).map(Palette.series) == Palette.categorical)
        let sixteen = (0..<16).map(Palette.series)
        #expect(Set(sixteen).count == 16)
        #expect(Palette.series(16) == Palette.series(0) && Palette.series(-1) == Palette.series(15))
        #expect(MarkerShape.allCases.count == 6 && SeriesStyle(index: 1).marker != SeriesStyle(index: 0).marker)
    }
}

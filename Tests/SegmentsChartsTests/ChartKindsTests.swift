import Testing
@testable import SegmentsCharts

/// Properties every chart must have: well-formed XML, accessible name and description,
/// determinism, no NaN, legible fonts, escaping, sensible empty and degenerate rendering.
@Suite("Chart kinds")
struct ChartKindsTests {
    static let hostile = "<script>alert(1)</script>"

    /// Each sample chart id with its language.
    static let cases: [(String, ReportLanguage)] = ReportLanguage.allCases.flatMap { language in
        ChartSamples.all(language).map { ($0.id.value, language) }
    }

    static func sample(_ name: String, _ language: ReportLanguage) throws -> any SVGChart {
        try #require(ChartSamples.all(language).first { $0.id.value == name }?.chart)
    }

    /// Checks shared by every rendering.
    static func checkCommon(_ svg: String, id: ChartID) {
        #expect(ChartXML.error(in: svg) == nil)
        let elements = ChartXML.elements(in: svg)
        guard let root = elements.first else { Issue.record("no element"); return }
        #expect(root.name == "svg")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        #expect(root.attributes["aria-labelledby"] == id.part("title") + " " + id.part("desc"))
        #expect(elements.dropFirst().first?.name == "title" && elements.dropFirst().first?.attributes["id"] == id.part("title"))
        #expect(elements.dropFirst(2).first?.name == "desc" && elements.dropFirst(2).first?.attributes["id"] == id.part("desc"))
        let ids = elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "duplicate ids")
        for element in elements {
            for (name, value) in element.attributes {
                let lower = value.lowercased()
                #expect(!lower.contains("nan") && !lower.contains("inf"), "\(element.name) \(name)=\(value)")
                if name == "font-size" { #expect((Double(value) ?? 0) >= 11, "font-size \(value)") }
                if ["width", "height", "r"].contains(name) && element.name != "svg" {
                    #expect((Double(value) ?? -1) >= 0, "\(element.name) \(name)=\(value)")
                }
            }
        }
        #expect(!svg.contains("&nbsp;"))
    }

    @Test("samples: well-formed, accessible, deterministic, no NaN", arguments: cases)
    func samples(name: String, language: ReportLanguage) throws {
        let chart = try Self.sample(name, language)
        let id = ChartID(name)
        let svg = chart.render(id: id, language: language)
        Self.checkCommon(svg, id: id)
        #expect(chart.render(id: id, language: language) == svg, "rendering twice differs")
        #expect(!svg.contains(language == .fr ? "No data" : "Aucune donnée"))
        // Every sample has per-mark tooltips.
        #expect(ChartXML.elements(in: svg).filter { $0.name == "title" }.count > 3)
    }

    @Test("hostile labels appear only escaped")
    func escaping() {
        let h = Self.hostile
        let charts: [any SVGChart] = [
            BarChart(title: h, description: h, bars: [.init(label: h, value: 1)], valueTitle: h),
            BarChart(title: h, bars: [.init(label: h, value: 1, tooltip: h)], orientation: .horizontal),
            TimeSeriesChart(title: h, series: [.init(name: h, points: [TimePoint(time: 0, value: 1), TimePoint(time: 86_400 * 40, value: 2)])]),
            HistogramChart(title: h, values: [1, 2, 3], logarithmic: false, countTitle: h, valueTitle: h),
            HeatmapChart(title: h, rowLabels: [h], columnLabels: [h], values: [[1]], rowTitle: h, columnTitle: h, legendTitle: h),
            EntityDiagram(title: h, entities: [.init(id: "a", title: h, detail: h, keys: [h], column: 0, row: 0),
                                               .init(id: "b", title: "b", column: 0, row: 1)],
                          links: [.init(from: "a", to: "b", label: h)]),
        ]
        for chart in charts {
            let svg = chart.render(id: ChartID(h), language: .en)
            Self.checkCommon(svg, id: ChartID(h))
            #expect(!svg.contains("<script"))
            #expect(svg.contains("&lt;script&gt;"))
            #expect(ChartXML.text(in: svg).contains(h))
        }
    }

    /// Charts without anything to draw.
    static let emptyCharts: [any SVGChart] = [
        BarChart(title: "t", bars: []),
        TimeSeriesChart(title: "t", series: []),
        TimeSeriesChart(title: "t", series: [.init(name: "s", points: [TimePoint(time: .nan, value: 1), TimePoint(time: 0, value: .nan)])]),
        HistogramChart(title: "t", values: [], logarithmic: false),
        HistogramChart(title: "t", values: [.nan, -1, 0], logarithmic: true),
        HeatmapChart(title: "t", rowLabels: [], columnLabels: ["a"], values: []),
        HeatmapChart(title: "t", rowLabels: ["a"], columnLabels: ["b"], values: [[nil]]),
        HeatmapChart(title: "t", rowLabels: ["a"], columnLabels: ["b"], values: [[.nan]]),
        EntityDiagram(title: "t", entities: [], links: []),
    ]

    @Test("empty data renders a 'no data' message in the report language")
    func emptyData() {
        for chart in Self.emptyCharts {
            for language in ReportLanguage.allCases {
                let svg = chart.render(id: "empty", language: language)
                Self.checkCommon(svg, id: "empty")
                #expect(ChartXML.text(in: svg).contains(language.noData))
            }
        }
    }

    /// Charts with degenerate data: zeros, ties, one point, negatives, non-finite values.
    static let degenerateCharts: [any SVGChart] = [
        BarChart(title: "t", bars: [.init(label: "a", value: 0)]),
        BarChart(title: "t", bars: [.init(label: "a", value: .nan), .init(label: "b", value: .infinity)], orientation: .horizontal),
        BarChart(title: "t", bars: [.init(label: "a", value: -3), .init(label: "b", value: 5)], format: .percent(decimals: 0)),
        BarChart(title: "t", bars: [.init(label: "a", value: -3), .init(label: "b", value: 5)], orientation: .horizontal),
        BarChart(title: "t", bars: (0..<60).map { .init(label: "category \($0)", value: Double($0)) }),
        TimeSeriesChart(title: "t", series: [.init(name: "s", points: [TimePoint(time: 1_500_000_000, value: 3)])]),
        TimeSeriesChart(title: "t", series: [.init(name: "s", points: [TimePoint(time: 0, value: 0), TimePoint(time: 1e9, value: 0)], style: .area)],
                        layout: .dualAxis),
        TimeSeriesChart(title: "t", series: [.init(name: "a", points: [TimePoint(time: 0, value: -1)]),
                                             .init(name: "b", points: [])], layout: .panels),
        TimeSeriesChart(title: "t", series: (0..<3).map { .init(name: "s\($0)", points: [TimePoint(time: 0, value: 1e12), TimePoint(time: 1e8, value: -1e12)]) },
                        layout: .dualAxis),
        HistogramChart(title: "t", values: [5, 5, 5], logarithmic: false),
        HistogramChart(title: "t", values: [5, 5, 5], logarithmic: true),
        HistogramChart(title: "t", values: [1e-300, 1e300], logarithmic: true),
        HeatmapChart(title: "t", rowLabels: ["a", "b"], columnLabels: ["c"], values: [[2], [2]]),
        HeatmapChart(title: "t", rowLabels: ["a"], columnLabels: ["c", "d", "e"], values: [[-1, 0]], logarithmicColors: true),
        EntityDiagram(title: "t", entities: [.init(id: "a", title: "a", column: 0, row: 0), .init(id: "a", title: "dup", column: 1, row: 0)],
                      links: [.init(from: "a", to: "missing", label: "x"), .init(from: "a", to: "a", label: "self")]),
    ]

    @Test("degenerate data renders without NaN or negative sizes")
    func degenerateData() {
        for (index, chart) in Self.degenerateCharts.enumerated() {
            let id = ChartID("degenerate-\(index)")
            let svg = chart.render(id: id, language: .fr)
            Self.checkCommon(svg, id: id)
            #expect(!ChartXML.text(in: svg).contains(ReportLanguage.fr.noData), "chart \(index)")
        }
    }

    @Test("horizontal bars: long labels shortened, full label kept in a title")
    func longLabels() {
        let long = "construcao_ferramentas_iluminacao_e_jardim_e_seguranca_e_mais"
        let chart = BarChart(title: "t", bars: [.init(label: long, value: 3), .init(label: "short", value: 1)], orientation: .horizontal)
        let svg = chart.render(id: "bars", language: .en)
        let texts = ChartXML.elements(in: svg)
        #expect(texts.contains { $0.name == "text" })
        #expect(svg.contains("…"))
        #expect(svg.contains("<title>" + long + "</title>"))
        #expect(svg.contains(">short</text>"))
    }

    @Test("heatmap cells write values with contrasting text and tooltips")
    func heatmapCells() {
        let chart = HeatmapChart(title: "t", rowLabels: ["r"], columnLabels: ["low", "high"], values: [[0, 1_000]],
                                 rowTitle: "R", columnTitle: "F")
        let svg = chart.render(id: "heat", language: .en)
        #expect(svg.contains(##"fill="#ffffff">0</text>"##))  // dark purple cell → white text
        #expect(svg.contains(##"fill="#1a1a1a">1,000</text>"##))  // yellow cell → dark text
        #expect(svg.contains("<title>R r, F high: 1,000</title>"))
        #expect(svg.contains(#"id="heat-ramp""#) && svg.contains("url(#heat-ramp)"))
    }

    @Test("descriptions append a generated summary of the data")
    func summaries() {
        let bars = BarChart(title: "t", description: "Payments.", bars: [.init(label: "card", value: 0.74), .init(label: "boleto", value: 0.19)],
                            format: .percent(decimals: 0))
        let svg = bars.render(id: "b", language: .en)
        #expect(svg.contains("<desc id=\"b-desc\">Payments. 2 bars; highest: card (74%); lowest: boleto (19%).</desc>"))
        let series = TimeSeriesChart(title: "t", series: [.init(name: "Orders", points: [
            TimePoint(time: CivilDate(year: 2018, month: 1, day: 1).unixSeconds, value: 10),
            TimePoint(time: CivilDate(year: 2018, month: 2, day: 1).unixSeconds, value: 30),
        ])])
        #expect(series.render(id: "s", language: .fr).contains(
            "Orders\u{00A0}: 2 points de janv.\u{00A0}2018 à févr.\u{00A0}2018\u{00A0}; minimum 10 (janv.\u{00A0}2018), maximum 30 (févr.\u{00A0}2018)."))
    }
}

import SegmentsAnalytics
import SegmentsCharts

/// The charts of the drift page.
extension DriftPage {
    static let width = 840.0

    func figure(_ chart: some SVGChart, id: String, caption: String) -> Figure {
        Figure(id: id, svg: chart.render(id: ChartID(id), language: language), caption: caption)
    }

    /// Median ARI with the band over the starts, the floor, the threshold and the interval.
    func ariFigure(_ result: DriftResult, interval: MaintenanceInterval) -> Figure {
        let windowEnd = Double(result.starts[0].windowEnd)
        let origin = ChartPoint(x: windowEnd, y: 1)
        let median = [origin] + result.curve.map { ChartPoint(x: Double($0.date), y: $0.median) }
        let floor = result.curve.map { ChartPoint(x: Double($0.date), y: $0.floor) }
        let band = result.starts.count > 1
            ? LineChart.Band(
                name: words("drift.chart.ari.band"),
                points: result.curve.map { .init(x: Double($0.date), low: $0.low, high: $0.high) })
            : nil
        let weeks = language.integer(wholeWeeks(interval))
        let chart = LineChart(
            title: words("drift.chart.ari.title"), description: words("drift.chart.ari.description"),
            series: [
                .init(name: words("drift.chart.ari.median"), points: median),
                .init(name: words("drift.chart.ari.floor"), points: floor, dashed: true, showsMarkers: false),
            ],
            band: band,
            horizontalLines: [.init(value: interval.threshold, label: words("drift.chart.ari.threshold", ["threshold": ari(interval.threshold)]))],
            verticalLines: [
                .init(
                    value: windowEnd + interval.days * 86_400,
                    label: words(interval.isLowerBound ? "drift.chart.ari.lowerBound" : "drift.chart.ari.interval", ["weeks": weeks]))
            ],
            xAxis: .dates, yFormat: .number(decimals: 2), xTitle: words("drift.chart.ari.x"), yTitle: words("drift.chart.ari.y"),
            yDomain: min(0, (result.curve.map { min($0.low, $0.floor) }.min() ?? 0))...1, width: Self.width)
        return figure(chart, id: "drift-ari-chart", caption: words("drift.chart.ari.caption"))
    }

    /// PSI per feature (rows) and step (columns) with the usual reading as colours.
    func psiFigure(_ result: DriftResult) -> Figure {
        let monthly = result.configuration.step == .monthly
        let columns = result.starts[0].steps.map { step in
            let date = CivilDate(unixSeconds: Double(step.date))
            return monthly ? language.monthYear(date) : language.day(date)
        }
        let chart = HeatmapChart(
            title: words("drift.chart.psi.title"), description: words("drift.chart.psi.description"),
            rowLabels: result.features.map { featureName($0.feature) }, columnLabels: columns,
            values: result.features.map { $0.psi.map { $0.isFinite ? $0 : nil } }, format: .number(decimals: 2),
            rowTitle: words("drift.chart.psi.rows"), columnTitle: words("drift.chart.psi.columns"),
            legendTitle: words("drift.chart.psi.legend"),
            bands: .populationStability(stable: words("drift.psi.stable"), moderate: words("drift.psi.moderate"), large: words("drift.psi.large")),
            width: Self.width)
        return figure(chart, id: "drift-psi-chart", caption: words("drift.chart.psi.caption"))
    }

    /// Buyers per segment over time as the first initial model assigns them.
    func sizesFigure(_ result: DriftResult) -> Figure {
        let first = result.starts[0]
        let times = [Double(first.windowEnd)] + first.steps.map { Double($0.date) }
        let layers = result.sizeLabels.enumerated().map { column, label in
            StackedAreaChart.Layer(name: sizeLayerName(result, column: column), values: result.sizes.map { Double($0[column]) })
        }
        let chart = StackedAreaChart(
            title: words("drift.chart.sizes.title"), description: words("drift.chart.sizes.description"), times: times,
            layers: layers, format: .count, valueTitle: words("drift.chart.sizes.value"), width: Self.width)
        return figure(chart, id: "drift-sizes-chart", caption: words("drift.chart.sizes.caption"))
    }

    /// The name of the segment a column of the sizes matches (segmentation.html's), with the
    /// initial model's number when two columns match the same segment; `Segment N` when
    /// nothing names it, the noise's word for noise.
    func sizeLayerName(_ result: DriftResult, column: Int) -> String {
        let label = result.sizeLabels[column]
        guard label >= 0 else { return words("drift.noise") }
        let number = words("drift.segment", ["number": language.integer(label + 1)])
        guard result.sizeNames.indices.contains(column), let name = result.sizeNames[column] else { return number }
        let shared = result.sizeNames.filter { $0 == name }.count > 1
        return shared ? words.segmentTitle(name) + " (" + number + ")" : words.segmentTitle(name)
    }
}

/// A histogram of a distribution, on a linear axis or, for skewed values such as order
/// amounts, on a logarithmic axis whose labels are written in the value's format (money).
public struct HistogramChart: SVGChart {
    public var title: String
    public var description: String
    public var histogram: Histogram
    /// How bin edges are written (axis and tooltips).
    public var format: ValueFormat
    /// Title of the count axis (such as "Orders").
    public var countTitle: String?
    /// Title of the value axis (such as "Order value").
    public var valueTitle: String?
    public var width: Double
    public var plotHeight: Double

    /// A histogram chart of precomputed bins (see ``Histogram/linear(_:binCount:)`` and
    /// ``Histogram/logarithmic(_:binsPerDecade:)``).
    public init(
        title: String, description: String = "", histogram: Histogram, format: ValueFormat = .number(decimals: 0),
        countTitle: String? = nil, valueTitle: String? = nil, width: Double = ChartTheme.width, plotHeight: Double = 220
    ) {
        self.title = title
        self.description = description
        self.histogram = histogram
        self.format = format
        self.countTitle = countTitle
        self.valueTitle = valueTitle
        self.width = width
        self.plotHeight = plotHeight
    }

    /// A histogram chart of raw values, binned linearly (`logarithmic: false`, about
    /// `binCount` bins) or in log space (`binsPerDecade` bins per power of ten).
    public init(
        title: String, description: String = "", values: [Double], logarithmic: Bool, binCount: Int = 20,
        binsPerDecade: Int = 5, format: ValueFormat = .number(decimals: 0), countTitle: String? = nil, valueTitle: String? = nil
    ) {
        let histogram = logarithmic
            ? Histogram.logarithmic(values, binsPerDecade: binsPerDecade) : Histogram.linear(values, binCount: binCount)
        self.init(title: title, description: description, histogram: histogram, format: format,
                  countTitle: countTitle, valueTitle: valueTitle)
    }

    public func svg(id: ChartID, language: ReportLanguage) -> SVGNode {
        let bins = histogram
        guard bins.total > 0, bins.edges.count == bins.counts.count + 1, bins.edges.allSatisfy(\.isFinite) else {
            return ChartFrame.empty(id: id, width: width, title: title, description: description, language: language)
        }
        let counts = bins.counts.map(Double.init)
        let yBase = LinearScale.covering(counts, range: (0, 1))
        let yStep = yBase.tickStep()
        let yTicks = yBase.ticks().map { ($0, ValueFormat.count.axisLabel($0, step: yStep, language: language)) }
        let left = max(44, (yTicks.map { ChartTheme.estimatedWidth(of: $0.1) }.max() ?? 0) + Axis.labelGap + 8)
        let (lo, hi) = (bins.edges.first!, bins.edges.last!)
        // Room for a tick label centred on the last edge (such as "100 k R$").
        let right = max(24, ChartTheme.estimatedWidth(of: format.axisLabel(hi, step: hi, language: language)) / 2 + 6)
        let area = PlotArea(x: left, y: 34, width: width - left - right, height: plotHeight)
        let y = LinearScale(domain: yBase.domain, range: (area.maxY, area.y))
        let x: (Double) -> Double
        let xTicks: [AxisTick]
        if bins.isLogarithmic {
            let scale = LogScale(domain: (lo, hi), range: (area.x, area.maxX))
            x = { scale($0) }
            xTicks = scale.ticks().map { AxisTick(position: scale($0), label: format.axisLabel($0, step: $0, language: language)) }
        } else {
            let scale = LinearScale(domain: (lo, hi), range: (area.x, area.maxX))
            let step = scale.tickStep(count: 8)
            x = { scale($0) }
            xTicks = scale.ticks(count: 8).map { AxisTick(position: scale($0), label: format.axisLabel($0, step: step, language: language)) }
        }
        var nodes = Axis(edge: .left, ticks: yTicks.map { AxisTick(position: y($0.0), label: $0.1) }, area: area,
                         title: countTitle).nodes()
        nodes += Axis(edge: .bottom, ticks: xTicks, area: area, gridlines: false, title: valueTitle).nodes()
        let edgeText = bins.edges.map { format.format($0, language: language) }
        var marks: [SVGNode] = []
        for (index, count) in bins.counts.enumerated() where count > 0 {
            let (x0, x1) = (x(bins.edges[index]), x(bins.edges[index + 1]))
            let tip = ChartText.labelled(ChartText.range(edgeText[index], edgeText[index + 1], language: language),
                                         language.integer(count), language: language)
            marks.append(.rect(x: x0 + 0.5, y: y(Double(count)), width: x1 - x0 - 1, height: y(0) - y(Double(count)),
                               fill: Palette.primary, tooltip: tip))
        }
        nodes.append(.group(marks))
        let mode = bins.counts.indices.max { bins.counts[$0] < bins.counts[$1] }!
        let summary = ChartText.histogram(
            count: language.integer(bins.total), bins: bins.counts.count, from: edgeText.first!, to: edgeText.last!,
            mode: (edgeText[mode], edgeText[mode + 1], language.integer(bins.counts[mode])),
            excluded: bins.isLogarithmic && bins.excluded > 0 ? language.integer(bins.excluded) : nil, language: language)
        let height = area.maxY + (valueTitle == nil ? 30 : 50)
        return ChartFrame(id: id, width: width, height: height, title: title,
                          description: joinedDescription(description, summary)).svg(nodes)
    }
}

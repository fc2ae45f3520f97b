import Foundation
import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading

/// The charts of the exploration page, each as a figure: its SVG and its caption.
extension EDAPage {
    /// Categories and states shown in the bar charts.
    static let topCount = EDAShares.topCategoryCount
    /// View-box width of the charts shown two by two.
    static let pairWidth = 520.0
    /// View-box width of the charts shown alone on a row.
    static let fullWidth = 840.0

    /// A figure of the page template: the chart's SVG (inserted raw) and its caption.
    func figure(_ chart: some SVGChart, id: String, caption: String) -> Figure {
        Figure(id: id, svg: chart.render(id: ChartID(id), language: language), caption: caption)
    }

    var monthlyFigure: Figure {
        let months = result.monthly
        let chart = TimeSeriesChart(
            title: words("eda.chart.monthly.title"), description: words("eda.chart.monthly.description"),
            series: [
                .init(name: words("eda.chart.monthly.orders"),
                      points: months.map { TimePoint(time: Double($0.start.secondsSince1970), value: Double($0.orders)) },
                      format: .count, style: .area),
                .init(name: words("eda.chart.monthly.revenue"),
                      points: months.map { TimePoint(time: Double($0.start.secondsSince1970), value: $0.revenue) },
                      format: .money(words.amounts, decimals: 0)),
            ],
            layout: .panels, width: Self.fullWidth, panelHeight: 170)
        return figure(chart, id: "eda-monthly", caption: words("eda.chart.monthly.caption", ["currency": words.amounts.symbol]))
    }

    var basketFigure: Figure {
        let chart = HistogramChart(
            title: words("eda.chart.baskets.title"), description: words("eda.chart.baskets.description"),
            histogram: .logarithmicFitted(indicators.baskets.sorted, binsPerDecade: 8), format: .money(words.amounts, decimals: 0),
            countTitle: words("eda.chart.baskets.countTitle"), valueTitle: words("eda.chart.baskets.valueTitle"),
            width: Self.fullWidth)
        return figure(chart, id: "eda-baskets", caption: words("eda.chart.baskets.caption"))
    }

    var secondPurchaseFigure: Figure {
        let days = indicators.daysToSecondPurchase.sorted
        let chart = HistogramChart(
            title: words("eda.chart.secondPurchase.title"), description: words("eda.chart.secondPurchase.description"),
            histogram: .linear(days, binCount: 25), format: .count,
            countTitle: words("eda.chart.secondPurchase.countTitle"), valueTitle: words("eda.chart.secondPurchase.valueTitle"),
            width: Self.fullWidth)
        return figure(chart, id: "eda-second-purchase", caption: words("eda.chart.secondPurchase.caption"))
    }

    var reviewFigure: Figure {
        let shares = result.shares.reviewScoreShares.map { $0.isNaN ? 0 : $0 }
        let chart = BarChart(
            title: words("eda.chart.reviews.title"), description: words("eda.chart.reviews.description"),
            bars: zip(distributions.reviewScores, shares).enumerated().map { index, score in
                BarChart.Bar(label: "\(index + 1)\u{00A0}★", value: score.1,
                             tooltip: "\(index + 1)\u{00A0}★: \(count(score.0)) (\(share(score.1)))")
            },
            format: .percent(decimals: 1), valueTitle: words("eda.chart.reviews.valueTitle"), width: Self.pairWidth,
            plotHeight: 200)
        return figure(chart, id: "eda-reviews", caption: words("eda.chart.reviews.caption", ["reviews": count(indicators.reviews)]))
    }

    var deliveryFigure: Figure {
        let delivery = distributions.delivery
        let buckets = zip(DeliveryDelays.Bucket.allCases, zip(delivery.bucketCounts, delivery.bucketShares))
        let bars = buckets.map { bucket, figures in
            BarChart.Bar(label: bucketName(bucket), value: figures.1,
                         tooltip: ChartText.labelled(bucketName(bucket), "\(count(figures.0)) (\(share(figures.1)))",
                                                     language: language),
                         color: bucketColor(bucket))
        }
        let chart = BarChart(
            title: words("eda.chart.delivery.title"), description: words("eda.chart.delivery.description"),
            bars: bars, format: .percent(decimals: 1), orientation: .horizontal,
            valueTitle: words("eda.chart.delivery.valueTitle"), width: Self.pairWidth)
        return figure(chart, id: "eda-delivery", caption: words("eda.chart.delivery.caption", ["orders": count(delivery.count)]))
    }

    var paymentTypeFigure: Figure {
        let chart = BarChart(
            title: words("eda.chart.paymentTypes.title"), description: words("eda.chart.paymentTypes.description"),
            bars: distributions.paymentTypes.map {
                BarChart.Bar(label: paymentTypeName($0.label), value: $0.share,
                             tooltip: ChartText.labelled(paymentTypeName($0.label), "\(count($0.count)) (\(share($0.share)))",
                                                         language: language))
            },
            format: .percent(decimals: 1), orientation: .horizontal,
            valueTitle: words("eda.chart.paymentTypes.valueTitle"), width: Self.pairWidth)
        return figure(chart, id: "eda-payment-types", caption: words("eda.chart.paymentTypes.caption"))
    }

    var installmentFigure: Figure {
        let chart = BarChart(
            title: words("eda.chart.installments.title"), description: words("eda.chart.installments.description"),
            bars: contiguousInstallments.map { installments, payments, fraction in
                let label = String(installments)
                return BarChart.Bar(label: label, value: Double(payments),
                                    tooltip: ChartText.labelled(label, "\(count(payments)) (\(share(fraction)))", language: language))
            },
            format: .count, valueTitle: words("eda.chart.installments.valueTitle"), showsValues: false, width: Self.pairWidth,
            plotHeight: 200)
        return figure(chart, id: "eda-installments", caption: words("eda.chart.installments.caption"))
    }

    var categoryFigure: Figure {
        let categories = distributions.categories
        let shown = categories.prefix(Self.topCount)
        let chart = BarChart(
            title: words("eda.chart.categories.title"), description: words("eda.chart.categories.description"),
            bars: shown.map {
                BarChart.Bar(label: categoryName($0.label), value: Double($0.count),
                             tooltip: ChartText.labelled(categoryName($0.label), "\(count($0.count)) (\(share($0.share)))",
                                                         language: language))
            },
            format: .count, orientation: .horizontal, valueTitle: words("eda.chart.categories.valueTitle"), width: Self.pairWidth)
        return figure(chart, id: "eda-categories", caption: words("eda.chart.categories.caption", [
            "others": count(result.shares.otherCategories), "otherItems": count(result.shares.otherCategoryItems),
            "uncategorised": count(distributions.uncategorisedItems),
        ]))
    }

    var stateFigure: Figure {
        let states = distributions.states
        let shown = states.prefix(Self.topCount)
        let chart = BarChart(
            title: words("eda.chart.states.title"), description: words("eda.chart.states.description"),
            bars: shown.map {
                BarChart.Bar(label: $0.label, value: $0.share,
                             tooltip: ChartText.labelled($0.label, "\(count($0.count)) (\(share($0.share)))", language: language))
            },
            format: .percent(decimals: 1), orientation: .horizontal, valueTitle: words("eda.chart.states.valueTitle"),
            width: Self.pairWidth)
        return figure(chart, id: "eda-states", caption: words("eda.chart.states.caption", ["states": count(states.count)]))
    }

    /// Rows of the RFM heatmaps: recency score 5 (most recent) at the top.
    private var recencyRows: [Int] { [5, 4, 3, 2, 1] }

    var rfmBuyerHeatmap: Figure {
        let grid = result.rfm.grid
        let chart = HeatmapChart(
            title: words("eda.chart.rfmBuyers.title"), description: words("eda.chart.rfmBuyers.description"),
            rowLabels: recencyRows.map(String.init), columnLabels: (1...5).map(String.init),
            values: recencyRows.map { r in grid[r - 1].map { Optional(Double($0)) } },
            rowTitle: words("eda.chart.rfm.rowTitle"), columnTitle: words("eda.chart.rfm.columnTitle"),
            legendTitle: words("eda.chart.rfmBuyers.legendTitle"), logarithmicColors: true, width: Self.fullWidth)
        return figure(chart, id: "eda-rfm-buyers", caption: words("eda.chart.rfmBuyers.caption"))
    }

    var rfmRevenueHeatmap: Figure {
        let grid = result.rfmRevenueGrid
        let chart = HeatmapChart(
            title: words("eda.chart.rfmRevenue.title"), description: words("eda.chart.rfmRevenue.description"),
            rowLabels: recencyRows.map(String.init), columnLabels: (1...5).map(String.init),
            values: recencyRows.map { r in grid[r - 1].map { Optional($0) } }, format: .money(words.amounts, decimals: 0),
            ramp: .blues,
            rowTitle: words("eda.chart.rfm.rowTitle"), columnTitle: words("eda.chart.rfm.columnTitle"),
            legendTitle: words("eda.chart.rfmRevenue.legendTitle"), width: Self.fullWidth)
        return figure(chart, id: "eda-rfm-revenue", caption: words("eda.chart.rfmRevenue.caption", ["currency": words.amounts.symbol]))
    }

    /// Payments per number of installments, every number from the smallest to the largest
    /// seen (with zeros), so that the axis reads as a scale.
    var contiguousInstallments: [(installments: Int, payments: Int, share: Double)] {
        let counts = Dictionary(
            distributions.installments.map { (Int($0.label) ?? 0, ($0.count, $0.share)) }, uniquingKeysWith: { first, _ in first })
        guard let low = counts.keys.min(), let high = counts.keys.max() else { return [] }
        return (low...high).map { ($0, counts[$0]?.0 ?? 0, counts[$0]?.1 ?? 0) }
    }

    // MARK: Display names

    /// A payment type code in words (the code itself when the tool does not know it).
    func paymentTypeName(_ code: String) -> String {
        switch PaymentType(rawValue: code) {
        case .other, nil: code
        case let type?: words("paymentType.\(type.rawValue)")
        }
    }

    /// A category name with spaces for underscores (`bed_bath_table` → `bed bath table`).
    func categoryName(_ name: String) -> String {
        name.replacingOccurrences(of: "_", with: " ")
    }

    func bucketName(_ bucket: DeliveryDelays.Bucket) -> String {
        words("delivery.\(bucket.rawValue)")
    }

    /// Okabe–Ito bluish green for early, blue for on the day, orange for late.
    func bucketColor(_ bucket: DeliveryDelays.Bucket) -> RGBColor {
        switch bucket {
        case .early15OrMore, .early8To14, .early1To7: Palette.color(2)
        case .onTheDay: Palette.color(0)
        case .late1To7, .late8To14, .late15OrMore: Palette.color(1)
        }
    }
}

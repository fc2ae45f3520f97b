import SegmentsAnalytics
import SegmentsCharts

/// The maintenance quote (quote.html): an A4 page that a provider attaches to a proposal.
/// It formats a `MaintenanceQuote`; every amount is in `results.json` → `quote`.
struct QuotePage {
    let frame: PageFrame
    let quote: MaintenanceQuote
    let exploration: EDAResult

    var language: ReportLanguage { frame.language }
    var words: Catalogue { frame.words }
    var terms: MaintenanceQuote.Terms { quote.terms }

    func model() -> PageModel<QuoteModel> {
        let content = QuoteModel(
            facts: [
                .init(label: words("quote.number"), value: terms.number),
                .init(label: words("quote.issued"), value: language.day(quote.issueDate)),
                .init(label: words("quote.validUntil"), value: language.day(quote.validUntil)),
                .init(label: words("quote.provider"), value: terms.provider),
                .init(label: words("quote.client"), value: terms.client),
            ],
            intervalParagraphs: intervalParagraphs, figures: figures,
            taskLines: quote.lines.map { line in
                .init(
                    task: words("quote.task.\(line.task.rawValue)"), detail: words("quote.task.\(line.task.rawValue).detail"),
                    days: days(line.days), rate: money(terms.dayRate), amount: money(line.amount))
            },
            interventionDays: days(quote.daysPerIntervention), interventionPrice: money(quote.pricePerIntervention),
            totalLines: totalLines, assumptions: assumptions,
            closing: words("quote.closing", ["date": language.day(quote.validUntil), "provider": terms.provider]))
        return frame.model(for: .quote, title: words("quote.title"), lead: lead, content: content)
    }

    func money(_ value: Double) -> String { language.money(value, currency: terms.currency) }

    /// `1.5` / `1,5`, with up to two decimals.
    func days(_ value: Double) -> String {
        language.number(value, decimals: value == value.rounded() ? 0 : (value * 10 == (value * 10).rounded() ? 1 : 2))
    }

    /// Whole days: `123 days` / `123 jours`.
    func dayCount(_ value: Double) -> String {
        let rounded = value.rounded()
        return language.number(rounded, decimals: 0) + "\u{00A0}" + words(rounded == 1 ? "unit.day" : "unit.days")
    }

    var lead: String {
        words(quote.interventionsPerYear == 1 ? "quote.lead.one" : "quote.lead", [
            "count": language.integer(quote.interventionsPerYear), "price": money(quote.pricePerIntervention),
            "total": money(quote.totalAfterTax), "client": terms.client,
        ])
    }

    var intervalParagraphs: [String] {
        let count = language.integer(quote.interventionsPerYear)
        guard let basis = quote.basis, let interval = basis.intervalDays else {
            return [words("quote.interval.none")]
        }
        let arguments = [
            "threshold": language.number(basis.threshold, decimals: 2), "days": dayCount(interval),
            "weeks": language.number(interval / 7, decimals: 1), "count": count,
            "first": language.day(basis.firstDate), "last": language.day(basis.lastDate),
        ]
        if basis.isLowerBound {
            return [words("quote.interval.lowerBound", arguments), words.counted("quote.interval.lowerBound.count", quote.interventionsPerYear, count: language.integer(quote.interventionsPerYear), arguments)]
        }
        return [words("quote.interval.measured", arguments), words("quote.interval.measured.count", arguments)]
    }

    var figures: [Figure] {
        guard let basis = quote.basis, !basis.medianARI.isEmpty else { return [] }
        let chart = LineChart(
            title: words("quote.chart.title"), description: words("quote.chart.description"),
            series: [
                .init(
                    name: words("quote.chart.median"),
                    points: basis.medianARI.map { ChartPoint(x: $0.date.unixSeconds, y: $0.value) })
            ],
            horizontalLines: [
                .init(value: basis.threshold, label: words("quote.chart.threshold", ["threshold": language.number(basis.threshold, decimals: 2)]))
            ],
            xAxis: .dates, yFormat: .number(decimals: 1), yTitle: "ARI", yDomain: 0...1, width: 640, plotHeight: 120)
        return [Figure(id: "quote-ari", svg: chart.render(id: ChartID("quote-ari"), language: language), caption: words("quote.chart.caption"))]
    }

    var totalLines: [QuoteModel.TotalLine] {
        var lines: [QuoteModel.TotalLine] = [
            .init(
                label: words("quote.total.interventions"), quantity: language.integer(quote.interventionsPerYear),
                unitPrice: money(quote.pricePerIntervention), amount: money(quote.interventionsAmount), kind: "")
        ]
        if let fee = terms.monthlyFee, let monitoring = quote.monitoringAmount {
            lines.append(.init(
                label: words("quote.total.monitoring"), quantity: language.integer(12), unitPrice: money(fee),
                amount: money(monitoring), kind: ""))
        }
        lines.append(.init(label: words("quote.total.beforeTax"), quantity: "", unitPrice: "", amount: money(quote.totalBeforeTax), kind: "total"))
        lines.append(.init(
            label: words("quote.total.tax", ["rate": language.percent(terms.taxRate, decimals: terms.taxRate * 100 == (terms.taxRate * 100).rounded() ? 0 : 2)]),
            quantity: "", unitPrice: "", amount: money(quote.tax), kind: ""))
        lines.append(.init(label: words("quote.total.afterTax"), quantity: "", unitPrice: "", amount: money(quote.totalAfterTax), kind: "grand"))
        return lines
    }

    var assumptions: [String] {
        var items: [String] = []
        if let period = quote.dataPeriod {
            items.append(words("quote.assumption.data", [
                "first": language.day(period.lowerBound), "last": language.day(period.upperBound),
                "buyers": language.integer(exploration.indicators.buyers),
            ]))
        }
        if let basis = quote.basis, let interval = basis.intervalDays {
            let threshold = language.number(basis.threshold, decimals: 2)
            items.append(words("quote.assumption.threshold", ["threshold": threshold]))
            items.append(words(basis.isLowerBound ? "quote.assumption.lowerBound" : "quote.assumption.interval", [
                "days": dayCount(interval), "threshold": threshold,
            ]))
            items.append(words("quote.assumption.rule", ["days": language.number(interval, decimals: 1), "count": language.integer(quote.interventionsPerYear)]))
        } else {
            items.append(words("quote.assumption.none"))
        }
        items.append(words("quote.assumption.prices", [
            "currency": terms.currency.code, "rate": money(terms.dayRate),
        ]))
        items.append(words("quote.assumption.validity", ["days": language.integer(terms.validityDays), "date": language.day(quote.validUntil)]))
        return items
    }
}

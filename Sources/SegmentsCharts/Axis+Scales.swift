/// Axis ticks for linear and calendar scales, shared by the charts with numeric or time axes.
extension Axis {
    /// About `count` nice ticks of `scale` with labels in `format`, as (value, label) pairs.
    static func linearTicks(_ scale: LinearScale, format: ValueFormat, language: ReportLanguage, count: Int = 5)
        -> [(Double, String)]
    {
        let step = scale.tickStep(count: count)
        return scale.ticks(count: count).map { ($0, format.axisLabel($0, step: step, language: language)) }
    }

    /// A bottom axis on calendar ticks (months, quarters or years) for instants in `domain`.
    /// - Parameter labels: Whether to write the tick labels (false for upper panels).
    static func time(domain: (Double, Double), area: PlotArea, labels: Bool = true, gridlines: Bool = false,
                     language: ReportLanguage) -> [SVGNode] {
        let scale = TimeScale(domain: domain, range: (area.x, area.maxX))
        let (interval, dates) = scale.ticks(maxCount: max(2, Int(area.width / 64)))
        let texts = TimeScale.labels(dates, interval: interval, language: language)
        let ticks = zip(dates, texts).map { AxisTick(position: scale($0.unixSeconds), label: labels ? $1 : "") }
        return Axis(edge: .bottom, ticks: ticks, area: area, gridlines: gridlines).nodes()
    }

    /// The width a left axis needs for `labels`, at least 44.
    static func leftMargin(_ labels: [String]) -> Double {
        max(44, (labels.map { ChartTheme.estimatedWidth(of: $0) }.max() ?? 0) + labelGap + 8)
    }
}

/// Date text for tooltips and summaries of instants (Unix seconds, UTC).
enum ChartDates {
    /// Whether every instant is midnight on the first of a month (monthly data).
    static func isMonthly(_ times: [Double]) -> Bool {
        times.allSatisfy { CivilDate(unixSeconds: $0).day == 1 && $0.truncatingRemainder(dividingBy: 86_400) == 0 }
    }

    /// `Jan 2018` for monthly data, otherwise the day.
    static func label(_ time: Double, monthly: Bool, language: ReportLanguage) -> String {
        let date = CivilDate(unixSeconds: time)
        return monthly ? language.monthYear(date) : language.day(date)
    }
}

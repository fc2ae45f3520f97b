import SegmentsAnalytics

extension ReportConfiguration {
    /// The effective configuration as lines of the overview page's settings table: a key
    /// (`setting.<key>` in the catalogue) and the value written as in the file, so that it
    /// reads the same in every language and can be copied back into a file.
    /// - Returns: `(key, value)` pairs in file order.
    public func settingLines() -> [(key: String, value: String)] {
        var lines: [(String, String)] = []
        if let title { lines.append(("title", title)) }
        lines.append(("rfmReferenceDate", rfmReferenceDate?.description ?? "auto"))
        lines.append(("features", search.featureSets.map { "\($0.name) [\($0.features.map(\.rawValue).joined(separator: ", "))]" }.joined(separator: "; ")))
        lines.append(("clusterCounts", "\(search.clusterCounts.lowerBound)–\(search.clusterCounts.upperBound)"))
        lines.append(("algorithms", search.algorithms.map(\.rawValue).joined(separator: ", ")))
        lines.append(("kmeansRestarts", String(search.kmeansRestarts)))
        let eps: String
        switch search.dbscanEps {
        case .knee(let factors): eps = "knee × " + factors.map(Self.text).joined(separator: ", ")
        case .values(let values): eps = values.map(Self.text).joined(separator: ", ")
        }
        lines.append(("dbscan", "min_samples \(search.dbscanMinSamples.map(String.init) ?? "auto"), eps \(eps)"))
        let rule = search.selection
        var selection = "clusters \(rule.clusterRange.lowerBound)–\(rule.clusterRange.upperBound), min_cluster_share \(Self.text(rule.minClusterShare)), max_noise_share \(Self.text(rule.maxNoiseShare))"
        if let model = rule.explicit { selection += "; model \(model.featureSet) \(model.algorithm.rawValue) k=\(model.k)" }
        lines.append(("selection", selection))
        var driftLine = "initial_months \(drift.initialMonths), step \(drift.step.rawValue), starts \(drift.starts), start_spacing_months \(drift.startSpacingMonths), threshold \(Self.text(drift.threshold))"
        if let previous = previousModel { driftLine += ", previous_model \(previous)" }
        lines.append(("drift", driftLine))
        var quoteLine = "\(quote.currency), day_rate \(Self.text(quote.dayRate)), days \(Self.text(quote.days.dataRefresh)) + \(Self.text(quote.days.retraining)) + \(Self.text(quote.days.checks)) + \(Self.text(quote.days.report)), tax_rate \(Self.text(quote.taxRate)), validity_days \(quote.validityDays)"
        if let fee = quote.monthlyFee { quoteLine += ", monthly_fee \(Self.text(fee))" }
        lines.append(("quote", quoteLine))
        return lines
    }

    /// A number as written in the file: `0.8`, `25`.
    static func text(_ value: Double) -> String { ConfigurationNode.text(value) }
}

/// Generated sentences of the segmentation and drift charts, from the language's catalogue.
extension ChartText {
    /// `Segment A: highest Recency (92%), lowest Review score (12%).`
    static func profile(name: String, highest: (String, String), lowest: (String, String), language: ReportLanguage) -> String {
        language.chartWords("profile", [
            "name": name, "highestLabel": highest.0, "highest": highest.1, "lowestLabel": lowest.0, "lowest": lowest.1,
        ])
    }

    /// `Clusters: A (120), B (80); silhouettes from −0.12 to 0.91, mean 0.42.`
    static func knife(clusters: [String], from: String, to: String, mean: String?, language: ReportLanguage) -> String {
        language.chartWords("knife", [
            "clusters": clusters.joined(separator: language.chartWords("listSeparator")), "from": from, "to": to,
        ]) + (mean.map { language.chartWords("knifeMean", ["mean": $0]) } ?? language.chartWords("knifeEnd"))
    }

    /// `95,000 points in 5 groups: A (12,000), B (…).`
    static func scatter(points: String, groups: [String], language: ReportLanguage) -> String {
        language.chartWords("scatter", [
            "points": points, "groups": String(groups.count), "list": groups.joined(separator: language.chartWords("listSeparator")),
        ])
    }

    /// `30 leaves, merge heights from 1.2 to 340.`
    static func dendrogram(leaves: Int, from: String, to: String, language: ReportLanguage) -> String {
        language.chartWords("dendrogram", ["leaves": String(leaves), "from": from, "to": to])
    }

    /// `Merge at 12.5: 1,234`
    static func merge(height: String, size: String, language: ReportLanguage) -> String {
        language.chartWords("merge", ["height": height, "size": size])
    }

    /// `A: from 120 (Jan 2018) to 340 (Dec 2018).`
    static func change(name: String, first: (String, String), last: (String, String), language: ReportLanguage) -> String {
        language.chartWords("change", ["name": name, "first": first.0, "firstWhen": first.1, "last": last.0, "lastWhen": last.1])
    }
}

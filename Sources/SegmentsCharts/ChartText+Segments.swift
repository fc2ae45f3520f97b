/// Generated sentences of the segmentation and drift charts, in each report language.
extension ChartText {
    /// `Segment A: highest Recency (92%), lowest Review score (12%).`
    static func profile(name: String, highest: (String, String), lowest: (String, String), language: ReportLanguage) -> String {
        switch language {
        case .en: "\(name): highest \(highest.0) (\(highest.1)), lowest \(lowest.0) (\(lowest.1))."
        case .fr: "\(name)\u{00A0}: le plus haut \(highest.0) (\(highest.1)), le plus bas \(lowest.0) (\(lowest.1))."
        }
    }

    /// `Clusters: A (120), B (80); silhouettes from −0.12 to 0.91, mean 0.42.`
    static func knife(clusters: [String], from: String, to: String, mean: String?, language: ReportLanguage) -> String {
        switch language {
        case .en:
            "Clusters: \(clusters.joined(separator: ", ")); silhouettes from \(from) to \(to)" + (mean.map { ", mean \($0)." } ?? ".")
        case .fr:
            "Groupes\u{00A0}: \(clusters.joined(separator: ", "))\u{00A0}; silhouettes de \(from) à \(to)"
                + (mean.map { ", moyenne \($0)." } ?? ".")
        }
    }

    /// `95,000 points in 5 groups: A (12,000), B (…).`
    static func scatter(points: String, groups: [String], language: ReportLanguage) -> String {
        switch language {
        case .en: "\(points) points in \(groups.count) groups: \(groups.joined(separator: ", "))."
        case .fr: "\(points) points en \(groups.count) groupes\u{00A0}: \(groups.joined(separator: ", "))."
        }
    }

    /// `30 leaves, merge heights from 1.2 to 340.`
    static func dendrogram(leaves: Int, from: String, to: String, language: ReportLanguage) -> String {
        switch language {
        case .en: "\(leaves) leaves, merge heights from \(from) to \(to)."
        case .fr: "\(leaves) feuilles, hauteurs de fusion de \(from) à \(to)."
        }
    }

    /// `Merge at 12.5: 1,234`
    static func merge(height: String, size: String, language: ReportLanguage) -> String {
        switch language {
        case .en: "Merge at \(height): \(size)"
        case .fr: "Fusion à \(height)\u{00A0}: \(size)"
        }
    }

    /// `A: from 120 (Jan 2018) to 340 (Dec 2018).`
    static func change(name: String, first: (String, String), last: (String, String), language: ReportLanguage) -> String {
        switch language {
        case .en: "\(name): from \(first.0) (\(first.1)) to \(last.0) (\(last.1))."
        case .fr: "\(name)\u{00A0}: de \(first.0) (\(first.1)) à \(last.0) (\(last.1))."
        }
    }
}

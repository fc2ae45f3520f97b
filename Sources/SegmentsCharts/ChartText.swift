/// Generated sentences for chart descriptions and tooltips, in each report language.
public enum ChartText {
    /// `Orders: 24 points from Jan 2017 to Dec 2018; lowest 120 (Jan 2017), highest 7,300 (Nov 2017).`
    static func series(
        name: String, count: Int, first: String, last: String, lowest: (String, String), highest: (String, String),
        language: ReportLanguage
    ) -> String {
        switch language {
        case .en:
            "\(name): \(count) points from \(first) to \(last); lowest \(lowest.0) (\(lowest.1)), highest \(highest.0) (\(highest.1))."
        case .fr:
            "\(name)\u{00A0}: \(count) points de \(first) à \(last)\u{00A0}; minimum \(lowest.0) (\(lowest.1)), maximum \(highest.0) (\(highest.1))."
        }
    }

    /// `5 bars; highest: credit_card (74.0%); lowest: debit_card (1.5%).`
    static func bars(count: Int, highest: (String, String), lowest: (String, String), language: ReportLanguage) -> String {
        switch language {
        case .en: "\(count) bars; highest: \(highest.0) (\(highest.1)); lowest: \(lowest.0) (\(lowest.1))."
        case .fr: "\(count) barres\u{00A0}; la plus haute\u{00A0}: \(highest.0) (\(highest.1))\u{00A0}; la plus basse\u{00A0}: \(lowest.0) (\(lowest.1))."
        }
    }

    /// `96,096 values in 20 bins from R$1 to R$10k; most common: R$100 to R$158 (12,000).`
    static func histogram(
        count: String, bins: Int, from: String, to: String, mode: (String, String, String), excluded: String?,
        language: ReportLanguage
    ) -> String {
        switch language {
        case .en:
            "\(count) values in \(bins) bins from \(from) to \(to); most common: \(mode.0) to \(mode.1) (\(mode.2))."
                + (excluded.map { " \($0) values ≤ 0 not shown on the logarithmic axis." } ?? "")
        case .fr:
            "\(count) valeurs en \(bins) classes de \(from) à \(to)\u{00A0}; la plus fréquente\u{00A0}: \(mode.0) à \(mode.1) (\(mode.2))."
                + (excluded.map { " \($0) valeurs ≤ 0 non montrées sur l’axe logarithmique." } ?? "")
        }
    }

    /// `From R$100 to R$158: 12,000`
    static func range(_ from: String, _ to: String, language: ReportLanguage) -> String {
        switch language {
        case .en: "From \(from) to \(to)"
        case .fr: "De \(from) à \(to)"
        }
    }

    /// `5 rows × 5 columns; highest: R 5, F 1 (1,234).`
    static func heatmap(rows: Int, columns: Int, highest: (String, String)?, language: ReportLanguage) -> String {
        let cells: String
        switch language {
        case .en: cells = "\(rows) rows × \(columns) columns"
        case .fr: cells = "\(rows) lignes × \(columns) colonnes"
        }
        guard let highest else { return cells + "." }
        switch language {
        case .en: return cells + "; highest: \(highest.0) (\(highest.1))."
        case .fr: return cells + "\u{00A0}; valeur la plus haute\u{00A0}: \(highest.0) (\(highest.1))."
        }
    }

    /// `Tables: orders, customers. Links: orders to customers (100%).`
    static func diagram(entities: [String], links: [String], language: ReportLanguage) -> String {
        switch language {
        case .en: "Tables: \(entities.joined(separator: ", ")). Links: \(links.joined(separator: "; "))."
        case .fr: "Tables\u{00A0}: \(entities.joined(separator: ", ")). Liens\u{00A0}: \(links.joined(separator: "\u{00A0}; "))."
        }
    }

    /// `orders to customers`
    static func link(_ from: String, _ to: String, language: ReportLanguage) -> String {
        switch language {
        case .en: "\(from) to \(to)"
        case .fr: "\(from) vers \(to)"
        }
    }

    /// `Label: value` with the language's colon spacing.
    public static func labelled(_ label: String, _ value: String, language: ReportLanguage) -> String {
        language == .fr ? label + "\u{00A0}: " + value : label + ": " + value
    }
}

/// Generated sentences for chart descriptions and tooltips, from the `locale.chart` words of
/// the report language's catalogue.
public enum ChartText {
    /// `Orders: 24 points from Jan 2017 to Dec 2018; lowest 120 (Jan 2017), highest 7,300 (Nov 2017).`
    static func series(
        name: String, count: Int, first: String, last: String, lowest: (String, String), highest: (String, String),
        language: ReportLanguage
    ) -> String {
        language.chartWords("series", [
            "name": name, "count": String(count), "first": first, "last": last, "lowest": lowest.0, "lowestWhen": lowest.1,
            "highest": highest.0, "highestWhen": highest.1,
        ])
    }

    /// `5 bars; highest: credit_card (74.0%); lowest: debit_card (1.5%).`
    static func bars(count: Int, highest: (String, String), lowest: (String, String), language: ReportLanguage) -> String {
        language.chartWords("bars", [
            "count": String(count), "highestLabel": highest.0, "highest": highest.1, "lowestLabel": lowest.0, "lowest": lowest.1,
        ])
    }

    /// `96,096 values in 20 bins from R$1 to R$10k; most common: R$100 to R$158 (12,000).`
    static func histogram(
        count: String, bins: Int, from: String, to: String, mode: (String, String, String), excluded: String?,
        language: ReportLanguage
    ) -> String {
        language.chartWords("histogram", [
            "count": count, "bins": String(bins), "from": from, "to": to, "modeFrom": mode.0, "modeTo": mode.1,
            "modeCount": mode.2,
        ]) + (excluded.map { language.chartWords("histogramExcluded", ["excluded": $0]) } ?? "")
    }

    /// `From R$100 to R$158: 12,000`
    static func range(_ from: String, _ to: String, language: ReportLanguage) -> String {
        language.chartWords("range", ["from": from, "to": to])
    }

    /// `5 rows × 5 columns; highest: R 5, F 1 (1,234).`
    static func heatmap(rows: Int, columns: Int, highest: (String, String)?, language: ReportLanguage) -> String {
        let cells = language.chartWords("heatmapCells", ["rows": String(rows), "columns": String(columns)])
        guard let highest else { return language.chartWords("heatmapPlain", ["cells": cells]) }
        return language.chartWords("heatmapHighest", ["cells": cells, "label": highest.0, "value": highest.1])
    }

    /// `Tables: orders, customers. Links: orders to customers (100%).`
    static func diagram(entities: [String], links: [String], language: ReportLanguage) -> String {
        language.chartWords("diagram", [
            "entities": entities.joined(separator: language.chartWords("listSeparator")),
            "links": links.joined(separator: language.chartWords("diagramLinkSeparator")),
        ])
    }

    /// `orders to customers`
    static func link(_ from: String, _ to: String, language: ReportLanguage) -> String {
        language.chartWords("link", ["from": from, "to": to])
    }

    /// `Label: value` with the language's colon spacing.
    public static func labelled(_ label: String, _ value: String, language: ReportLanguage) -> String {
        language.chartWords("labelled", ["label": label, "value": value])
    }
}

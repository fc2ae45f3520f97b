import SegmentsAnalytics
import SegmentsLoading

/// The overview page: headline figures, links to every page, the input files with their
/// checksums, data quality, and the run's configuration.
struct IndexPage {
    let frame: PageFrame
    let dataset: OlistDataset
    /// The exploratory analysis, source of the headline figures.
    let exploration: EDAResult

    var language: ReportLanguage { frame.language }

    func context() -> [String: Any] {
        let text = frame.text
        let content: [String: Any] = [
            "headline": headline,
            "pages": ReportPage.allCases.filter { $0 != .index }.map { page in
                [
                    "href": page.fileName,
                    "label": text["page.\(page.rawValue)"] ?? page.rawValue,
                    "summary": text["page.\(page.rawValue).summary"] ?? "",
                ]
            },
            "datasetSentence": datasetSentence,
            "tables": dataset.provenance.map { table in
                [
                    "name": table.file,
                    "rows": language.integer(table.records),
                    "columns": language.integer(table.columns),
                    "size": language.byteCount(table.byteCount),
                    "checksum": table.sha256,
                ]
            },
            "qualitySummary": qualitySummary,
            "qualityClass": dataset.quality.issues.isEmpty && dataset.quality.references.allSatisfy({ $0.unmatched == 0 })
                ? "ok" : "warn",
            "hasQualityRows": !dataset.quality.issues.isEmpty,
            "qualityRows": dataset.quality.issues.map { summary in
                [
                    "problem": IssueWording.kind(summary.kind, language),
                    "where": summary.column.isEmpty ? summary.file : "\(summary.file) · \(summary.column)",
                    "count": language.integer(summary.count),
                    "example": summary.examples.first.map { "\($0.position)" } ?? "",
                ]
            },
            "joins": dataset.quality.references.map { check in
                [
                    "join": IssueWording.relation(check.relation, language),
                    "checked": language.integer(check.checked),
                    "rate": language.percent(check.matchRate, decimals: check.unmatched > 0 && check.matchRate > 0.999 ? 2 : 1),
                    "unmatched": language.integer(check.unmatched),
                    "example": check.examples.first.map { "\($0.position)" } ?? "",
                ]
            },
            "configuration": frame.request.settings.map { setting in
                ["label": text["setting.\(setting.key)"] ?? setting.key, "value": setting.value]
            },
        ]
        let title = language == .fr ? "Synthèse du rapport" : "Report overview"
        return frame.context(for: .index, title: title, lead: lead, content: content)
    }

    /// Purchase date range of the orders, if any.
    private var dateRange: (first: Timestamp, last: Timestamp)? {
        guard let first = dataset.orders.purchase.min(), let last = dataset.orders.purchase.max() else { return nil }
        return (first, last)
    }

    private func day(_ timestamp: Timestamp) -> String {
        language.day(CivilDate(unixSeconds: Double(timestamp.secondsSince1970)))
    }

    private var lead: String {
        let orders = language.integer(dataset.orders.count)
        let buyers = language.integer(dataset.buyers.count)
        let valid = language.integer(exploration.indicators.validOrders)
        guard let range = dateRange else {
            return language == .fr ? "Aucune commande dans les données." : "No orders in the data."
        }
        switch language {
        case .en:
            return "\(orders) orders (\(valid) valid) by \(buyers) customers, from \(day(range.first)) to \(day(range.last))."
        case .fr:
            return "\(orders) commandes (\(valid) valides) de \(buyers) clients, du \(day(range.first)) au \(day(range.last))."
        }
    }

    private var headline: [[String: String]] {
        var cards: [[String: String]] = []
        func card(_ value: String, _ en: String, _ fr: String) {
            cards.append(["value": value, "label": language == .fr ? fr : en])
        }
        let figures = exploration.indicators
        card(language.integer(figures.validOrders), "valid orders (not canceled or unavailable)",
             "commandes valides (ni annulées ni indisponibles)")
        card(language.integer(figures.buyers), "buyers (customer_unique_id with a valid order)",
             "acheteurs (customer_unique_id avec une commande valide)")
        card(language.percent(figures.repeatBuyerShare), "of buyers ordered again", "des acheteurs ont recommandé")
        card(language.money(figures.averageBasket, currency: .brl), "average basket (paid per valid order)",
             "panier moyen (payé par commande valide)")
        if let range = dateRange {
            let days = Int((range.last.secondsSince1970 - range.first.secondsSince1970) / Timestamp.secondsPerDay)
            card(language.integer(days), "days of history", "jours d’historique")
        }
        card(language.integer(dataset.provenance.count), "input files", "fichiers lus")
        card(
            language.integer(dataset.quality.rejectedRows), "rows rejected on loading", "lignes rejetées au chargement")
        return cards
    }

    private var datasetSentence: String {
        let files = language.integer(dataset.provenance.count)
        let bytes = language.byteCount(dataset.provenance.reduce(0) { $0 + $1.byteCount })
        switch language {
        case .en: return "Read from \(dataset.origin): \(files) files, \(bytes) in all."
        case .fr: return "Lu depuis \(dataset.origin) : \(files) fichiers, \(bytes) au total."
        }
    }

    private var qualitySummary: String {
        let quality = dataset.quality
        let problems = quality.issues.reduce(0) { $0 + $1.count }
        let orphans = quality.references.reduce(0) { $0 + $1.unmatched }
        if problems == 0 && orphans == 0 {
            return language == .fr
                ? "Aucun problème relevé : chaque ligne a été lue et chaque jointure trouve sa clé."
                : "No problem found: every row was read and every join finds its key."
        }
        let count = language.integer(problems)
        let rejected = language.integer(quality.rejectedRows)
        let unmatched = language.integer(orphans)
        switch (language, problems == 0) {
        case (.en, true):
            return "Every row was read; \(unmatched) rows have no match in a join and were kept. Details below."
        case (.fr, true):
            return "Toutes les lignes ont été lues ; \(unmatched) lignes sans correspondance dans une jointure ont été gardées. Détail ci-dessous."
        case (.en, false):
            return "\(count) problems found while loading, \(rejected) rows left out, and \(unmatched) rows "
                + "without a match in a join (kept). Details below."
        case (.fr, false):
            return "\(count) problèmes relevés au chargement, \(rejected) lignes écartées et \(unmatched) lignes "
                + "sans correspondance dans une jointure (gardées). Détail ci-dessous."
        }
    }
}

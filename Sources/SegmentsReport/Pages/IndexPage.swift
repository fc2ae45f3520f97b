import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading

/// The overview page: headline figures, links to every page, the input files with their
/// checksums, data quality, and the run's configuration.
struct IndexPage {
    let frame: PageFrame
    let dataset: OlistDataset
    /// The exploratory analysis, source of the headline figures.
    let exploration: EDAResult
    /// The model search and the chosen segments, summarised on the overview (nil: none).
    var search: ModelSearchResult? = nil
    var segmentation: SegmentationProfile? = nil

    var language: ReportLanguage { frame.language }

    var words: Catalogue { frame.words }

    func model() -> PageModel<IndexModel> {
        let content = IndexModel(
            headline: headline,
            pages: ReportPage.allCases.filter { $0 != .index }.map { page in
                .init(href: page.fileName, label: words("page.\(page.rawValue)"), summary: words("page.\(page.rawValue).summary"))
            },
            segmentationSummary: segmentationSummary,
            hasSegments: !segmentRows.isEmpty,
            segmentRows: segmentRows,
            datasetSentence: datasetSentence,
            tables: dataset.provenance.map { table in
                .init(
                    name: table.file, rows: language.integer(table.records), columns: language.integer(table.columns),
                    size: words.byteCount(table.byteCount), checksum: table.sha256)
            },
            qualitySummary: qualitySummary,
            qualityClass: dataset.quality.issues.isEmpty && dataset.quality.references.allSatisfy({ $0.unmatched == 0 })
                ? "ok" : "warn",
            hasQualityRows: !dataset.quality.issues.isEmpty,
            qualityRows: dataset.quality.issues.map { summary in
                .init(
                    problem: words("issue.\(summary.kind.rawValue)"),
                    where: summary.column.isEmpty ? summary.file : "\(summary.file) · \(summary.column)",
                    count: language.integer(summary.count), example: summary.examples.first.map { "\($0.position)" } ?? "")
            },
            joins: dataset.quality.references.map { check in
                .init(
                    join: relation(check.relation), checked: language.integer(check.checked),
                    rate: language.percent(check.matchRate, decimals: check.unmatched > 0 && check.matchRate > 0.999 ? 2 : 1),
                    unmatched: language.integer(check.unmatched), example: check.examples.first.map { "\($0.position)" } ?? "")
            },
            hasJoins: !dataset.quality.references.isEmpty,
            configuration: frame.request.settings.map { setting in
                .init(label: words("setting.\(setting.key)"), value: setting.value)
            })
        return frame.model(for: .index, title: words("index.title"), lead: lead, content: content)
    }

    private func day(_ timestamp: Timestamp) -> String {
        language.day(CivilDate(unixSeconds: Double(timestamp.secondsSince1970)))
    }

    private var lead: String {
        let figures = exploration.indicators
        guard let first = figures.firstPurchase, let last = figures.lastPurchase else { return words("index.noOrders") }
        return words("index.lead", [
            "orders": language.integer(dataset.orders.count), "valid": language.integer(exploration.indicators.validOrders),
            "customers": language.integer(figures.customers), "first": day(first), "last": day(last),
        ])
    }

    private var headline: [Card] {
        var cards: [Card] = []
        func card(_ value: String, _ label: String) {
            cards.append(Card(value: value, label: label))
        }
        let figures = exploration.indicators
        card(language.integer(figures.validOrders), words("index.card.validOrders"))
        card(language.integer(figures.buyers), words("index.card.buyers"))
        card(language.percent(figures.repeatBuyerShare), words("index.card.repeatBuyerShare"))
        card(language.money(figures.averageBasket, currency: words.amounts), words("index.card.averageBasket"))
        if let days = figures.historyDays {
            card(language.integer(days), words("index.card.daysOfHistory"))
        }
        card(language.integer(dataset.provenance.count), words("index.card.inputFiles"))
        card(language.integer(dataset.quality.rejectedRows), words("index.card.rejectedRows"))
        return cards
    }

    /// The chosen model in one sentence, or why there is none.
    private var segmentationSummary: String {
        guard let search else { return words("index.segmentation.none") }
        guard let run = search.chosenRun, let segmentation else { return words("segmentation.unavailable.noSilhouette") }
        return words("index.segmentation", [
            "algorithm": words("algorithm.\(run.algorithm.rawValue)"),
            "featureSet": words.entries["featureSet.\(run.featureSet)"] ?? run.featureSet,
            "k": language.integer(segmentation.segments.count),
            "silhouette": run.silhouette.map { language.number($0, decimals: 3) } ?? language.missingValue,
        ])
    }

    /// The chosen model's segments: name, share of buyers and of revenue.
    private var segmentRows: [IndexModel.SegmentRow] {
        (segmentation?.segments ?? []).map { segment in
            .init(
                name: words.segmentTitle(segment.name), buyers: language.integer(segment.buyers),
                share: language.percent(segment.share), revenueShare: language.percent(segment.revenueShare))
        }
    }

    private var datasetSentence: String {
        words("index.dataset", [
            "origin": dataset.origin, "files": language.integer(dataset.provenance.count),
            "bytes": words.byteCount(dataset.inputBytes),
        ])
    }

    private var qualitySummary: String {
        let quality = dataset.quality
        let problems = quality.problems
        let orphans = quality.unmatchedReferences
        if problems == 0 && orphans == 0 { return words("index.quality.none") }
        let unmatched = language.integer(orphans)
        if problems == 0 { return words("index.quality.orphans", ["unmatched": unmatched]) }
        return words("index.quality.problems", [
            "problems": language.integer(problems), "rejected": language.integer(quality.rejectedRows), "unmatched": unmatched,
        ])
    }

    /// A join in plain words: `olist_order_items_dataset.csv · order_id found in olist_orders_dataset.csv`.
    private func relation(_ relation: ReferenceCheck.Relation) -> String {
        let (file, column) = relation.source
        return words(relation.isReverse ? "relation.reverse" : "relation.forward", [
            "file": file.rawValue, "column": column, "target": relation.target.rawValue,
        ])
    }
}

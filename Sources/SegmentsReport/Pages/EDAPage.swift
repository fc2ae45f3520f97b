import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading

/// The exploration page: key figures, sales over time, baskets, repeat purchases, reviews
/// and deliveries, payments, categories and states, RFM segments, the data model and data
/// quality. Each section has generated commentary (``EDAPage+Commentary``), figures
/// (``EDAPage+Charts``) and tables (``EDAPage+Tables``).
struct EDAPage {
    let frame: PageFrame
    let dataset: OlistDataset
    let result: EDAResult

    var language: ReportLanguage { frame.language }
    var words: Catalogue { frame.words }
    var indicators: EDAIndicators { result.indicators }
    var distributions: EDADistributions { result.distributions }

    /// The sections in page order: anchor id and heading key of the wording catalogue.
    static let sections: [(id: String, title: String)] = [
        ("eda-key-figures", "edaKeyFigures"), ("eda-sales", "edaSales"), ("eda-baskets", "edaBaskets"),
        ("eda-repeat", "edaRepeat"), ("eda-satisfaction", "edaSatisfaction"), ("eda-payments", "edaPayments"),
        ("eda-categories-states", "edaCategoriesStates"), ("eda-rfm", "edaRFM"), ("eda-data-model", "edaDataModel"),
        ("eda-data-quality", "edaDataQuality"),
    ]

    func model() -> PageModel<EDAModel> {
        let missingRows = missingRows
        let content = EDAModel(
            contents: Self.sections.map { .init(id: $0.id, title: words($0.title)) },
            cards: cards,
            keyFindings: keyFindings,
            indicatorRows: indicatorRows,
            sales: block(salesText, [monthlyFigure]),
            baskets: block(basketText, [basketFigure]),
            repeat: block(repeatText, [secondPurchaseFigure]),
            satisfaction: satisfaction,
            payments: has(.payments) ? block(paymentText, [paymentTypeFigure, installmentFigure], pair: true) : absent(.payments),
            categoriesStates: categoriesStates,
            rfm: block(rfmText, [rfmBuyerHeatmap, rfmRevenueHeatmap]),
            rfmRule: words.rfmRule(result.rfmConfiguration),
            rfmRows: rfmRows,
            dataModel: capabilities.isTransactionLog ? block(dataModelText, []) : block(dataModelText, [dataModelFigure]),
            joinRows: joinRows,
            hasJoinRows: !joinRows.isEmpty,
            dataQuality: block(qualityText, []),
            tableRows: tableRows,
            missingRows: missingRows,
            hasMissingRows: !missingRows.isEmpty)
        return frame.model(for: .eda, title: words("eda.title"), lead: lead, content: content)
    }

    /// What the data holds: sections needing something absent say so in one line.
    var capabilities: DatasetCapabilities { dataset.capabilities }

    func has(_ field: DatasetCapabilities.Field) -> Bool { capabilities.has(field) }

    /// A section left out: one line naming what it would need. (A figure of a pair shown
    /// alone keeps its half width.)
    private func absent(_ fields: DatasetCapabilities.Field...) -> SectionBody {
        let needs = fields.filter { !has($0) }.map { words("capability.\($0.rawValue)") }
        return block([words("eda.notAvailable", ["needs": needs.joined(separator: words("eda.notAvailable.and"))])], [])
    }

    private var satisfaction: SectionBody {
        switch (has(.reviews), has(.deliveries)) {
        case (true, true): block(satisfactionText, [reviewFigure, deliveryFigure], pair: true)
        case (true, false): block(satisfactionText + absent(.deliveries).paragraphs, [reviewFigure], pair: true)
        case (false, true): block(satisfactionText + absent(.reviews).paragraphs, [deliveryFigure], pair: true)
        case (false, false): absent(.reviews, .deliveries)
        }
    }

    private var categoriesStates: SectionBody {
        switch (has(.categories), has(.geography)) {
        case (true, true): block(categoryStateText, [categoryFigure, stateFigure], pair: true)
        case (true, false): block(categoryStateText + absent(.geography).paragraphs, [categoryFigure], pair: true)
        case (false, true): block(categoryStateText + absent(.categories).paragraphs, [stateFigure], pair: true)
        case (false, false): absent(.categories, .geography)
        }
    }

    /// One section's paragraphs and figures; `pair` sets two figures side by side on wide
    /// screens.
    private func block(_ paragraphs: [String], _ figures: [Figure], pair: Bool = false) -> SectionBody {
        SectionBody(paragraphs: paragraphs, figures: figures, pair: pair)
    }

    // MARK: Number formatting

    func count(_ value: Int) -> String { language.integer(value) }
    func share(_ value: Double, decimals: Int = 1) -> String { language.percent(value, decimals: decimals) }
    /// A share with two decimals below 1 %, so that small non-zero shares do not read as 0.
    func tableShare(_ value: Double) -> String { share(value, decimals: value > 0 && value < 0.01 ? 2 : 1) }
    func money(_ value: Double, decimals: Int = 2) -> String { language.money(value, currency: words.amounts, decimals: decimals) }
    func number(_ value: Double, decimals: Int = 1) -> String { language.number(value, decimals: decimals) }

    /// `29 days` / `29 jours`, rounded to `decimals`.
    func days(_ value: Double, decimals: Int = 0) -> String {
        let plural = !(value.magnitude.rounded() == 1 && decimals == 0)
        return number(value, decimals: decimals) + "\u{00A0}" + words(plural ? "unit.days" : "unit.day")
    }

    /// A day of the calendar: `Oct 17, 2018` / `17 oct. 2018`.
    func day(_ timestamp: Timestamp) -> String {
        language.day(CivilDate(unixSeconds: Double(timestamp.secondsSince1970)))
    }

    /// A calendar month: `Nov 2017` / `nov. 2017`.
    func month(_ activity: MonthlyActivity) -> String {
        language.monthYear(CivilDate(year: activity.year, month: activity.month, day: 1))
    }
}

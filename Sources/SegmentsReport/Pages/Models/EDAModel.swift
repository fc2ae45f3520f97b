/// The model of `pages/eda`: the exploration page.
struct EDAModel {
    /// An entry of the table of contents.
    struct ContentsEntry {
        let id: String
        let title: String
    }

    /// An indicator with its value and definition.
    struct IndicatorRow {
        let name: String
        let value: String
        let definition: String
    }

    /// An RFM segment.
    struct SegmentRow {
        let segment: String
        let description: String
        let buyers: String
        let buyerShare: String
        let revenueShare: String
        let averageBasket: String
        let averageRecency: String
    }

    /// A join check; `class` is `warn` when rows are unmatched.
    struct JoinRow {
        let join: String
        let checked: String
        let unmatched: String
        let matchRate: String
        let `class`: String
    }

    /// Rows of an input file; `class` is `warn` when rows were rejected.
    struct FileRow {
        let file: String
        let records: String
        let kept: String
        let rejected: String
        let duplicates: String
        let `class`: String
    }

    /// A column with missing or unreadable values.
    struct MissingRow {
        let file: String
        let column: String
        let missing: String
        let share: String
        let invalid: String
    }

    let contents: [ContentsEntry]
    let cards: [Card]
    let keyFindings: [String]
    let indicatorRows: [IndicatorRow]
    let sales: SectionBody
    let baskets: SectionBody
    let `repeat`: SectionBody
    let satisfaction: SectionBody
    let payments: SectionBody
    let categoriesStates: SectionBody
    let rfm: SectionBody
    let rfmRule: String
    let rfmRows: [SegmentRow]
    let dataModel: SectionBody
    let joinRows: [JoinRow]
    let hasJoinRows: Bool
    let dataQuality: SectionBody
    let tableRows: [FileRow]
    let missingRows: [MissingRow]
    let hasMissingRows: Bool
}

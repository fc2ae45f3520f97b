/// The model of `pages/index`: the overview.
struct IndexModel {
    /// A page of the site with its one-line summary.
    struct PageLink {
        let href: String
        let label: String
        let summary: String
    }

    /// An input file as read.
    struct InputFile {
        let name: String
        let rows: String
        let columns: String
        let size: String
        let checksum: String
    }

    /// A kind of data problem in one file and column.
    struct QualityRow {
        let problem: String
        let `where`: String
        let count: String
        let example: String
    }

    /// A join check.
    struct JoinRow {
        let join: String
        let checked: String
        let rate: String
        let unmatched: String
        let example: String
    }

    /// A line of the run's configuration.
    struct SettingRow {
        let label: String
        let value: String
    }

    /// A segment of the chosen model.
    struct SegmentRow {
        let name: String
        let buyers: String
        let share: String
        let revenueShare: String
    }

    let headline: [Card]
    let pages: [PageLink]
    /// The chosen model in one sentence (or why there is none) and its segments.
    let segmentationSummary: String
    let hasSegments: Bool
    let segmentRows: [SegmentRow]
    let datasetSentence: String
    let tables: [InputFile]
    let qualitySummary: String
    /// `ok` or `warn`.
    let qualityClass: String
    let hasQualityRows: Bool
    let qualityRows: [QualityRow]
    let joins: [JoinRow]
    let hasJoins: Bool
    let configuration: [SettingRow]
}

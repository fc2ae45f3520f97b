/// The model of `pages/drift`: how fast the segments age.
struct DriftPageModel {
    /// An entry of the table of contents.
    struct ContentsEntry {
        let id: String
        let title: String
    }

    /// One step of the ARI curve; `class` is `warn` below the threshold.
    struct StepRow {
        let date: String
        let elapsed: String
        let buyers: String
        let median: String
        let range: String
        let floor: String
        let `class`: String
    }

    /// A feature's drift at the last step; `class` is `warn` for a large PSI.
    struct FeatureRow {
        let feature: String
        let psi: String
        let reading: String
        let ksStatistic: String
        let ksPValue: String
        let `class`: String
    }

    /// A matrix row: an old segment, its buyers in each new segment, its total.
    struct TransitionRow {
        let segment: String
        let cells: [String]
        let total: String
    }

    /// A segment's size under each model; `class` is `warn` when it shrank.
    struct GrowthRow {
        let segment: String
        let old: String
        let new: String
        let change: String
        let `class`: String
    }

    /// The previous delivery compared (`--previous-model`).
    struct Transition {
        let paragraphs: [String]
        let columns: [String]
        let rows: [TransitionRow]
        let totals: [String]
        let total: String
        let growth: [GrowthRow]
    }

    /// Whether the drift was measured; otherwise `unavailable` says why in one sentence.
    let measured: Bool
    let unavailable: String
    let contents: [ContentsEntry]
    let cards: [Card]
    let conclusion: [String]
    let ari: SectionBody
    let stepRows: [StepRow]
    let features: SectionBody
    let featureRows: [FeatureRow]
    let sizes: SectionBody
    let method: [String]
    /// Zero or one previous delivery compared.
    let transitions: [Transition]
    /// Whether a previous delivery was compared (`transitions` then has its one element).
    let compared: Bool
    /// The sentence saying how to compare with a previous delivery, shown when not `compared`.
    let compareHint: String
}

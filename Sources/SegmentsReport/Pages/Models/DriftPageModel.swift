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
}

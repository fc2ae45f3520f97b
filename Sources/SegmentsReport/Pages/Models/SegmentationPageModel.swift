/// The model of `pages/segmentation`: every model compared, the chosen one explained.
struct SegmentationPageModel {
    /// An entry of the table of contents.
    struct ContentsEntry {
        let id: String
        let title: String
    }

    /// A table cell of text (one per feature set or feature column).
    struct Cell {
        let value: String
    }

    /// A feature: what it means, its transform, why it is there, and the sets that use it.
    struct FeatureRow {
        let name: String
        let meaning: String
        let transform: String
        let why: String
        /// One cell per feature set: `✓` or empty.
        let sets: [Cell]
    }

    /// A run of the search; `class` is `chosen` for the presented one, `muted` for a run the
    /// rule does not admit.
    struct RunRow {
        let featureSet: String
        let algorithm: String
        let parameters: String
        let clusters: String
        let noise: String
        let silhouette: String
        let daviesBouldin: String
        let calinskiHarabasz: String
        let inertia: String
        let smallest: String
        let largest: String
        let admissible: String
        let `class`: String
    }

    /// A segment in words: colour, name, share, description and suggested action.
    struct SegmentCard {
        let id: String
        let color: String
        let name: String
        let size: String
        let description: String
        let action: String
    }

    /// A segment's profile row: sizes, each feature's mean in its unit, the RFM mix.
    struct ProfileRow {
        let name: String
        let color: String
        let buyers: String
        let share: String
        let revenueShare: String
        let means: [Cell]
        let rfmMix: String
    }

    /// Whether a model was chosen; without one the page says why in `unavailable`.
    let available: Bool
    let unavailable: String
    let contents: [ContentsEntry]
    /// The chosen model in a few sentences.
    let summary: [String]
    let segments: [SegmentCard]
    let featureSetHeaders: [Cell]
    let featureRows: [FeatureRow]
    /// The selection rule in words, and how it applied (the fallback sentence when no run
    /// qualified).
    let rule: String
    let choice: String
    let runRows: [RunRow]
    let curves: SectionBody
    let kDistance: SectionBody
    let dendrogram: SectionBody
    let radars: SectionBody
    let profileHeaders: [Cell]
    let profileRows: [ProfileRow]
    let noiseNote: String?
    let knife: SectionBody
    let map: SectionBody
}

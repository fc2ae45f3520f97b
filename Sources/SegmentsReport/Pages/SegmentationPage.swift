import SegmentsAnalytics
import SegmentsCharts

/// The segmentation page: the named segments of the chosen model, the feature sets, every
/// run of the model search compared, the curves that guided the choice (elbow, silhouette,
/// k-distance, dendrogram) and the chosen model explained (radars, profile table, knife
/// plot, t-SNE map). Figures (``SegmentationPage+Charts``) and tables
/// (``SegmentationPage+Tables``) format what `results.json` → `segmentation` holds.
struct SegmentationPage {
    let frame: PageFrame
    /// Buyers of the data (for the sentence when no search was made).
    let buyers: Int
    /// The model search; nil when there were too few buyers.
    let search: ModelSearchResult?
    /// The chosen model's segments explained.
    let profile: SegmentationProfile?
    /// The t-SNE map of the chosen model's matrix; nil when skipped.
    let embedding: TSNEResult?
    /// The rows of the chosen matrix the map holds when it maps a sample; `nil` for all.
    var embeddingRows: [Int]? = nil

    var language: ReportLanguage { frame.language }
    var words: Catalogue { frame.words }

    /// The sections in page order: anchor id and heading key of the wording catalogue.
    static let sections: [(id: String, title: String)] = [
        ("seg-segments", "segSegments"), ("seg-features", "segFeatures"), ("seg-comparison", "segComparison"),
        ("seg-curves", "segCurves"), ("seg-dbscan", "segDBSCAN"), ("seg-dendrogram", "segDendrogram"),
        ("seg-profiles", "segProfiles"), ("seg-silhouette", "segSilhouette"), ("seg-map", "segMap"),
    ]

    /// The chosen model with everything the explained sections need.
    struct Explained {
        let search: ModelSearchResult
        let chosen: ModelSearchResult.Chosen
        let run: ModelRun
        let profile: SegmentationProfile
    }

    var explained: Explained? {
        guard let search, let chosen = search.chosen, let profile else { return nil }
        return Explained(search: search, chosen: chosen, run: search.runs[chosen.index], profile: profile)
    }

    func model() -> PageModel<SegmentationPageModel> {
        let title = words("segmentation.title")
        guard let explained else {
            let reason = search == nil
                ? words("segmentation.unavailable.fewBuyers", ["buyers": count(buyers)])
                : words("segmentation.unavailable.noSilhouette")
            let empty = SectionBody(paragraphs: [], figures: [], pair: false)
            let content = SegmentationPageModel(
                available: false, unavailable: reason, contents: [], summary: [], segments: [], featureSetHeaders: [],
                featureRows: [], rule: "", choice: "", runRows: [], curves: empty, kDistance: empty, dendrogram: empty,
                radars: empty, profileHeaders: [], profileRows: [], noiseNote: nil, knife: empty, map: empty)
            return frame.model(for: .segmentation, title: title, lead: words("segmentation.lead"), content: content)
        }
        let content = SegmentationPageModel(
            available: true, unavailable: "",
            contents: Self.sections.map { .init(id: $0.id, title: words($0.title)) },
            summary: summary(explained),
            segments: segmentCards(explained),
            featureSetHeaders: explained.search.configuration.featureSets.map { .init(value: featureSetName($0.name)) },
            featureRows: featureRows(explained.search),
            rule: rule(explained.search.configuration.selection),
            choice: choice(explained),
            runRows: runRows(explained.search),
            curves: SectionBody(paragraphs: [words("segmentation.curves.text")], figures: curveFigures(explained), pair: true),
            kDistance: kDistanceSection(explained),
            dendrogram: dendrogramSection(explained),
            radars: SectionBody(paragraphs: [words("segmentation.radar.text")], figures: radarFigures(explained), pair: false),
            profileHeaders: explained.profile.features.map { .init(value: featureName($0)) },
            profileRows: profileRows(explained),
            noiseNote: explained.profile.noiseBuyers > 0
                ? words("segmentation.profile.noise", [
                    "buyers": count(explained.profile.noiseBuyers),
                    "share": share(explained.run.noiseShare),
                ]) : nil,
            knife: SectionBody(paragraphs: [words("segmentation.knife.text")], figures: [knifeFigure(explained)], pair: false),
            map: mapSection(explained))
        return frame.model(for: .segmentation, title: title, lead: words("segmentation.lead"), content: content)
    }

    /// The opening sentences: what was compared and what was chosen.
    private func summary(_ explained: Explained) -> [String] {
        let search = explained.search
        let run = explained.run
        var paragraphs = [
            words("segmentation.summary", [
                "buyers": count(explained.chosen.labels.count), "runs": count(search.runs.count),
                "sets": count(search.configuration.featureSets.count),
                "algorithms": words.list(search.configuration.algorithms.map(algorithmName)),
            ]),
            words("segmentation.summary.chosen", [
                "algorithm": algorithmName(run.algorithm), "featureSet": featureSetName(run.featureSet),
                "k": count(run.clusterCount), "silhouette": score(run.silhouette),
            ]),
        ]
        if explained.profile.noiseBuyers > 0 {
            paragraphs.append(words("segmentation.summary.noise", [
                "buyers": count(explained.profile.noiseBuyers),
                "share": share(run.noiseShare),
            ]))
        }
        return paragraphs + approximationParagraphs(explained)
    }

    /// Each segment in words, in label order (the colours of the charts).
    private func segmentCards(_ explained: Explained) -> [SegmentationPageModel.SegmentCard] {
        explained.profile.segments.map { segment in
            .init(
                id: "seg-segment-\(segment.id)", color: Palette.series(segment.id).hexString,
                name: words.segmentTitle(segment.name),
                size: words("segmentation.segment.size", [
                    "buyers": count(segment.buyers), "share": share(segment.share), "revenue": share(segment.revenueShare),
                ]),
                description: words.segmentDescription(segment, features: explained.profile.features),
                action: words.segmentAction(segment.name.action))
        }
    }

    // MARK: Words and numbers

    func count(_ value: Int) -> String { language.integer(value) }
    func share(_ value: Double) -> String { language.percent(value, decimals: value > 0 && value < 0.01 ? 2 : 1) }
    /// A silhouette or index with three decimals; `—` when undefined.
    func score(_ value: Double?, decimals: Int = 3) -> String {
        value.map { language.number($0, decimals: decimals) } ?? language.missingValue
    }

    func algorithmName(_ algorithm: ModelAlgorithm) -> String { words("algorithm.\(algorithm.rawValue)") }

    /// A feature set's display name; its configured name when the catalogue has none (a set
    /// from the configuration file).
    func featureSetName(_ name: String) -> String { words.entries["featureSet.\(name)"] ?? name }

    func featureName(_ feature: BuyerFeature) -> String { words.featureName(feature) }

    /// Segment names in label order, for the charts' legends.
    func segmentNames(_ explained: Explained) -> [String] {
        explained.profile.segments.map { words.segmentTitle($0.name) }
    }
}

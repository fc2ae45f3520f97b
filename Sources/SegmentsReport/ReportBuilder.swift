import Foundation
import SegmentsAnalytics
import SegmentsLoading

/// Renders the whole site in memory from the data and the analyses: pages and data exports.
/// Publishing is separate (`SiteWriter`), after validation.
public struct ReportBuilder: Sendable {
    let templates: TemplateLibrary
    let request: ReportRequest

    /// The note every generated site carries. The repository's `site/README.md` is the same
    /// text, so that publishing into the default folder leaves it unchanged.
    static let readme = """
        Default output folder of `segments` (git-ignored): run `swift run -c release segments` to fill it.
        Everything here is generated and replaced as a whole on each run; open index.html.

        """

    public init(templates: TemplateLibrary, request: ReportRequest) {
        self.templates = templates
        self.request = request
    }

    /// Builds every page and export from the data and its analyses.
    /// - Parameters:
    ///   - dataset: the loaded data.
    ///   - analyses: the analyses of `dataset`.
    /// - Throws: `ReportError` when a template is missing.
    /// - Complexity: O(size of the data shown).
    public func build(dataset: OlistDataset, analyses: ReportAnalyses) throws(ReportError) -> Site {
        let exploration = analyses.exploration
        let frame = PageFrame(request: request)
        var site = Site()
        site.add("README.md", text: Self.readme)
        site.add(ReportPage.index.fileName, text: try templates.render(
            ReportPage.index.template, IndexPage(
                frame: frame, dataset: dataset, exploration: exploration, search: analyses.search,
                segmentation: analyses.segmentation
            ).model()))
        site.add(ReportPage.eda.fileName, text: try templates.render(
            ReportPage.eda.template, EDAPage(frame: frame, dataset: dataset, result: exploration).model()))
        site.add(ReportPage.segmentation.fileName, text: try templates.render(
            ReportPage.segmentation.template,
            SegmentationPage(
                frame: frame, buyers: exploration.buyers.count, search: analyses.search, profile: analyses.segmentation,
                embedding: analyses.embedding, embeddingRows: analyses.embeddingRows
            ).model()))
        site.add(ReportPage.drift.fileName, text: try templates.render(
            ReportPage.drift.template, DriftPage(frame: frame, result: analyses.drift, previous: analyses.previous).model()))
        let quote = MaintenanceQuote(request: request, analyses: analyses)
        site.add(ReportPage.quote.fileName, text: try templates.render(
            ReportPage.quote.template, QuotePage(frame: frame, quote: quote, exploration: exploration).model()))
        site.add("data/results.json", try ResultsDocument(request: request, dataset: dataset, analyses: analyses).encoded())
        site.add("data/rfm.csv", RFMExport.csv(exploration, buyers: dataset.buyers))
        site.add("data/features.csv", FeaturesExport.csv(analyses.features, buyers: dataset.buyers))
        if let chosen = analyses.search?.chosen, let profile = analyses.segmentation {
            site.add("data/segments.csv", SegmentsExport.csv(chosen, profile: profile, rfm: exploration.rfm, buyers: dataset.buyers))
            if let run = analyses.search?.chosenRun {
                let model = SegmentationModel(
                    chosen: chosen, run: run, names: profile.segments.map(\.name.identifier), buyers: dataset.buyers,
                    reference: .init(exploration.buyers), toolVersion: request.provenance.toolVersion)
                site.add("data/model.json", try ModelExport.json(model))
            }
        }
        if let previous = analyses.previous {
            site.add(TransitionsExport.path, TransitionsExport.csv(previous))
        }
        if let drift = analyses.drift, !drift.isTooShort {
            site.add(DriftLabelsExport.path, DriftLabelsExport.csv(drift))
        }
        if let embedding = analyses.embedding {
            site.add("data/tsne.csv", EmbeddingExport.csv(
                embedding.embedding, features: analyses.features, buyers: dataset.buyers, rows: analyses.embeddingRows))
        }
        return site
    }
}

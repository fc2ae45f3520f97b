import Foundation
import SegmentsCharts

/// The parts of the page model shared by every page: language, wording, navigation
/// and the provenance footer.
struct PageFrame {
    let request: ReportRequest

    var language: ReportLanguage { request.language }
    /// The words of the page's language.
    var words: Catalogue { request.catalogue }

    /// The model of `page`: the shared parts around `content`, the page's own model.
    func model<Content>(for page: ReportPage, title: String, lead: String?, content: Content) -> PageModel<Content> {
        let words = self.words
        let provenance = request.provenance
        return PageModel(
            lang: language.code, brand: request.title ?? words("product"), title: title, t: words.entries,
            nav: ReportPage.allCases.map { other in
                .init(href: other.fileName, label: words("page.\(other.rawValue)"), current: other == page)
            },
            provenance: .init(
                toolVersion: provenance.toolVersion, generatedAt: generatedAt, seed: String(provenance.seed),
                origin: provenance.origin, runTime: provenance.runSeconds.map { "\(language.number($0, decimals: 1)) s" }),
            lead: lead, page: content)
    }

    /// The generation time, as `2026-11-25 08:16 UTC`.
    var generatedAt: String {
        let seconds = Int(request.provenance.generatedAt.timeIntervalSince1970.rounded(.down))
        let date = CivilDate(unixSeconds: Double(seconds))
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return "\(language.isoDate(date)) \(String(format: "%02d:%02d", minutes / 60, minutes % 60)) UTC"
    }
}

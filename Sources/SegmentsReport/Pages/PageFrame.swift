import Foundation
import SegmentsCharts

/// The parts of the template context shared by every page: language, wording, navigation
/// and the provenance footer.
struct PageFrame {
    let request: ReportRequest

    var language: ReportLanguage { request.language }
    /// The words of the page's language.
    var words: Catalogue { Catalogue(language) }

    /// The context of `page`: the shared parts plus `content`, the page's own keys.
    func context(for page: ReportPage, title: String, lead: String?, content: [String: Any]) -> [String: Any] {
        let words = self.words
        var context: [String: Any] = [
            "lang": language.rawValue,
            "title": title,
            "t": words.entries,
            "nav": ReportPage.allCases.map { other in
                [
                    "href": other.fileName,
                    "label": words("page.\(other.rawValue)"),
                    "current": other == page,
                ] as [String: Any]
            },
            "provenance": provenanceContext,
        ]
        if let lead { context["lead"] = lead }
        context.merge(content) { _, new in new }
        return context
    }

    private var provenanceContext: [String: Any] {
        let provenance = request.provenance
        var context: [String: Any] = [
            "toolVersion": provenance.toolVersion,
            "generatedAt": generatedAt,
            "seed": String(provenance.seed),
            "origin": provenance.origin,
        ]
        if let seconds = provenance.runSeconds {
            context["runTime"] = "\(language.number(seconds, decimals: 1)) s"
        }
        return context
    }

    /// The generation time, as `2026-11-25 08:16 UTC`.
    var generatedAt: String {
        let seconds = Int(request.provenance.generatedAt.timeIntervalSince1970.rounded(.down))
        let date = CivilDate(unixSeconds: Double(seconds))
        let minutes = ((seconds % 86_400) + 86_400) % 86_400 / 60
        return "\(language.isoDate(date)) \(String(format: "%02d:%02d", minutes / 60, minutes % 60)) UTC"
    }
}

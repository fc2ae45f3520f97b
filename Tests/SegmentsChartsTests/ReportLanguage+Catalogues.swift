import Foundation
import SegmentsCharts

/// The report languages of the repository's catalogue files (`templates/catalogue/*.json`),
/// whose `locale` objects hold the conventions the chart kit uses.
extension ReportLanguage {
    static let en = catalogued("en")
    static let fr = catalogued("fr")
    static let allCases = [en, fr]

    private struct File: Decodable { var locale: LanguageConventions }

    private static func catalogued(_ code: String) -> ReportLanguage {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates/catalogue/\(code).json")
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
            return ReportLanguage(code: code, conventions: file.locale)
        } catch {
            fatalError("\(url.path): \(error)")
        }
    }
}

import SegmentsCharts
import SegmentsReport

/// The built-in report languages, as the tests name them.
extension ReportLanguage {
    static let en = Catalogue.builtIn["en"]!.language
    static let fr = Catalogue.builtIn["fr"]!.language
    static let allCases = [en, fr]
    var rawValue: String { code }
}

/// Language of the report's pages.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case en
    case fr
}

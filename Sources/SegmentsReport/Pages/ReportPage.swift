/// The pages of the site, in navigation order.
enum ReportPage: String, CaseIterable, Sendable {
    case index
    case eda
    case segmentation
    case drift
    case quote

    /// The page's file name at the site root.
    var fileName: String { "\(rawValue).html" }

    /// The Mustache template that renders it.
    var template: String { "pages/\(rawValue)" }
}

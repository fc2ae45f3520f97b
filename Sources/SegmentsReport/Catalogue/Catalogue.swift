import Foundation
import SegmentsCharts

/// Every user-facing word of the report in one language, looked up by key: the built-in
/// `templates/catalogue/CODE.json` of the language (embedded at build time). Templates read
/// it as `{{t.key}}`; page models call it with the figures of a sentence, which fill the
/// sentence's `{name}` placeholders. Every language has the same keys and placeholders
/// (tested), so adding a language means adding one file.
public struct Catalogue: Sendable {
    /// The language of the entries.
    public let language: ReportLanguage
    /// The text of every key.
    public let entries: [String: String]

    /// The built-in catalogue of `language` (empty if the language has none, which the tests
    /// rule out).
    public init(_ language: ReportLanguage) {
        self.language = language
        entries = Self.builtIn[language.rawValue] ?? [:]
    }

    /// The built-in catalogues by language code, decoded once.
    static let builtIn: [String: [String: String]] = EmbeddedTemplates.catalogues.compactMapValues { text in
        try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))
    }

    /// The text of `key` with each `{name}` replaced by `arguments[name]`; the key itself
    /// when the catalogue lacks it (the tests make sure it does not).
    /// - Complexity: O(length of the text).
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        guard let text = entries[key] else { return key }
        return arguments.isEmpty ? text : Self.fill(text, arguments)
    }

    /// `text` with each `{name}` whose name is in `arguments` replaced, in one pass (a value
    /// that contains braces is never read as a placeholder).
    static func fill(_ text: String, _ arguments: [String: String]) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += arguments[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The `{name}` placeholders of `text`.
    static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

import Foundation
import SegmentsCharts

/// Every user-facing word of the report in one language, looked up by key, with the
/// language's number and date conventions: one file `catalogue/CODE.json` per language, the
/// built-in ones of the repository's `templates/catalogue/` (embedded at build time) and any of
/// a `--templates` folder's `catalogue/`. Its `locale` object holds the conventions and the
/// chart kit's words (``LanguageConventions``); every other key is a text. Templates read the
/// texts as `{{t.key}}`; page models call the catalogue with the figures of a sentence, which
/// fill the sentence's `{name}` placeholders. Every language has the same keys and
/// placeholders (tested), so adding a language means adding one file.
public struct Catalogue: Sendable {
    /// The language of the entries.
    public let language: ReportLanguage
    /// The text of every key.
    public let entries: [String: String]
    /// The currency of the data's amounts (BRL for Olist; a transaction log's `--currency`).
    public private(set) var amounts = Currency.brl

    /// A catalogue of `language` with these texts.
    public init(language: ReportLanguage, entries: [String: String]) {
        self.language = language
        self.entries = entries
    }

    /// This catalogue with the data's amounts in `currency`.
    public func with(amounts currency: Currency) -> Catalogue {
        var catalogue = self
        catalogue.amounts = currency
        return catalogue
    }

    /// The built-in catalogue of `language`'s code (no text if there is none, which the
    /// tests rule out for the built-in languages).
    public init(_ language: ReportLanguage) {
        self.language = language
        entries = Self.builtIn[language.code]?.entries ?? [:]
    }

    /// The built-in catalogues by language code, decoded once (a file that does not decode is
    /// left out, which the tests rule out).
    public static let builtIn: [String: Catalogue] = EmbeddedTemplates.catalogues.reduce(into: [:]) { result, file in
        result[file.key] = try? Catalogue.decode(code: file.key, text: file.value, path: "templates/catalogue/\(file.key).json")
    }

    /// The built-in catalogue of the language `code`, if there is one.
    public static func builtIn(_ code: String) -> Catalogue? { builtIn[code] }

    /// The catalogue of the file `path` holding `text`, for the language `code`.
    /// - Throws: ``ReportError/catalogueInvalid(path:reason:)`` when the file is not a JSON
    ///   object of texts with a usable `locale` object.
    public static func decode(code: String, text: String, path: String) throws(ReportError) -> Catalogue {
        let file: CatalogueFile
        do {
            file = try JSONDecoder().decode(CatalogueFile.self, from: Data(text.utf8))
        } catch let DecodingError.keyNotFound(key, context) {
            let at = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            throw .catalogueInvalid(path: path, reason: "it lacks the key \(at)")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .catalogueInvalid(
                path: path, reason: "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)")
        } catch {
            throw .catalogueInvalid(path: path, reason: "not a JSON object of texts (\(error))")
        }
        let problems = file.locale.problems
        if !problems.isEmpty { throw .catalogueInvalid(path: path, reason: "locale: " + problems.joined(separator: "; ")) }
        return Catalogue(language: ReportLanguage(code: code, conventions: file.locale), entries: file.entries)
    }

    /// The keys of `reference` (texts, and chart words of the `locale` object) that this
    /// catalogue lacks or whose placeholders differ, and the keys it has that `reference`
    /// lacks, one message each.
    public func differences(from reference: Catalogue) -> [String] {
        var messages: [String] = []
        func compare(_ mine: [String: String], _ theirs: [String: String], prefix: String) {
            for key in theirs.keys.sorted() {
                guard let text = mine[key] else {
                    messages.append("lacks \(prefix)\(key)")
                    continue
                }
                let (found, expected) = (Self.placeholders(text).sorted(), Self.placeholders(theirs[key]!).sorted())
                if found != expected { messages.append("\(prefix)\(key) has placeholders \(found), not \(expected)") }
            }
            for key in mine.keys.sorted() where theirs[key] == nil {
                messages.append("has \(prefix)\(key), which \(reference.language.code) lacks")
            }
        }
        compare(entries, reference.entries, prefix: "")
        compare(language.conventions.chart, reference.language.conventions.chart, prefix: "locale.chart.")
        return messages
    }

    /// The text of `key` with each `{name}` replaced by `arguments[name]`; the key itself
    /// when the catalogue lacks it (the tests make sure it does not).
    /// - Complexity: O(length of the text).
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        guard let text = entries[key] else { return key }
        return arguments.isEmpty ? text : Self.fill(text, arguments)
    }

    /// `text` with each `{name}` whose name is in `arguments` replaced (``ReportLanguage/fill(_:_:)``).
    static func fill(_ text: String, _ arguments: [String: String]) -> String { ReportLanguage.fill(text, arguments) }

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

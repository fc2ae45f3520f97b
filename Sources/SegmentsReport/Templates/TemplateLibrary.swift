import Foundation
import Mustache

/// The page templates: the built-in ones (the repository's `templates/` folder, embedded in
/// the binary at build time) overlaid with those of an optional folder, so an intranet can
/// replace just its layout or stylesheet partial.
public struct TemplateLibrary: Sendable {
    let library: MustacheLibrary
    /// Names of the templates that came from the override folder.
    public let overridden: [String]
    /// The language catalogues by code: the built-in ones, and those of the override folder's
    /// `catalogue/*.json` (replacing a built-in one of the same code).
    public let catalogues: [String: Catalogue]

    /// The language codes that have a catalogue, sorted.
    public var languages: [String] { catalogues.keys.sorted() }

    /// The catalogue of the language `code`.
    /// - Throws: ``ReportError/languageUnknown(code:available:)`` when there is none.
    public func catalogue(_ code: String) throws(ReportError) -> Catalogue {
        guard let catalogue = catalogues[code] else { throw .languageUnknown(code: code, available: languages) }
        return catalogue
    }

    /// Loads the built-in templates, then those of `overrideDirectory` on top.
    /// - Throws: `ReportError` when the folder is missing, a file is unreadable, or a
    ///   template has a syntax error (with its line and column).
    public init(overrideDirectory: URL? = nil) throws(ReportError) {
        var sources = EmbeddedTemplates.files
        var overridden: [String] = []
        var catalogues = Catalogue.builtIn
        if let directory = overrideDirectory {
            for (name, text) in try Self.read(directory: directory) {
                sources[name] = text
                overridden.append(name)
            }
            for (code, text) in try Self.read(directory: directory, under: "catalogue", suffix: ".json") {
                let path = directory.appendingPathComponent("catalogue/\(code).json").path
                catalogues[code] = try Catalogue.decode(code: code, text: text, path: path)
            }
        }
        self.catalogues = catalogues
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            do {
                library.register(try MustacheTemplate(string: sources[name]!), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .templateSyntax(
                    name: name, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: "\(error.error)")
            } catch {
                throw .templateSyntax(name: name, line: 0, column: 0, message: "\(error)")
            }
        }
        self.library = library
        self.overridden = overridden.sorted()
    }

    /// Renders template `name` (e.g. `pages/index`) with `context`.
    /// - Throws: `ReportError.templateMissing` when no such template exists.
    public func render(_ name: String, _ context: Any) throws(ReportError) -> String {
        guard let text = library.render(context, withTemplate: name) else {
            throw .templateMissing(name: name)
        }
        return text
    }

    /// The files ending in `suffix` under `directory` (or only those directly in its
    /// sub-folder `under`), keyed by relative path (below `under`) without the suffix.
    private static func read(directory: URL, under: String? = nil, suffix: String = ".mustache") throws(ReportError)
        -> [String: String]
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw .templateDirectoryMissing(path: directory.path) }
        var result: [String: String] = [:]
        let prefix = under.map { $0 + "/" } ?? ""
        for path in (FileManager.default.subpaths(atPath: directory.path) ?? []) where path.hasSuffix(suffix) {
            guard path.hasPrefix(prefix) else { continue }
            let name = String(path.dropFirst(prefix.count).dropLast(suffix.count))
            if under != nil && name.contains("/") { continue }
            let url = directory.appendingPathComponent(path)
            do {
                result[name] = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw .templateUnreadable(path: url.path, reason: error.localizedDescription)
            }
        }
        return result
    }
}

import Foundation
import Mustache

/// The page templates: the built-in ones (the repository's `templates/` folder, embedded in
/// the binary at build time) overlaid with those of an optional folder, so an intranet can
/// replace just its layout or stylesheet partial.
public struct TemplateLibrary: Sendable {
    let library: MustacheLibrary
    /// Names of the templates that came from the override folder.
    public let overridden: [String]

    /// Loads the built-in templates, then those of `overrideDirectory` on top.
    /// - Throws: `ReportError` when the folder is missing, a file is unreadable, or a
    ///   template has a syntax error (with its line and column).
    public init(overrideDirectory: URL? = nil) throws(ReportError) {
        var sources = EmbeddedTemplates.files
        var overridden: [String] = []
        if let directory = overrideDirectory {
            for (name, text) in try Self.read(directory: directory) {
                sources[name] = text
                overridden.append(name)
            }
        }
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

    /// The `*.mustache` files under `directory`, keyed by relative path without extension.
    private static func read(directory: URL) throws(ReportError) -> [String: String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw .templateDirectoryMissing(path: directory.path) }
        var result: [String: String] = [:]
        for path in (FileManager.default.subpaths(atPath: directory.path) ?? []) where path.hasSuffix(".mustache") {
            let url = directory.appendingPathComponent(path)
            do {
                result[String(path.dropLast(".mustache".count))] = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw .templateUnreadable(path: url.path, reason: error.localizedDescription)
            }
        }
        return result
    }
}

/// What can go wrong while rendering, validating or publishing a report.
public enum ReportError: Error, CustomStringConvertible, Equatable {
    /// The `--templates` folder does not exist or is not a folder.
    case templateDirectoryMissing(path: String)
    /// A template could not be read.
    case templateUnreadable(path: String, reason: String)
    /// A template has a syntax error at a position.
    case templateSyntax(name: String, line: Int, column: Int, message: String)
    /// A page needs a template that no library provides.
    case templateMissing(name: String)
    /// Rendered pages failed the XML well-formedness check; nothing was published.
    case invalidPages([ValidationIssue])
    /// The output folder could not be written.
    case writeFailed(path: String, reason: String)
    /// The folder to validate does not exist.
    case validationTargetMissing(path: String)
    /// The output folder is, or contains, a folder that must never be replaced (`role`
    /// says which: the input folder, the current directory, …); nothing was touched.
    case outputProtected(path: String, protected: String, role: String)
    /// The output folder holds files the tool did not write (the first `found` entries are
    /// listed); nothing was touched.
    case outputNotASite(path: String, found: [String])
    /// A language catalogue file is not usable (bad JSON, a text that is not a string, a
    /// missing or malformed `locale` object).
    case catalogueInvalid(path: String, reason: String)
    /// `--lang` names a language that has no catalogue file.
    case languageUnknown(code: String, available: [String])

    public var description: String {
        switch self {
        case .templateDirectoryMissing(let path):
            return "\(path): templates folder not found (expected a folder of *.mustache files)"
        case .templateUnreadable(let path, let reason):
            return "\(path): cannot read template: \(reason)"
        case .templateSyntax(let name, let line, let column, let message):
            return "\(name).mustache:\(line):\(column): template syntax error: \(message)"
        case .templateMissing(let name):
            return "\(name).mustache: template not found (neither in --templates nor built in)"
        case .invalidPages(let issues):
            let shown = issues.prefix(20).map(\.description).joined(separator: "\n")
            return "generated pages are not well-formed; the site was not published:\n\(shown)"
        case .writeFailed(let path, let reason):
            return "\(path): cannot write the site: \(reason)"
        case .validationTargetMissing(let path):
            return "\(path): no such folder to validate"
        case .outputProtected(let path, let protected, let role):
            let same = CanonicalPath.of(path) == CanonicalPath.of(protected)
            return "\(path): refusing to write the site here: this folder \(same ? "is" : "contains") \(role) "
                + "(\(protected)), which publishing would replace; choose an empty or new folder for --out"
        case .outputNotASite(let path, let found):
            let shown = found.prefix(5).joined(separator: ", ") + (found.count > 5 ? ", …" : "")
            return "\(path): refusing to replace this folder: it holds files segments did not write (\(shown)); "
                + "choose an empty or new folder for --out, or remove this one yourself"
        case .catalogueInvalid(let path, let reason):
            return "\(path): not a usable language catalogue: \(reason)"
        case .languageUnknown(let code, let available):
            return "--lang \(code): no catalogue for this language (available: \(available.joined(separator: ", "))); "
                + "add catalogue/\(code).json to a --templates folder"
        }
    }
}

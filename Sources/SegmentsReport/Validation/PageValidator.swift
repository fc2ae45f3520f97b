import CLibXML2
import Foundation
import SegmentsCharts

/// Checks that pages are well-formed XML with libxml2's strict XML parser: the report's pages
/// are polyglot HTML5 (XHTML syntax), so every tag is closed, every entity is one of XML's
/// five or numeric, and every inline SVG is part of the same check. The only file of the
/// project that imports libxml2.
public enum PageValidator {
    /// The problems in one document; empty when it parses.
    /// - Parameters:
    ///   - bytes: the document.
    ///   - name: the name used in the issues.
    /// - Complexity: O(size of the document).
    public static func validate(_ bytes: [UInt8], name: String) -> [ValidationIssue] {
        let collector = IssueCollector(file: name)
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSetStructuredErrorFunc(box.toOpaque()) { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<IssueCollector>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            collector.issues.append(
                ValidationIssue(
                    file: collector.file, line: Int(error.pointee.line),
                    message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), name, "UTF-8", options)
            }
        }
        if let document {
            xmlFreeDoc(document)
        } else if collector.issues.isEmpty {
            collector.issues.append(ValidationIssue(file: name, line: 0, message: "document could not be parsed"))
        }
        if bytes.isEmpty && collector.issues.isEmpty {
            collector.issues.append(ValidationIssue(file: name, line: 0, message: "empty document"))
        }
        return collector.issues
    }

    /// The problems in every `.html`, `.xhtml` and `.svg` file under `directory`, in path order.
    /// - Throws: `ReportError.validationTargetMissing` when `directory` is not a folder.
    /// - Complexity: O(total size of the files).
    public static func validate(directory: URL) throws(ReportError) -> (files: Int, issues: [ValidationIssue]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw .validationTargetMissing(path: directory.path) }
        let paths = (FileManager.default.subpaths(atPath: directory.path) ?? [])
            .filter { ["html", "xhtml", "svg"].contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
        var issues: [ValidationIssue] = []
        for path in paths {
            let url = directory.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                issues.append(ValidationIssue(file: path, line: 0, message: "cannot read file"))
                continue
            }
            issues += validate([UInt8](data), name: path)
        }
        return (paths.count, issues)
    }
}

/// Receives libxml2's structured errors for one document.
private final class IssueCollector {
    let file: String
    var issues: [ValidationIssue] = []
    init(file: String) { self.file = file }
}

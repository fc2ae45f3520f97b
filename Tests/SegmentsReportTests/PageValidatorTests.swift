import Foundation
import SegmentsCharts
import Testing
@testable import SegmentsReport

@Suite("PageValidator (libxml2)")
struct PageValidatorTests {
    @Test("a polyglot page with inline SVG passes")
    func validPage() {
        let page = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8"/><title>t</title></head>
            <body><p>A&#160;B &amp; C</p><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img">
            <title>x</title><rect x="0" y="0" width="5" height="5"/></svg></body></html>
            """
        #expect(PageValidator.validate(Array(page.utf8), name: "ok.html").isEmpty)
    }

    @Test(
        "malformed documents are reported with file and line",
        arguments: [
            ("<html><body>\n<p>unclosed\n</body></html>", 3),
            ("<html><body>\n\n<p>a&nbsp;b</p></body></html>", 3),
            ("<html><body><svg><rect></svg></body></html>", 1),
            ("<html><body>\n<p a=1>x</p></body></html>", 2),
        ])
    func malformed(document: String, line: Int) throws {
        let issues = PageValidator.validate(Array(document.utf8), name: "bad.html")
        let first = try #require(issues.first)
        #expect(first.file == "bad.html")
        #expect(first.line == line)
        #expect(first.description.hasPrefix("bad.html:\(line): "))
    }

    @Test("an empty document is a problem")
    func empty() {
        #expect(!PageValidator.validate([], name: "empty.html").isEmpty)
    }

    @Test("validating a folder checks .html and .svg files only, and a missing folder is an error")
    func folder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("validate-\(UUID())")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("data"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "<html><body/></html>".write(to: directory.appendingPathComponent("a.html"), atomically: true, encoding: .utf8)
        try "<svg><g></svg>".write(to: directory.appendingPathComponent("data/b.svg"), atomically: true, encoding: .utf8)
        try "<not xml".write(to: directory.appendingPathComponent("data/c.csv"), atomically: true, encoding: .utf8)
        let (files, issues) = try PageValidator.validate(directory: directory)
        #expect(files == 2)
        #expect(!issues.isEmpty && issues.allSatisfy { $0.file == "data/b.svg" })
        #expect(throws: ReportError.validationTargetMissing(path: directory.appendingPathComponent("nope").path)) {
            try PageValidator.validate(directory: directory.appendingPathComponent("nope"))
        }
    }
}

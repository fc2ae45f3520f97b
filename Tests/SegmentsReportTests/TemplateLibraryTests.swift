import Foundation
import SegmentsCharts
import Testing
@testable import SegmentsReport

@Suite("TemplateLibrary")
struct TemplateLibraryTests {
    func folder(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID())")
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test("the built-in templates are embedded and render")
    func builtIn() throws {
        let library = try TemplateLibrary()
        let page = try library.render("partials/style", [String: Any]())
        #expect(page.contains("@page"))
        #expect(library.overridden.isEmpty)
    }

    @Test("an override folder replaces templates of the same name only")
    func override() throws {
        let directory = try folder(["partials/style.mustache": "body { color: {{colour}}; }"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = try TemplateLibrary(overrideDirectory: directory)
        #expect(library.overridden == ["partials/style"])
        #expect(try library.render("partials/style", ["colour": "red"]) == "body { color: red; }")
        #expect(try library.render("pages/index", [String: Any]()).contains("<!DOCTYPE html>"))
    }

    @Test("a missing folder, a syntax error and a missing template are clear errors")
    func errors() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/templates")
        #expect(throws: ReportError.templateDirectoryMissing(path: missing.path)) {
            try TemplateLibrary(overrideDirectory: missing)
        }
        let directory = try folder(["pages/index.mustache": "line one\n{{#section}}\nunclosed"])
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            _ = try TemplateLibrary(overrideDirectory: directory)
            Issue.record("expected a syntax error")
        } catch {
            guard case .templateSyntax(let name, let line, _, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(name == "pages/index")
            #expect(line >= 2)
        }
        #expect(throws: ReportError.templateMissing(name: "pages/none")) {
            try TemplateLibrary().render("pages/none", [String: Any]())
        }
    }
}

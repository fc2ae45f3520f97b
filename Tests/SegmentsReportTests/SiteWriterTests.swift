import Foundation
import Testing
@testable import SegmentsReport

@Suite("SiteWriter")
struct SiteWriterTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("site-writer-\(UUID())")

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("publishes, then replaces the whole previous site, leaving no staging folder")
    func replaces() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("site")
        var first = Site()
        first.add("index.html", text: "one")
        first.add("old.html", text: "old")
        try SiteWriter.publish(first, to: target)
        #expect(contents("site/index.html") == "one")
        var second = Site()
        second.add("index.html", text: "two")
        second.add("data/results.json", text: "{}")
        try SiteWriter.publish(second, to: target)
        #expect(contents("site/index.html") == "two")
        #expect(contents("site/data/results.json") == "{}")
        #expect(contents("site/old.html") == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
    }

    @Test("a failed write leaves the previous site intact")
    func failureKeepsPrevious() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("site")
        var good = Site()
        good.add("index.html", text: "published")
        try SiteWriter.publish(good, to: target)
        var broken = Site()
        broken.add("index.html", text: "new")
        broken.add("data", text: "a file where a folder is needed")
        broken.add("data/results.json", text: "{}")
        #expect(throws: ReportError.self) { try SiteWriter.publish(broken, to: target) }
        #expect(contents("site/index.html") == "published")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"])
    }

    @Test("a file in the way of the target is an error, not a crash")
    func targetIsAFile() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try "x".write(to: root.appendingPathComponent("site"), atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) { try SiteWriter.publish(Site(), to: root.appendingPathComponent("site")) }
        #expect(contents("site") == "x")
    }
}

import Foundation
import Testing

/// `--out` never deletes a file the tool did not write: each refusal exits 1, names the
/// folder, says what to do, and leaves every file as it was.
@Suite("segments report --out safety", .serialized)
struct OutputSafetyTests {
    /// A quick report run (small synthetic data, no t-SNE) with extra arguments.
    func report(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> CommandRunner.Outcome {
        try CommandRunner.run(["report", "--buyers", "200", "--skip-tsne", "-q"] + arguments, in: directory, environment: environment)
    }

    /// Every file under `folder` with its bytes, to compare before and after.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    /// A folder holding one file of a user's.
    func userFolder(in work: URL, _ name: String) throws -> URL {
        let folder = work.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "my thesis\n".write(to: folder.appendingPathComponent("thesis.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("--out a folder holding a user's files is refused, the files intact")
    func userFiles() throws {
        let work = try CommandRunner.temporaryDirectory("out-user")
        defer { try? FileManager.default.removeItem(at: work) }
        let docs = try userFolder(in: work, "mydocs")
        // A README.md that is not the repository's placeholder does not make a site either.
        try "my notes\n".write(to: docs.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let before = try snapshot(docs)
        let outcome = try report(["--out", docs.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains(docs.path))
        #expect(outcome.stderr.contains("thesis.txt"))
        #expect(outcome.stderr.contains("choose an empty or new folder for --out, or remove this one yourself"))
        #expect(try snapshot(docs) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["mydocs"])
    }

    @Test("--out . (the current directory) is refused, the files intact")
    func currentDirectory() throws {
        let work = try CommandRunner.temporaryDirectory("out-dot")
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = try userFolder(in: work, "project")
        let before = try snapshot(folder)
        let outcome = try report(["--out", "."], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("the current directory"))
        #expect(try snapshot(folder) == before)
        // A site written there earlier does not make it replaceable either.
        let site = try report(["--out", "site"], in: folder)
        #expect(site.status == 0, "\(site.stderr)")
        let again = try report(["--out", "site/.."], in: folder)
        #expect(again.status == 1)
        #expect(try snapshot(folder)["thesis.txt"] == before["thesis.txt"])
    }

    @Test("--data X --out X is refused, the data intact")
    func sameAsInput() throws {
        let work = try CommandRunner.temporaryDirectory("out-data")
        defer { try? FileManager.default.removeItem(at: work) }
        let data = work.appendingPathComponent("exports")
        #expect(try CommandRunner.run(["demo-data", "--out", data.path, "--buyers", "200", "-q"]).status == 0)
        let before = try snapshot(data)
        let outcome = try report(["--data", data.path, "--out", data.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("is the input folder (--data)"))
        #expect(try snapshot(data) == before)
    }

    @Test("--out a parent of the data folder is refused, also through a symbolic link")
    func parentOfInput() throws {
        let work = try CommandRunner.temporaryDirectory("out-parent")
        defer { try? FileManager.default.removeItem(at: work) }
        let parent = work.appendingPathComponent("shop")
        let data = parent.appendingPathComponent("exports")
        #expect(try CommandRunner.run(["demo-data", "--out", data.path, "--buyers", "200", "-q"]).status == 0)
        let before = try snapshot(parent)
        let link = work.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: parent)
        for out in [parent.path, link.path, data.path + "/.."] {
            let outcome = try report(["--data", data.path, "--out", out])
            #expect(outcome.status == 1, "\(out)")
            #expect(outcome.stderr.contains("\(out): refusing to write the site here: this folder contains the input folder"))
            #expect(try snapshot(parent) == before)
        }
    }

    @Test("--out the home directory is refused")
    func homeDirectory() throws {
        let work = try CommandRunner.temporaryDirectory("out-home")
        defer { try? FileManager.default.removeItem(at: work) }
        let home = try userFolder(in: work, "home")
        let before = try snapshot(home)
        let outcome = try report(["--out", home.path], environment: ["HOME": home.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("is the home directory"))
        #expect(try snapshot(home) == before)
    }

    @Test("a site written by an earlier run, with or without the marker, is replaced")
    func previousSite() throws {
        let work = try CommandRunner.temporaryDirectory("out-site")
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        #expect(try report(["--out", site.path]).status == 0)
        let marker = try #require(FileManager.default.contents(atPath: site.appendingPathComponent(".segments-site").path))
        #expect(String(decoding: marker, as: UTF8.self).hasPrefix("segments "))
        try "stale".write(to: site.appendingPathComponent("stale.html"), atomically: true, encoding: .utf8)
        #expect(try report(["--out", site.path, "--seed", "2"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("stale.html").path))
        // A site from before the marker existed is recognised by its data/results.json.
        try FileManager.default.removeItem(at: site.appendingPathComponent(".segments-site"))
        try "stale".write(to: site.appendingPathComponent("stale.html"), atomically: true, encoding: .utf8)
        let legacy = try report(["--out", site.path])
        #expect(legacy.status == 0, "\(legacy.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(".segments-site").path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("stale.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["site"])
    }

    @Test("the repository's site/ placeholder of a fresh clone is filled")
    func freshClonePlaceholder() throws {
        let work = try CommandRunner.temporaryDirectory("out-clone")
        defer { try? FileManager.default.removeItem(at: work) }
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let placeholder = try #require(FileManager.default.contents(atPath: repository.appendingPathComponent("site/README.md").path))
        let site = work.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: site.appendingPathComponent("README.md").path, contents: placeholder)
        let outcome = try report([], in: work)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("README.md").path) == placeholder)
    }
}

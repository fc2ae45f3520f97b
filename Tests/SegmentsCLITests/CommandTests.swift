import Foundation
import Testing

/// End-to-end tests of the `segments` executable on small synthetic datasets.
@Suite("segments command line", .serialized)
struct CommandTests {
    /// Reads a file of a site as text.
    func text(_ directory: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(path).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("report on the synthetic data writes a site that validates")
    func reportAndValidate() throws {
        let work = try CommandRunner.temporaryDirectory("report")
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        let report = try CommandRunner.run(["report", "--buyers", "800", "--out", site.path, "--catalogue", "/nonexistent-use-built-in"])
        // A catalogue folder that does not exist is a clear error, not a crash.
        #expect(report.status != 0)
        #expect(report.stderr.contains("/nonexistent-use-built-in"))
        let ok = try CommandRunner.run(["--buyers", "400", "--out", site.path, "--lang", "fr"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let index = try #require(text(site, "index.html"))
        #expect(index.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\""))
        let json = try #require(FileManager.default.contents(atPath: site.appendingPathComponent("data/results.json").path))
        let results = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((results["input"] as? [String: Any])?["tables"] as? [Any] != nil)
        // The exports: one row per buyer in the feature matrix and in the t-SNE map.
        let features = try #require(text(site, "data/features.csv")).split(separator: "\n")
        let map = try #require(text(site, "data/tsne.csv")).split(separator: "\n")
        // features.csv is the chosen model's matrix; segments.csv has its buyers in the same order.
        let chosen = try #require((results["segmentation"] as? [String: Any])?["chosen"] as? [String: Any])
        let columns = try #require(chosen["features"] as? [String])
        #expect(features.first.map(String.init) == (["customer_unique_id"] + columns).joined(separator: ","))
        let segments = try #require(text(site, "data/segments.csv")).split(separator: "\n")
        #expect(segments.first == "customer_unique_id,cluster,segment_name,rfm_segment")
        #expect(zip(features, segments).dropFirst().allSatisfy { $0.split(separator: ",")[0] == $1.split(separator: ",")[0] })
        #expect(map.first == "customer_unique_id,x,y")
        #expect(map.count == features.count && map.count > 300)
        #expect(zip(features.dropFirst(), map.dropFirst()).allSatisfy { $0.split(separator: ",")[0] == $1.split(separator: ",")[0] })
        let validate = try CommandRunner.run(["validate", site.path])
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test("validate prints file:line: message and fails on a malformed page")
    func validateFails() throws {
        let work = try CommandRunner.temporaryDirectory("validate")
        defer { try? FileManager.default.removeItem(at: work) }
        try "<html>\n<body><p>open</body></html>".write(
            to: work.appendingPathComponent("broken.html"), atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["validate", work.path])
        #expect(outcome.status != 0)
        #expect(outcome.stdout.contains("broken.html:2: "))
        let missing = try CommandRunner.run(["validate", work.appendingPathComponent("none").path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no such folder"))
    }

    @Test("bad input names the file, exits non-zero and leaves the published site intact")
    func badInputKeepsSite() throws {
        let work = try CommandRunner.temporaryDirectory("bad")
        defer { try? FileManager.default.removeItem(at: work) }
        let data = work.appendingPathComponent("data")
        let site = work.appendingPathComponent("site")
        let demo = try CommandRunner.run(["demo-data", "--out", data.path, "--buyers", "500", "--seed", "3"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let first = try CommandRunner.run(["report", "--data", data.path, "--out", site.path, "--quiet", "--skip-tsne"])
        #expect(first.status == 0, "\(first.stderr)")
        let published = try #require(text(site, "index.html"))
        // Break the quoting of the orders file on its third line.
        let orders = data.appendingPathComponent("olist_orders_dataset.csv")
        var lines = try #require(text(data, "olist_orders_dataset.csv")).components(separatedBy: "\n")
        lines[2] = "\"unterminated," + lines[2]
        try lines.joined(separator: "\n").write(to: orders, atomically: true, encoding: .utf8)
        let broken = try CommandRunner.run(["report", "--data", data.path, "--out", site.path])
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("olist_orders_dataset.csv:3:"))
        #expect(text(site, "index.html") == published)
        try FileManager.default.removeItem(at: orders)
        let missing = try CommandRunner.run(["report", "--data", data.path, "--out", site.path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("olist_orders_dataset.csv"))
        #expect(text(site, "index.html") == published)
    }

    @Test("a row-level problem is reported in results.json with its position, not dropped silently")
    func rowLevelProblem() throws {
        let work = try CommandRunner.temporaryDirectory("row")
        defer { try? FileManager.default.removeItem(at: work) }
        let data = work.appendingPathComponent("data")
        let site = work.appendingPathComponent("site")
        #expect(try CommandRunner.run(["demo-data", "--out", data.path, "--buyers", "300", "-q"]).status == 0)
        let payments = data.appendingPathComponent("olist_order_payments_dataset.csv")
        var lines = try #require(text(data, "olist_order_payments_dataset.csv")).components(separatedBy: "\n")
        // Line 5: the payment_value (last field) becomes an unparsable, quoted "12,5x".
        lines[4] = lines[4].components(separatedBy: ",").dropLast().joined(separator: ",") + ",\"12,5x\""
        try lines.joined(separator: "\n").write(to: payments, atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run(["report", "--data", data.path, "--out", site.path, "-q", "--skip-tsne"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(FileManager.default.contents(atPath: site.appendingPathComponent("data/results.json").path))
        let results = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let quality = try #require((results["eda"] as? [String: Any])?["data_quality"] as? [String: Any])
        let issues = try #require(quality["issues"] as? [[String: Any]])
        let issue = try #require(issues.first { $0["column"] as? String == "payment_value" })
        #expect(issue["count"] as? Int == 1)
        #expect((issue["first"] as? String)?.hasPrefix("olist_order_payments_dataset.csv:5:") == true)
        #expect(quality["rejected_rows"] as? Int == 1)
    }

    @Test("same seed and SOURCE_DATE_EPOCH give a byte-identical site")
    func reproducible() throws {
        let work = try CommandRunner.temporaryDirectory("repro")
        defer { try? FileManager.default.removeItem(at: work) }
        var pages: [String] = []
        for name in ["a", "b"] {
            let site = work.appendingPathComponent(name)
            let outcome = try CommandRunner.run(
                ["--buyers", "600", "--seed", "5", "--out", site.path, "--quiet", "--skip-tsne"],
                environment: ["SOURCE_DATE_EPOCH": "1700000000"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let files = try FileManager.default.subpathsOfDirectory(atPath: site.path).sorted()
            pages.append(files.map { "\($0)\n\(text(site, $0) ?? "")" }.joined(separator: "\n"))
        }
        #expect(pages[0] == pages[1])
        #expect(pages[0].contains("2023-11-14"))
        #expect(!pages[0].contains("run_seconds"))
        let bad = try CommandRunner.run(["--buyers", "10", "--out", work.appendingPathComponent("c").path],
            environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("SOURCE_DATE_EPOCH"))
    }

    @Test("a data folder named like a script is shown escaped")
    func escapesOrigin() throws {
        let work = try CommandRunner.temporaryDirectory("xss")
        defer { try? FileManager.default.removeItem(at: work) }
        let data = work.appendingPathComponent("<script>alert(1)</script>")
        let site = work.appendingPathComponent("site")
        #expect(try CommandRunner.run(["demo-data", "--out", data.path, "--buyers", "300", "-q"]).status == 0)
        let outcome = try CommandRunner.run(["report", "--data", data.path, "--out", site.path, "-q", "--skip-tsne"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let index = try #require(text(site, "index.html"))
        #expect(!index.contains("<script>"))
        #expect(index.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}

import Foundation
import Testing

/// `segments report --config FILE` end to end: errors, precedence, what the site shows.
@Suite("configuration file on the command line", .serialized)
struct ConfigurationCLITests {
    func text(_ directory: URL, _ path: String) -> String? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(path).path)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("a bad file exits 1 with file:line:column: key and keeps the site; flags override a good one")
    func configuration() throws {
        let work = try CommandRunner.temporaryDirectory("config")
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        let good = work.appendingPathComponent("good.yaml")
        try """
            title: "Buyers <b>&</b> co"
            language: fr
            feature_sets:
              - name: mine
                features: [recency, monetary]
              - rfm
            segmentation:
              k: {min: 2, max: 5}
              algorithms: [kmeans]
              kmeans_restarts: 2
            quote: {client: Client X, day_rate: 1000}
            """.write(to: good, atomically: true, encoding: .utf8)
        // --lang and --features override the file.
        let first = try CommandRunner.run([
            "report", "--config", good.path, "--lang", "en", "--features", "rfm", "--buyers", "400", "--skip-tsne",
            "--out", site.path, "--quiet",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let index = try #require(text(site, "index.html"))
        #expect(index.contains("lang=\"en\""))
        #expect(index.contains("Buyers &lt;b&gt;&amp;&lt;/b&gt; co"))
        #expect(!index.contains("<b>&amp;</b>"))
        #expect(index.contains(good.path))
        let json = try #require(FileManager.default.contents(atPath: site.appendingPathComponent("data/results.json").path))
        let results = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let configuration = try #require(results["configuration"] as? [String: Any])
        #expect(configuration["language"] as? String == "en")
        #expect(configuration["title"] as? String == "Buyers <b>&</b> co")
        #expect((configuration["feature_sets"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["rfm"])
        let segmentation = try #require(configuration["segmentation"] as? [String: Any])
        #expect(segmentation["algorithms"] as? [String] == ["kmeans"])
        #expect((configuration["quote"] as? [String: Any])?["day_rate"] as? Double == 1000)
        // The quote section prices quote.html and results.json → quote.
        let quote = try #require(results["quote"] as? [String: Any])
        #expect(quote["client"] as? String == "Client X")
        #expect(quote["price_per_intervention"] as? Double == 3_000)
        #expect(try #require(text(site, "quote.html")).contains("Client X"))
        let runs = try #require((results["segmentation"] as? [String: Any])?["runs"] as? [[String: Any]])
        #expect(runs.count == 4)  // kmeans on rfm for k = 2…5
        // Without flags the file's language and feature sets hold.
        let second = try CommandRunner.run(["report", "--config", good.path, "--buyers", "400", "--skip-tsne", "--out", site.path, "--quiet"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try #require(text(site, "index.html")).contains("lang=\"fr\""))
        let published = try #require(text(site, "index.html"))
        // A wrong type: exit 1, positioned message, the site untouched.
        let bad = work.appendingPathComponent("bad.yaml")
        try "tsne:\n  perplexity: thirty\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try CommandRunner.run(["report", "--config", bad.path, "--buyers", "400", "--out", site.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("\(bad.path):2:15: tsne.perplexity: expected a number from 2 to 500, found \"thirty\""), "\(failed.stderr)")
        #expect(text(site, "index.html") == published)
        // An unknown key, likewise.
        try "quote:\n  vat: 0.2\n".write(to: bad, atomically: true, encoding: .utf8)
        let unknown = try CommandRunner.run(["report", "--config", bad.path, "--buyers", "400", "--out", site.path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("\(bad.path):2:3: quote.vat: unknown key"), "\(unknown.stderr)")
        #expect(text(site, "index.html") == published)
        // --features names a set of the file as well as a built-in one; another name fails first.
        let mine = try CommandRunner.run([
            "report", "--config", good.path, "--features", "mine", "--buyers", "400", "--skip-tsne", "--out", site.path, "--quiet",
        ])
        #expect(mine.status == 0, "\(mine.stderr)")
        let mineJSON = try #require(FileManager.default.contents(atPath: site.appendingPathComponent("data/results.json").path))
        let mineResults = try #require(try JSONSerialization.jsonObject(with: mineJSON) as? [String: Any])
        let mineSets = (mineResults["configuration"] as? [String: Any])?["feature_sets"] as? [[String: Any]]
        #expect(mineSets?.compactMap { $0["name"] as? String } == ["mine"])
        let minePage = try #require(text(site, "index.html"))
        let missing = try CommandRunner.run(["report", "--config", good.path, "--features", "nope", "--buyers", "400", "--out", site.path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no feature set is named “nope”; the sets are mine, rfm, rfm_satisfaction, full"), "\(missing.stderr)")
        #expect(text(site, "index.html") == minePage)
    }
}

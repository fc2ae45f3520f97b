import Foundation
import Testing

/// `segments report --previous-model`: today's buyers by previous and today's segment.
@Suite("Previous model")
struct PreviousModelTests {
    @Test("another seed's model gives a matrix, transitions.csv and the ARI; the same data (model from the configuration) gives ARI 1 and a diagonal; a corrupt model exits 1 naming it")
    func comparesDeliveries() throws {
        let work = try CommandRunner.temporaryDirectory("previous")
        defer { try? FileManager.default.removeItem(at: work) }
        let first = work.appendingPathComponent("first")
        let second = work.appendingPathComponent("second")
        let firstSite = work.appendingPathComponent("site1")
        let secondSite = work.appendingPathComponent("site2")
        #expect(try CommandRunner.run(["demo-data", "--out", first.path, "--buyers", "600", "--seed", "5", "-q"]).status == 0)
        #expect(try CommandRunner.run(["demo-data", "--out", second.path, "--buyers", "600", "--seed", "9", "-q"]).status == 0)
        let report = try CommandRunner.run(["report", "--data", first.path, "--out", firstSite.path, "--skip-tsne", "-q"])
        #expect(report.status == 0, "\(report.stderr)")
        let drift1 = try String(contentsOf: firstSite.appendingPathComponent("drift.html"), encoding: .utf8)
        #expect(!drift1.contains("id=\"drift-previous\"") && drift1.contains("--previous-model"))
        #expect(!FileManager.default.fileExists(atPath: firstSite.appendingPathComponent("data/transitions.csv").path))
        let model = firstSite.appendingPathComponent("data/model.json")

        let compared = try CommandRunner.run(
            ["report", "--data", second.path, "--out", secondSite.path, "--skip-tsne", "--previous-model", model.path, "-q"])
        #expect(compared.status == 0, "\(compared.stderr)")
        let drift2 = try String(contentsOf: secondSite.appendingPathComponent("drift.html"), encoding: .utf8)
        #expect(drift2.contains("id=\"drift-previous\"") && drift2.contains("class=\"transitions wrap-heads\""))
        let csv = try String(contentsOf: secondSite.appendingPathComponent("data/transitions.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("old_cluster,old_segment,new_cluster,new_segment,buyers\n"))
        let transitions = try Self.transitions(secondSite)
        let ari = try #require(transitions["ari"] as? Double)
        #expect(ari > -0.5 && ari <= 1)
        let counts = try #require(transitions["counts"] as? [[Int]])
        #expect(counts.joined().reduce(0, +) == transitions["buyers"] as? Int)
        #expect(csv.split(separator: "\n").count == 1 + counts.joined().count)

        // The same data with its own model, through the configuration's drift.previous_model
        // (relative to the file's folder): ARI 1, every buyer on the diagonal.
        let again = work.appendingPathComponent("site3")
        let config = work.appendingPathComponent("segments.yaml")
        try "drift:\n  previous_model: site1/data/model.json\n".write(to: config, atomically: true, encoding: .utf8)
        let same = try CommandRunner.run(
            ["report", "--data", first.path, "--out", again.path, "--skip-tsne", "--config", config.path, "-q"])
        #expect(same.status == 0, "\(same.stderr)")
        let identical = try Self.transitions(again)
        #expect(identical["ari"] as? Double == 1)
        let old = try #require(identical["old"] as? [[String: Any]]).map { $0["cluster"] as? Int }
        let new = try #require(identical["new"] as? [[String: Any]]).map { $0["cluster"] as? Int }
        #expect(old == new)
        let diagonal = try #require(identical["counts"] as? [[Int]])
        for (i, row) in diagonal.enumerated() {
            for (j, count) in row.enumerated() where i != j { #expect(count == 0) }
        }
        let growth = try #require(identical["growth"] as? [[String: Any]])
        #expect(growth.count == old.count && growth.allSatisfy { $0["change"] as? Int == 0 && $0["old_cluster"] as? Int == $0["new_cluster"] as? Int })

        // A corrupt model: exit 1 naming it, the previous site kept.
        let corrupt = work.appendingPathComponent("corrupt.json")
        try "{ not json".write(to: corrupt, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: secondSite.appendingPathComponent("drift.html"))
        let refused = try CommandRunner.run(
            ["report", "--data", first.path, "--out", secondSite.path, "--skip-tsne", "--previous-model", corrupt.path, "-q"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(corrupt.path), "\(refused.stderr)")
        #expect(try Data(contentsOf: secondSite.appendingPathComponent("drift.html")) == before)
    }

    /// `results.json` → `transitions`.
    static func transitions(_ site: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: site.appendingPathComponent("data/results.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(root["transitions"] as? [String: Any])
    }
}

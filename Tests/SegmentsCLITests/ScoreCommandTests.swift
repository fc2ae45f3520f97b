import Foundation
import Testing

/// `segments score` against the model a report saved.
@Suite("Score command")
struct ScoreCommandTests {
    @Test("scoring the training data reproduces data/segments.csv; a bad model file is refused, naming it")
    func reproducesSegments() throws {
        let work = try CommandRunner.temporaryDirectory("score")
        defer { try? FileManager.default.removeItem(at: work) }
        let data = work.appendingPathComponent("data")
        let site = work.appendingPathComponent("site")
        #expect(try CommandRunner.run(["demo-data", "--out", data.path, "--buyers", "900", "--seed", "5", "-q"]).status == 0)
        let report = try CommandRunner.run(["report", "--data", data.path, "--out", site.path, "--skip-tsne", "-q"])
        #expect(report.status == 0, "\(report.stderr)")
        let model = site.appendingPathComponent("data/model.json")
        let scores = work.appendingPathComponent("scores.csv")
        let outcome = try CommandRunner.run(["score", "--model", model.path, "--data", data.path, "--out", scores.path, "-q"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let segments = try String(contentsOf: site.appendingPathComponent("data/segments.csv"), encoding: .utf8)
        let expected = segments.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).prefix(3).joined(separator: ",")
        }.joined(separator: "\n")
        let scored = try String(contentsOf: scores, encoding: .utf8)
        #expect(scored.hasPrefix("customer_unique_id,cluster,segment_name\n"))
        #expect(scored == expected)
        #expect(scored.split(separator: "\n").count > 800)

        // Standard output without --out, the same rows; a later --as-of shifts recencies only.
        let stdout = try CommandRunner.run(["score", "--model", model.path, "--data", data.path, "-q"])
        #expect(stdout.stdout == scored)
        let later = try CommandRunner.run(["score", "--model", model.path, "--data", data.path, "--as-of", "2030-01-01", "-q"])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout.split(separator: "\n").count == scored.split(separator: "\n").count)
        let early = try CommandRunner.run(["score", "--model", model.path, "--data", data.path, "--as-of", "2001-01-01", "-q"])
        #expect(early.status != 0 && early.stderr.contains("--as-of 2001-01-01) is before the end of the data's last valid purchase day"), "\(early.stderr)")

        // A hand-edited model (a segment renamed without the checksum) is refused, naming the file.
        let text = try String(contentsOf: model, encoding: .utf8)
        let edited = work.appendingPathComponent("edited.json")
        try text.replacingOccurrences(of: "\"name\" : \"", with: "\"name\" : \"x").write(to: edited, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["score", "--model", edited.path, "--data", data.path, "-q"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(edited.path) && refused.stderr.contains("checksum mismatch"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
    }

    @Test("scoring a transaction log with the model a report on it saved reproduces its segments.csv")
    func transactionLog() throws {
        let work = try CommandRunner.temporaryDirectory("score-tx")
        defer { try? FileManager.default.removeItem(at: work) }
        let log = work.appendingPathComponent("orders.csv")
        let site = work.appendingPathComponent("site")
        let mapping = [
            "--order-column", "order_id", "--date-column", "ordered_at", "--quantity-column", "quantity",
            "--category-column", "category", "--review-column", "rating",
        ]
        #expect(try CommandRunner.run(["demo-data", "--transactions", log.path, "--buyers", "600", "--seed", "3", "-q"]).status == 0)
        let report = try CommandRunner.run(["report", "--transactions", log.path] + mapping + ["--out", site.path, "--skip-tsne", "-q"])
        #expect(report.status == 0, "\(report.stderr)")
        let model = site.appendingPathComponent("data/model.json")
        let scored = try CommandRunner.run(["score", "--model", model.path, "--transactions", log.path] + mapping + ["-q"])
        #expect(scored.status == 0, "\(scored.stderr)")
        let segments = try String(contentsOf: site.appendingPathComponent("data/segments.csv"), encoding: .utf8)
        let expected = segments.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).prefix(3).joined(separator: ",")
        }.joined(separator: "\n")
        #expect(scored.stdout == expected)
        #expect(scored.stdout.split(separator: "\n").count > 500)

        let both = try CommandRunner.run(["score", "--model", model.path, "--transactions", log.path, "--data", work.path, "-q"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("either --data"), "\(both.stderr)")
    }
}

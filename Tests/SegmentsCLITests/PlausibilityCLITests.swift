import Foundation
import SegmentsTestSupport
import Testing

/// Implausible values through the command line: counted with their first position in
/// results.json and on the pages, left out of the figures; a dataset left with no valid
/// order, or one buyer, still gets a valid report that says so.
@Suite("segments report on implausible and empty data", .serialized)
struct PlausibilityCLITests {
    let orders = "olist_orders_dataset.csv"
    let items = "olist_order_items_dataset.csv"

    /// Writes a small synthetic folder and rewrites the records of each file with its change
    /// (called with the 0-based line index, so index 2 is the file's line 3; fields split on commas).
    func dataset(_ work: URL, buyers: Int = 300, _ edits: [String: (Int, inout [String]) -> Void]) throws -> URL {
        let data = work.appendingPathComponent("data")
        #expect(try CommandRunner.run(["demo-data", "--out", data.path, "--buyers", String(buyers), "-q"]).status == 0)
        for (file, change) in edits {
            let url = data.appendingPathComponent(file)
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            for index in lines.indices where index > 0 && !lines[index].isEmpty {
                var fields = lines[index].components(separatedBy: ",")
                change(index, &fields)
                lines[index] = fields.joined(separator: ",")
            }
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        return data
    }

    func report(_ data: URL, _ site: URL, tsne: Bool = false) throws -> [String: Any] {
        let outcome = try CommandRunner.run(
            ["report", "--data", data.path, "--out", site.path, "-q"] + (tsne ? [] : ["--skip-tsne"]),
            environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let validate = try CommandRunner.run(["validate", site.path])
        #expect(validate.status == 0, "\(validate.stdout)")
        let json = try #require(FileManager.default.contents(atPath: site.appendingPathComponent("data/results.json").path))
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    func quality(_ results: [String: Any]) throws -> [String: Any] {
        try #require((results["eda"] as? [String: Any])?["data_quality"] as? [String: Any])
    }

    func page(_ site: URL, _ name: String) -> String {
        FileManager.default.contents(atPath: site.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test("purchase dates in 9999 and 1900 and a negative price are counted, located and left out")
    func implausible() throws {
        let work = try CommandRunner.temporaryDirectory("implausible")
        defer { try? FileManager.default.removeItem(at: work) }
        let data = try dataset(work, [
            orders: { line, fields in
                if line == 2 { fields[3] = "9999-12-31 00:00:00" }
                if line == 3 { fields[3] = "1900-01-01 00:00:00" }
            },
            items: { line, fields in if line == 4 { fields[5] = "-" + fields[5] } },
        ])
        let site = work.appendingPathComponent("site")
        let results = try report(data, site)
        let issues = try #require(try quality(results)["issues"] as? [[String: Any]])
        let implausible = issues.filter { $0["kind"] as? String == "implausibleValue" }
        let purchase = try #require(implausible.first { $0["column"] as? String == "order_purchase_timestamp" })
        #expect(purchase["count"] as? Int == 2 && purchase["rejected_rows"] as? Int == 2)
        #expect((purchase["first"] as? String)?.hasPrefix("\(orders):3:") == true)
        let price = try #require(implausible.first { $0["column"] as? String == "price" })
        #expect((price["first"] as? String)?.hasPrefix("\(items):5:") == true)
        // The monthly series spans the synthetic history only (no year 1900 or 9999).
        let monthly = try #require((results["eda"] as? [String: Any])?["monthly"] as? [[String: Any]])
        #expect(monthly.count < 40)
        #expect((monthly.first?["month"] as? String)?.hasPrefix("20") == true)
        #expect(page(site, "index.html").contains("Implausible value"))
    }

    @Test("no valid order left: a valid report that says so, with the rejected rows")
    func noValidOrder() throws {
        let work = try CommandRunner.temporaryDirectory("empty")
        defer { try? FileManager.default.removeItem(at: work) }
        let data = try dataset(work, buyers: 100, [orders: { _, fields in fields[3] = "9999-12-31 00:00:00" }])
        let site = work.appendingPathComponent("site")
        let results = try report(data, site, tsne: true)
        let quality = try quality(results)
        let tables = try #require(quality["tables"] as? [[String: Any]])
        let orderTable = try #require(tables.first { $0["file"] as? String == orders })
        #expect(orderTable["rows_kept"] as? Int == 0)
        #expect((quality["rejected_rows"] as? Int ?? 0) >= 100)
        #expect(page(site, "eda.html").contains("The data holds no valid order."))
        #expect(page(site, "index.html").contains("Implausible value"))
    }

    @Test("a single buyer: features and t-SNE cope")
    func oneBuyer() throws {
        let work = try CommandRunner.temporaryDirectory("one")
        defer { try? FileManager.default.removeItem(at: work) }
        let data = try dataset(work, buyers: 100, [orders: { line, fields in if line > 1 { fields[2] = "canceled" } }])
        let site = work.appendingPathComponent("site")
        let results = try report(data, site, tsne: true)
        let map = page(site, "data/tsne.csv").split(separator: "\n")
        #expect(map.count == 2)
        #expect(results["tsne"] != nil)
    }
}

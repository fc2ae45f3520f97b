import Foundation
import Testing

/// `segments report --transactions`: one CSV of any shop's orders, in the shapes exports take
/// (fixtures written by `scripts/make_transaction_fixtures.py`), each giving a valid site; and
/// the errors a wrong mapping or format gives.
@Suite("segments report --transactions", .serialized)
struct TransactionCLITests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/transactions")

    func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    /// Reports on `file` with `options`, checks the site with `segments validate`, and returns
    /// results.json and the exploration page.
    func report(_ file: String, _ options: [String], lang: String = "en") throws -> (results: [String: Any], eda: String) {
        let site = try CommandRunner.temporaryDirectory("tx-site")
        defer { try? FileManager.default.removeItem(at: site) }
        let outcome = try CommandRunner.run(
            ["report", "--transactions", fixture(file), "--out", site.path, "--skip-tsne", "-q", "--lang", lang] + options,
            environment: ["SOURCE_DATE_EPOCH": "1764700000"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let validate = try CommandRunner.run(["validate", site.path])
        #expect(validate.status == 0, "\(validate.stdout)")
        let json = try #require(FileManager.default.contents(atPath: site.appendingPathComponent("data/results.json").path))
        let results = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let eda = FileManager.default.contents(atPath: site.appendingPathComponent("eda.html").path)
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        for page in ["index.html", "eda.html", "data/segments.csv", "data/rfm.csv"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(page).path), "\(page)")
        }
        return (results, eda)
    }

    func eda(_ results: [String: Any]) throws -> [String: Any] {
        try #require(results["eda"] as? [String: Any])
    }

    func issues(_ results: [String: Any]) throws -> [[String: Any]] {
        try #require((try eda(results)["data_quality"] as? [String: Any])?["issues"] as? [[String: Any]])
    }

    /// The fixtures' history: 40 customers, 69 orders (see the script), 2023-01 to 2024-06.
    func expectHistory(_ results: [String: Any], orders: Int = 69) throws {
        let figures = try eda(results)
        #expect(figures["buyers"] as? Int == 40)
        #expect(figures["valid_orders"] as? Int == orders)
        let input = try #require(results["input"] as? [String: Any])
        #expect(input["kind"] as? String == "transaction_log")
        let segments = try #require(results["segmentation"] as? [String: Any])
        #expect(segments["chosen"] != nil)
    }

    @Test("order-level rows with the default column names: each row an order; absent sections say what they need")
    func orderLevel() throws {
        let (results, page) = try report("order_level.csv", [])
        try expectHistory(results)
        #expect(try eda(results)["revenue"] as? Double ?? 0 > 0)
        #expect(page.contains("needs a review-score column (--review-column)"))
        #expect(page.contains("needs payment types and installments"))
        #expect(!page.contains("eda-payment-types"))
        let unavailable = try #require(results["unavailable_feature_sets"] as? [[String: Any]])
        #expect(unavailable.map { $0["name"] as? String } == ["rfm_satisfaction", "full"])
        #expect((unavailable[0]["missing_fields"] as? [String]) == ["reviews"])
    }

    @Test("line-level rows with orders, quantities, categories and reviews: lines aggregated per order")
    func lineLevel() throws {
        let (results, page) = try report("line_level.csv", [
            "--customer-column", "Customer", "--order-column", "Order ID", "--date-column", "Ordered at",
            "--amount-column", "Line total", "--quantity-column", "Qty", "--category-column", "Category",
            "--review-column", "Stars", "--currency", "EUR",
        ])
        try expectHistory(results)
        #expect(page.contains("\u{20AC}") && !page.contains("R$"), "amounts in the log's currency")
        let figures = try eda(results)
        #expect((figures["items_per_order"] as? Double ?? 0) > 2)
        #expect((figures["reviews"] as? Int ?? 0) > 40)
        #expect((figures["categories"] as? [Any])?.count == 5)
        let unavailable = try #require(results["unavailable_feature_sets"] as? [[String: Any]])
        #expect(unavailable.map { $0["name"] as? String } == ["full"])
        // results.json → configuration shows the effective mapping, flags and defaults.
        let mapping = try #require((results["configuration"] as? [String: Any])?["transactions"] as? [String: Any])
        #expect(mapping["file"] as? String == fixture("line_level.csv"))
        #expect(mapping["customer_column"] as? String == "Customer")
        #expect(mapping["order_column"] as? String == "Order ID")
        #expect(mapping["review_column"] as? String == "Stars")
        #expect(mapping["date_format"] as? String == "iso8601")
        #expect(mapping["delimiter"] as? String == "auto")
        #expect(mapping["decimal_comma"] as? Bool == false)
        #expect(mapping["currency"] as? String == "EUR")
        #expect(mapping["currency_symbol"] as? String == "\u{20AC}")
        #expect(page.contains("eda-reviews") && page.contains("eda-categories"))
        // The same total as the order-level file of the same history.
        let (orderLevel, _) = try report("order_level.csv", [])
        let revenue = try #require(figures["revenue"] as? Double)
        #expect(abs(revenue - (try eda(orderLevel)["revenue"] as? Double ?? 0)) < 0.01)
    }

    @Test("semicolons, a decimal comma with thousands dots and dd/MM/yyyy HH:mm dates, in French")
    func semicolonDecimalComma() throws {
        let options = [
            "--customer-column", "client", "--order-column", "commande", "--date-column", "date", "--amount-column", "montant",
            "--date-format", "dd/MM/yyyy HH:mm", "--decimal-comma",
        ]
        let (results, page) = try report("semicolon_decimal_comma.csv", options, lang: "fr")
        try expectHistory(results)
        let (plain, _) = try report("line_level.csv", [
            "--customer-column", "Customer", "--order-column", "Order ID", "--date-column", "Ordered at",
            "--amount-column", "Line total",
        ])
        let revenue = try #require(try eda(results)["revenue"] as? Double)
        #expect(abs(revenue - 12 * (try eda(plain)["revenue"] as? Double ?? 0)) < 1)
        #expect(page.contains("Section omise"))
    }

    @Test("tabs and yyyyMMdd dates; space-padded columns and MM/dd/yyyy dates")
    func tabsAndPadding() throws {
        let (tab, _) = try report("tab_yyyymmdd.tsv", [
            "--customer-column", "cust", "--date-column", "day", "--amount-column", "total", "--date-format", "yyyyMMdd",
            "--delimiter", "tab",
        ])
        try expectHistory(tab)
        let (padded, _) = try report("padded.csv", ["--date-format", "MM/dd/yyyy"])
        try expectHistory(padded)
        #expect(try issues(padded).isEmpty)
        #expect(try eda(padded)["revenue"] as? Double == (try eda(tab)["revenue"] as? Double))
        // Ids keep their leading zeros.
        let site = try CommandRunner.temporaryDirectory("tx-ids")
        defer { try? FileManager.default.removeItem(at: site) }
        let outcome = try CommandRunner.run([
            "report", "--transactions", fixture("padded.csv"), "--date-format", "MM/dd/yyyy", "--out", site.path,
            "--skip-tsne", "-q",
        ])
        #expect(outcome.status == 0)
        let rfm = try String(contentsOf: site.appendingPathComponent("data/rfm.csv"), encoding: .utf8)
        #expect(rfm.contains("\n00001,"))
    }

    @Test("returns and zero amounts are left out and counted with their first position")
    func returns() throws {
        let (results, page) = try report("returns.csv", ["--order-column", "order_id"])
        try expectHistory(results)
        let found = try issues(results)
        let negative = try #require(found.first { $0["kind"] as? String == "negativeAmount" })
        let zero = try #require(found.first { $0["kind"] as? String == "zeroAmount" })
        #expect(negative["count"] as? Int == 7)
        #expect(zero["count"] as? Int == 5)
        #expect(negative["first"] as? String == "returns.csv:6:36")
        #expect(page.contains("7 rows with a negative amount (returns or refunds) and 5 rows with an amount of zero were left out"))
    }

    @Test("a column that is not in the file: the error names the option and lists the file's columns")
    func missingColumn() throws {
        let outcome = try CommandRunner.run([
            "report", "--transactions", fixture("returns.csv"), "--date-column", "when", "--out",
            FileManager.default.temporaryDirectory.appendingPathComponent("tx-never").path,
        ])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains(
            "returns.csv:1:1: no column \"when\" (--date-column) in the header; the file's columns are \"customer_id\", \"order_id\", \"date\", \"amount\""))
    }

    @Test("a date in another format: line, column, value and the expected format, counted or fatal")
    func badDates() throws {
        let work = try CommandRunner.temporaryDirectory("tx-dates")
        defer { try? FileManager.default.removeItem(at: work) }
        // One bad row among good ones: rejected, counted, located.
        var lines = try String(contentsOfFile: fixture("order_level.csv"), encoding: .utf8).components(separatedBy: "\n")
        lines[3] = lines[3].replacingOccurrences(of: "2023-", with: "31/12/")
        let file = work.appendingPathComponent("shop.csv")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let site = work.appendingPathComponent("site")
        let outcome = try CommandRunner.run(["report", "--transactions", file.path, "--out", site.path, "--skip-tsne"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("shop.csv:4:7: invalid value in column \"date\": expected an ISO 8601 date"))
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("shop.csv:4:7"))
        // Every row in another format: fatal, with the first problem.
        let fatal = try CommandRunner.run([
            "report", "--transactions", fixture("order_level.csv"), "--date-format", "dd/MM/yyyy", "--out", site.path,
        ])
        #expect(fatal.status != 0)
        #expect(fatal.stderr.contains(
            "order_level.csv:2:7: invalid value in column \"date\": expected a date written dd/MM/yyyy, found \"2023-01-04\""))
        // A pattern the tool cannot read, and --data with --transactions.
        let pattern = try CommandRunner.run(["report", "--transactions", file.path, "--date-format", "dd/MMM/yy"])
        #expect(pattern.status != 0 && pattern.stderr.contains("--date-format dd/MMM/yy"))
        let both = try CommandRunner.run(["report", "--transactions", file.path, "--data", work.path])
        #expect(both.status != 0 && both.stderr.contains("exclusive"))
    }

    @Test("demo-data --transactions writes a log the report reads with a column mapping")
    func demoData() throws {
        let work = try CommandRunner.temporaryDirectory("tx-demo")
        defer { try? FileManager.default.removeItem(at: work) }
        let file = work.appendingPathComponent("shop.csv")
        let written = try CommandRunner.run(["demo-data", "--transactions", file.path, "--buyers", "200", "-q"])
        #expect(written.status == 0, "\(written.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("order_id,customer_id,ordered_at,category,quantity,amount,rating\n"))
        let site = work.appendingPathComponent("site")
        let outcome = try CommandRunner.run([
            "report", "--transactions", file.path, "--order-column", "order_id", "--date-column", "ordered_at",
            "--review-column", "rating", "--quantity-column", "quantity", "--category-column", "category",
            "--out", site.path, "--skip-tsne", "-q",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try CommandRunner.run(["validate", site.path]).status == 0)
    }

    @Test("the configuration file's transactions section maps the log like the flags; a flag overrides its key")
    func configurationSection() throws {
        let work = try CommandRunner.temporaryDirectory("tx-config")
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.copyItem(
            atPath: fixture("semicolon_decimal_comma.csv"), toPath: work.appendingPathComponent("orders.csv").path)
        let config = work.appendingPathComponent("shop.yaml")
        try """
            transactions:
              file: orders.csv            # relative to this file
              customer_column: client
              order_column: commande
              date_column: date
              amount_column: wrong
              date_format: dd/MM/yyyy HH:mm
              delimiter: semicolon
              decimal_comma: true
            """.write(to: config, atomically: true, encoding: .utf8)
        let site = work.appendingPathComponent("site")
        let outcome = try CommandRunner.run(
            ["report", "--config", config.path, "--amount-column", "montant", "--out", site.path, "--skip-tsne", "-q"],
            environment: ["SOURCE_DATE_EPOCH": "1764700000"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(FileManager.default.contents(atPath: site.appendingPathComponent("data/results.json").path))
        let results = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        try expectHistory(results)
        let (flags, _) = try report("semicolon_decimal_comma.csv", [
            "--customer-column", "client", "--order-column", "commande", "--date-column", "date", "--amount-column", "montant",
            "--date-format", "dd/MM/yyyy HH:mm", "--decimal-comma",
        ])
        #expect(try eda(results)["revenue"] as? Double == (try eda(flags)["revenue"] as? Double))
    }
}

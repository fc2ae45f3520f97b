import Foundation
import Testing

/// A language is one catalogue file: a third one in a `--templates` folder gives pages in that
/// language, with its number and date conventions, without any change to the code.
@Suite("Language catalogues")
struct LanguageCatalogueTests {
    /// The repository's English catalogue.
    static let english = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates/catalogue/en.json")

    /// English with every text marked `⟦…⟧`, a comma as decimal separator, an underscore as
    /// thousands separator and German month names.
    static func thirdLanguage() throws -> Data {
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: english)) as? [String: Any])
        for (key, value) in root where key != "locale" {
            root[key] = "⟦" + (value as? String ?? "") + "⟧"
        }
        var locale = try #require(root["locale"] as? [String: Any])
        locale["decimalSeparator"] = ","
        locale["groupingSeparator"] = "_"
        locale["shortMonthNames"] = ["Jän", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
        locale["dayPattern"] = "{day}. {month} {year}"
        locale["noData"] = "Keine Daten"
        root["locale"] = locale
        return try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
    }

    @Test("a third catalogue in --templates DIR/catalogue gives pages in that language; --lang is checked against the catalogues")
    func thirdLanguage() throws {
        let work = try CommandRunner.temporaryDirectory("lang")
        defer { try? FileManager.default.removeItem(at: work) }
        let templates = work.appendingPathComponent("templates")
        let catalogue = templates.appendingPathComponent("catalogue")
        try FileManager.default.createDirectory(at: catalogue, withIntermediateDirectories: true)
        try Self.thirdLanguage().write(to: catalogue.appendingPathComponent("xx.json"))
        let site = work.appendingPathComponent("site")

        let unknown = try CommandRunner.run(["report", "--buyers", "300", "--skip-tsne", "--out", site.path, "--lang", "xx"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("--lang xx") && unknown.stderr.contains("en, fr"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.path))

        let outcome = try CommandRunner.run([
            "report", "--buyers", "300", "--skip-tsne", "--out", site.path, "--lang", "xx", "--templates", templates.path, "-q",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let eda = try String(contentsOf: site.appendingPathComponent("eda.html"), encoding: .utf8)
        #expect(eda.contains("lang=\"xx\""))
        #expect(eda.contains("⟦Key figures⟧"))
        #expect(!eda.contains(">Key figures<"))
        // Its number conventions: R$1_234 and R$109,79; its month names: Okt, Dez (not Oct, Dec).
        #expect(eda.contains(#/R\$\d{1,3}(_\d{3})+/#))
        #expect(eda.contains(#/R\$\d+,\d\d/#))
        #expect(!eda.contains(#/R\$\d+\.\d\d/#) && !eda.contains(#/R\$\d{1,3},\d{3}/#))
        #expect(eda.contains("Okt") && eda.contains("Dez"))
        #expect(!eda.contains("Oct\u{00A0}") && !eda.contains("Dec\u{00A0}"))
        let results = try String(contentsOf: site.appendingPathComponent("data/results.json"), encoding: .utf8)
        #expect(results.contains("\"language\" : \"xx\""))

        // A catalogue whose locale is broken is refused, naming the file and the problem.
        var broken = try #require(try JSONSerialization.jsonObject(with: Self.thirdLanguage()) as? [String: Any])
        var locale = try #require(broken["locale"] as? [String: Any])
        locale["monthNames"] = ["January"]
        broken["locale"] = locale
        try JSONSerialization.data(withJSONObject: broken).write(to: catalogue.appendingPathComponent("yy.json"))
        let refused = try CommandRunner.run([
            "report", "--buyers", "300", "--skip-tsne", "--out", site.path, "--lang", "xx", "--templates", templates.path,
        ])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("yy.json") && refused.stderr.contains("monthNames"), "\(refused.stderr)")
    }
}

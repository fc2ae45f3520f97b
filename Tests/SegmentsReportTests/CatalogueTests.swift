import Foundation
import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading
import Testing
@testable import SegmentsReport

@Suite("Language catalogue")
struct CatalogueTests {
    static let english = Catalogue(.en)

    @Test("every built-in language has the keys and placeholders of English, texts and chart words")
    func sameKeys() {
        #expect(Catalogue.builtIn.count >= 2)
        for (code, catalogue) in Catalogue.builtIn.sorted(by: { $0.key < $1.key }) {
            #expect(!catalogue.entries.isEmpty, "templates/catalogue/\(code).json has no text")
            for difference in catalogue.differences(from: Self.english) {
                Issue.record("\(code).json \(difference)")
            }
        }
    }

    @Test("a missing key, a changed placeholder or an extra key is a difference")
    func missingKey() throws {
        var entries = Self.english.entries
        entries["eda.title"] = nil
        entries["eda.lead"] = "{buyers} only"
        entries["extra.key"] = "x"
        var conventions = Self.english.language.conventions
        conventions.chart["bars"] = nil
        let third = Catalogue(language: ReportLanguage(code: "xx", conventions: conventions), entries: entries)
        let differences = third.differences(from: Self.english)
        #expect(differences.contains("lacks eda.title"))
        #expect(differences.contains { $0.hasPrefix("eda.lead has placeholders") })
        #expect(differences.contains("has extra.key, which en lacks"))
        #expect(differences.contains("lacks locale.chart.bars"))
    }

    @Test("every file of templates/catalogue decodes, with a usable locale")
    func noStrayCatalogue() throws {
        #expect(Catalogue.builtIn.count == EmbeddedTemplates.catalogues.count, "a catalogue is not a JSON object of strings")
        for (code, text) in EmbeddedTemplates.catalogues {
            _ = try Catalogue.decode(code: code, text: text, path: "\(code).json")
        }
        #expect(throws: ReportError.self) { try Catalogue.decode(code: "xx", text: #"{"a": "b"}"#, path: "xx.json") }
        #expect(throws: ReportError.self) { try Catalogue.decode(code: "xx", text: "{", path: "xx.json") }
    }

    @Test("every {{t.key}} of the templates is in the catalogue")
    func templateKeys() throws {
        let pattern = try Regex(#"\{\{[#^/&]?\s*t\.([A-Za-z0-9_.]+)\s*\}\}"#)
        for (name, text) in EmbeddedTemplates.files {
            for match in text.matches(of: pattern) {
                let key = String(match.output[1].substring ?? "")
                #expect(Self.english.entries[key] != nil, "\(name) names t.\(key)")
            }
        }
    }

    /// The `words("…")` and `self("…")` keys written out in the report's sources.
    static func literalKeys() throws -> [(file: String, key: String)] {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/SegmentsReport")
        let pattern = try Regex(#"(?:words|self)\("([A-Za-z0-9_.]+)""#)
        var keys: [(String, String)] = []
        for path in FileManager.default.subpaths(atPath: sources.path) ?? [] where path.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            keys += text.matches(of: pattern).map { (path, String($0.output[1].substring ?? "")) }
        }
        return keys
    }

    @Test("every key the code names is in the catalogue")
    func codeKeys() throws {
        let literal = try Self.literalKeys()
        #expect(literal.count > 100)
        for (file, key) in literal {
            #expect(Self.english.entries[key] != nil, "\(file) names \(key)")
        }
        // Keys built from identifiers.
        var built = ReportPage.allCases.flatMap { ["page.\($0.rawValue)", "page.\($0.rawValue).summary"] }
        built += DataIssue.Kind.allCases.map { "issue.\($0.rawValue)" }
        built += DeliveryDelays.Bucket.allCases.map { "delivery.\($0.rawValue)" }
        built += [PaymentType.creditCard, .boleto, .voucher, .debitCard, .notDefined].map { "paymentType.\($0.rawValue)" }
        built += RFMSegment.allCases.flatMap { ["rfm.segment.\($0.identifier)", "rfm.segment.\($0.identifier).summary"] }
        built += ["input", "language", "seed", "features", "tsne", "catalogue", "templates"].map { "setting.\($0)" }
        built += EDAPage.sections.map(\.title)
        for key in built {
            #expect(Self.english.entries[key] != nil, "\(key)")
        }
    }

    @Test("placeholders are filled in one pass; unknown ones and stray braces are kept")
    func fill() {
        #expect(Catalogue.fill("{a} and {b}", ["a": "{b}", "b": "2"]) == "{b} and 2")
        #expect(Catalogue.fill("{a} {missing} {", ["a": "1"]) == "1 {missing} {")
        #expect(Catalogue.placeholders("x {a} y {b}") == ["a", "b"])
        #expect(Self.english("no.such.key") == "no.such.key")
    }

    @Test("every segment has a distinct name and a description in every language", arguments: ReportLanguage.allCases)
    func segmentNames(language: ReportLanguage) {
        let words = Catalogue(language)
        let names = RFMSegment.allCases.map(words.segmentName)
        #expect(Set(names).count == names.count)
        #expect(RFMSegment.allCases.allSatisfy { !words.segmentSummary($0).isEmpty })
    }

    @Test("the RFM rule puts the configuration's frequency steps in words")
    func rule() {
        let french = Catalogue(.fr)
        #expect(Self.english.rfmRule(.init()).contains("1 order → 1, 2 orders → 3, 3 orders → 4, 4 or more orders → 5"))
        #expect(french.rfmRule(.init()).contains("1 commande → 1, 2 commandes → 3, 3 commandes → 4, 4 commandes ou plus → 5"))
        let custom = RFMScoring.Configuration(frequencyThresholds: [3, 6])
        #expect(Self.english.rfmRule(custom).contains("1–2 orders → 1, 3–5 orders → 2, 6 or more orders → 3"))
        #expect(french.rfmRule(custom).contains("1 à 2 commandes → 1, 3 à 5 commandes → 2, 6 commandes ou plus → 3"))
        #expect(Self.english.rfmRule(.init(frequencyThresholds: [])).contains("1 or more orders → 1"))
    }
}

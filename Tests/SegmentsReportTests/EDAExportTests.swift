import Foundation
import Testing
import SegmentsAnalytics
import SegmentsLoading
@testable import SegmentsReport

@Suite("EDA exports")
struct EDAExportTests {
    let site: Site

    init() throws {
        site = try EDAReportFixture.site(.fr)
    }

    /// The `eda` object of data/results.json.
    func eda() throws -> [String: Any] {
        let data = try #require(site["data/results.json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any])
        return try #require(root["eda"] as? [String: Any])
    }

    @Test("results.json holds the required eda keys")
    func requiredKeys() throws {
        let eda = try eda()
        for key in [
            "orders", "valid_orders", "buyers", "repeat_buyer_share", "average_basket", "median_basket",
            "mean_days_to_second_purchase", "median_days_to_second_purchase",
        ] {
            #expect(eda[key] is NSNumber, "missing \(key)")
        }
        let share = try #require(eda["repeat_buyer_share"] as? Double)
        #expect((0...1).contains(share))
    }

    @Test("every figure of pandas' expected.json is in results.json's eda object (1e-9 relative)")
    func matchesPandas() throws {
        let data = try Data(contentsOf: EDAReportFixture.folder.appendingPathComponent("expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var mismatches: [String] = []
        compare(expected, try eda(), path: "eda", mismatches: &mismatches)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// Walks `expected`; every leaf must be in `actual` (numbers within 1e-9 relative).
    func compare(_ expected: Any, _ actual: Any?, path: String, mismatches: inout [String]) {
        switch expected {
        case let object as [String: Any]:
            guard let actual = actual as? [String: Any] else { return mismatches.append("\(path): not an object") }
            for (key, value) in object { compare(value, actual[key], path: path + "." + key, mismatches: &mismatches) }
        case let array as [Any]:
            guard let actual = actual as? [Any], actual.count == array.count else {
                return mismatches.append("\(path): not an array of \(array.count)")
            }
            for (index, value) in array.enumerated() {
                compare(value, actual[index], path: "\(path)[\(index)]", mismatches: &mismatches)
            }
        case let text as String:
            if actual as? String != text { mismatches.append("\(path): \(String(describing: actual)) ≠ \(text)") }
        case let number as NSNumber:
            guard let actual = actual as? NSNumber else { return mismatches.append("\(path): missing") }
            let (a, b) = (actual.doubleValue, number.doubleValue)
            if !(a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))) { mismatches.append("\(path): \(a) ≠ \(b)") }
        default:
            if !(actual is NSNull) { mismatches.append("\(path): expected null") }
        }
    }

    @Test("rfm.csv: header, one row per buyer, fixed decimals, snake_case segments")
    func rfmCSV() throws {
        let text = EDAReportFixture.text(site, "data/rfm.csv")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "customer_unique_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_segment")
        #expect(lines.last == "")
        let rows = lines.dropFirst().dropLast().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 1_980)
        let segments = Set(RFMSegment.allCases.map(\.identifier))
        for row in rows {
            #expect(row.count == 8)
            #expect(row[1].split(separator: ".").last?.count == 6)
            #expect(row[3].split(separator: ".").last?.count == 2)
            #expect(row[4...6].allSatisfy { ["1", "2", "3", "4", "5"].contains($0) })
            #expect(segments.contains(String(row[7])))
        }
        #expect(Set(rows.map { $0[0] }).count == rows.count)
    }

    @Test("fixed decimals round half away from zero and never write -0")
    func fixed() {
        #expect(RFMExport.fixed(0.125, decimals: 2) == "0.13")
        #expect(RFMExport.fixed(2.5, decimals: 0) == "3")
        #expect(RFMExport.fixed(12.3456789, decimals: 6) == "12.345679")
        #expect(RFMExport.fixed(-0.001, decimals: 2) == "0.00")
        #expect(RFMExport.fixed(-1.25, decimals: 1) == "-1.3")
        #expect(RFMExport.fixed(0.5, decimals: 2) == "0.50")
        #expect(RFMExport.fixed(.nan, decimals: 2) == "")
    }

    @Test("ids with commas or quotes are quoted as RFC 4180 asks")
    func quoting() {
        #expect(RFMExport.quoted("abc") == "abc")
        #expect(RFMExport.quoted("a,b") == "\"a,b\"")
        #expect(RFMExport.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(RFMExport.quoted("two\nlines") == "\"two\nlines\"")
    }
}

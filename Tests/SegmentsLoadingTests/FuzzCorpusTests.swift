import Foundation
import SegmentsTestSupport
import Testing
@testable import SegmentsLoading

/// Replays the fuzz seed corpora (`Fuzz/Corpus`, see TESTING.md) and the inputs fuzzing
/// found (`Fuzz/Regressions`) through the parsers, as the fuzz targets do: every input either
/// loads or fails with a `LoadingError`, and never crashes. Runs under the sanitizers too.
/// (The `config` and `model` targets' inputs are replayed by the configuration and report
/// test targets.)
@Suite("Fuzz corpora")
struct FuzzCorpusTests {
    static func inputs(_ target: String) -> [[UInt8]] { FuzzInputs.of(target) }

    @Test("CSV inputs read to the end or fail with an error that names a position")
    func csv() throws {
        let inputs = Self.inputs("csv")
        #expect(inputs.count >= 10)
        for input in inputs {
            do {
                _ = try records(input, file: "fuzz.csv")
            } catch {
                #expect(error.description.hasPrefix("fuzz.csv"))
            }
        }
    }

    @Test("Olist inputs (files cut at 0x1E) load or fail with a LoadingError")
    func olist() throws {
        let inputs = Self.inputs("olist")
        #expect(inputs.count >= 5)
        let rules = PlausibilityRules(now: Date(timeIntervalSince1970: 1_764_720_000))
        var loaded = 0
        for input in inputs {
            let pieces = input.split(separator: 0x1E, omittingEmptySubsequences: false)
            var files: [String: [UInt8]] = [:]
            for (piece, file) in zip(pieces, OlistFile.allCases) { files[file.rawValue] = Array(piece) }
            do {
                let dataset = try OlistDataset.load(files: files, origin: "fuzz", logger: quietLogger, rules: rules)
                #expect(dataset.orderBuyer.count == dataset.orders.count)
                loaded += 1
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
        #expect(loaded >= 2)  // the whole seed datasets load
    }

    @Test("number and timestamp inputs parse as the C library and the printer agree")
    func values() {
        for input in Self.inputs("numbers") {
            input.withUnsafeBufferPointer { bytes in
                let text = String(decoding: bytes, as: UTF8.self)
                if let value = NumberParsing.double(bytes) {
                    #expect(value == strtod(text, nil), "\(text)")
                }
                #expect(NumberParsing.int64(bytes) == (bytes.allSatisfy { $0 < 0x80 } ? Int64(text) : nil))
            }
        }
        for input in Self.inputs("timestamp") {
            input.withUnsafeBufferPointer { bytes in
                guard let timestamp = Timestamp.parse(bytes) else { return }
                #expect(String(timestamp.description.prefix(bytes.count)) == String(decoding: bytes, as: UTF8.self)
                    .replacingOccurrences(of: "T", with: " "))
            }
        }
    }

    @Test("transaction-log inputs (mapping byte, then the file) load or fail with a LoadingError")
    func transactions() throws {
        let inputs = Self.inputs("transactions")
        #expect(inputs.count >= 7)
        let rules = PlausibilityRules(now: Date(timeIntervalSince1970: 1_764_720_000))
        var loaded = 0
        for input in inputs {
            guard let selector = input.first else { continue }
            let mapping = TransactionFuzzMappings.all[Int(selector) % TransactionFuzzMappings.all.count]
            do {
                let dataset = try OlistDataset.load(
                    transactions: Array(input.dropFirst()), file: "fuzz.csv", mapping: mapping, logger: quietLogger, rules: rules)
                #expect(dataset.payments.count == dataset.orders.count && dataset.provenance.count == 1)
                loaded += 1
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
        #expect(loaded >= 7)  // the head of every fixture loads with its mapping
    }
}

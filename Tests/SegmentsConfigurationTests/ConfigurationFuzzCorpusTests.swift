import SegmentsTestSupport
import Testing
@testable import SegmentsConfiguration

/// Replays the `config` fuzz target's seeds and regressions (`Fuzz/Corpus/config`,
/// `Fuzz/Regressions/config`, see TESTING.md) as the target does: every UTF-8 input reads or
/// fails with an error that names the file and a position, and never crashes.
@Suite("Configuration fuzz corpus")
struct ConfigurationFuzzCorpusTests {
    @Test("configuration inputs read, or fail with a positioned error")
    func replay() throws {
        let inputs = FuzzInputs.of("config")
        #expect(inputs.count >= 10)
        var read = 0
        for input in inputs {
            guard let text = String(validating: input, as: UTF8.self) else { continue }
            do {
                let configuration = try ReportConfiguration.parse(text, file: "fuzz.yaml", languages: ["en", "fr"])
                #expect(!configuration.search.featureSets.isEmpty)
                read += 1
            } catch {
                #expect(error.description.hasPrefix("fuzz.yaml:"))
                #expect(error.line >= 0 && error.column >= 0)
            }
        }
        #expect(read >= 5)  // the example file and its sections read
    }
}

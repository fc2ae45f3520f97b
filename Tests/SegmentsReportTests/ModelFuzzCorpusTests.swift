import Foundation
import SegmentsAnalytics
import SegmentsTestSupport
import Testing
@testable import SegmentsReport

/// Replays the `model` fuzz target's seeds and regressions (`Fuzz/Corpus/model`,
/// `Fuzz/Regressions/model`, see TESTING.md) as the target does, the checksum computed but
/// not compared: every input reads or fails naming the file, and an accepted model writes
/// back to the same model.
@Suite("Model file fuzz corpus")
struct ModelFuzzCorpusTests {
    @Test("model inputs read, or fail naming the file; accepted ones round-trip")
    func replay() throws {
        let inputs = FuzzInputs.of("model")
        #expect(inputs.count >= 6)
        var read = 0
        for input in inputs {
            let model: SegmentationModel
            do {
                model = try ModelFile.parse(Data(input), path: "fuzz.json", verifiesChecksum: false)
            } catch {
                #expect(error.path == "fuzz.json")
                continue
            }
            #expect(model.problems.isEmpty)
            #expect(try ModelFile.parse(Data(ModelExport.json(model)), path: "again.json") == model)
            read += 1
        }
        #expect(read >= 2)  // the models of the small runs
    }

    @Test("the small runs' model files: the K-means/Ward one reads with its checksum, the cut DBSCAN one without")
    func seeds() throws {
        let folder = FuzzInputs.folder.appendingPathComponent("Seeds/model")
        let centroids = try ModelFile.read(folder.appendingPathComponent("centroids.json").path)
        #expect(centroids.assignment.rule == SegmentationModel.nearestCentroid && centroids.clusterCount >= 2)
        let data = try Data(contentsOf: folder.appendingPathComponent("dbscan.json"))
        let dbscan = try ModelFile.parse(data, path: "dbscan.json", verifiesChecksum: false)
        #expect(dbscan.algorithm == .dbscan && dbscan.assignment.coreClusters.map(Set.init) == [0, 1])
        #expect(throws: ModelFile.Failure.self) { try ModelFile.parse(data, path: "dbscan.json") }  // cut: checksum mismatch
    }
}

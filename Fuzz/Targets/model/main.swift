// Fuzz target: the saved model file (`data/model.json`, read by `segments score` and
// `--previous-model`), ModelFile.parse: JSON, envelope (format, version), decoding, the
// canonical re-encoding the checksum covers, and the model's consistency checks. The checksum
// is computed but not compared (`verifiesChecksum: false`), so that mutated content reaches
// the consistency checks instead of stopping at the checksum.
//
// Oracle: a refused file names the file; an accepted model assigns rows without trapping, to
// clusters it has (or noise), and writes back (ModelExport.json) to a file that reads, this
// time with the checksum verified, as the same model.
import Foundation
import SegmentsAnalytics
@testable import SegmentsReport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModel(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let model: SegmentationModel
    do {
        model = try ModelFile.parse(bytes, path: "fuzz.json", verifiesChecksum: false)
    } catch {
        precondition(error.path == "fuzz.json" && error.description.hasPrefix("fuzz.json: "))
        return 0
    }
    precondition(model.problems.isEmpty)
    assignRows(model)
    do {
        let written = try ModelExport.json(model)
        let again = try ModelFile.parse(Data(written), path: "again.json")
        precondition(again == model, "the model does not read back")
    } catch {
        preconditionFailure("an accepted model does not write back: \(error)")
    }
    return 0
}

/// Assigns a few rows (the origin, the model's own points and exceptions) with the model's rule.
private func assignRows(_ model: SegmentationModel) {
    let d = model.features.count
    let centroids = (model.assignment.centroids ?? []).prefix(4)
    let cores = (model.assignment.corePoints ?? []).prefix(4)
    let exceptions = model.exceptions.prefix(4)
    let rows = [[Double](repeating: 0, count: d)] + centroids + cores + exceptions.map(\.row)
    let ids = ["origin"] + centroids.indices.map { "centroid\($0)" } + cores.indices.map { "core\($0)" }
        + exceptions.map(\.customerUniqueId)
    let matrix = Matrix(rows: rows.count, cols: d, values: rows.flatMap { $0 })
    do {
        let labels = try model.assign(matrix, ids: ids)
        precondition(labels.count == rows.count)
        for label in labels {
            precondition(label == -1 || (0..<model.clusterCount).contains(label), "label \(label) of \(model.clusterCount) segments")
            _ = model.name(ofCluster: label)
        }
    } catch {
        preconditionFailure("an accepted model cannot assign rows: \(error)")
    }
}

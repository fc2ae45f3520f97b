import Foundation
import SegmentsAnalytics
import SegmentsLoading

/// `data/model.json`: the chosen model saved for `segments score` (``SegmentationModel``),
/// in an envelope that names the format and its version and holds the SHA-256 of the model's
/// canonical JSON, so that a damaged or hand-edited file is refused.
///
/// ```json
/// { "format": "segments-model", "format_version": 1, "tool_version": "0.3.0",
///   "sha256": "…", "model": { … } }
/// ```
public enum ModelExport {
    /// The value of the envelope's `format`.
    public static let format = "segments-model"

    /// The envelope as written and read.
    struct Envelope: Codable {
        var format: String
        var formatVersion: Int
        var toolVersion: String
        var sha256: String
        var model: SegmentationModel
    }

    /// The model's canonical JSON (sorted keys, snake_case, no spaces), which the checksum covers.
    static func canonical(_ model: SegmentationModel) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return Array(try encoder.encode(model))
    }

    /// The file's bytes: pretty-printed with sorted keys, so the same model gives the same bytes.
    public static func json(_ model: SegmentationModel) throws(ReportError) -> [UInt8] {
        do {
            let envelope = Envelope(
                format: format, formatVersion: SegmentationModel.formatVersion, toolVersion: model.toolVersion,
                sha256: Checksum.sha256(try canonical(model)), model: model)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            return Array(try encoder.encode(envelope)) + [0x0A]
        } catch {
            throw .writeFailed(path: "data/model.json", reason: "\(error)")
        }
    }
}

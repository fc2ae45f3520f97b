import Foundation
import SegmentsAnalytics
import SegmentsLoading

/// Reads a `data/model.json` written by `segments report` (``ModelExport``) and checks it
/// before any scoring: JSON, format, version, checksum, then the model's consistency.
public enum ModelFile {
    /// Why a model file was refused: the file and what is wrong with it.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var problem: String
        public var description: String { "\(path): \(problem)" }

        public init(path: String, problem: String) {
            self.path = path
            self.problem = problem
        }
    }

    /// The model of the file at `path`.
    /// - Throws: ``Failure`` naming the file: unreadable, not JSON, not a model file, another
    ///   format version, a checksum mismatch (edited or damaged), or inconsistent content
    ///   (matrix sizes, unknown features or rules).
    public static func read(_ path: String) throws(Failure) -> SegmentationModel {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Failure(path: path, problem: "cannot read the model file: \((error as NSError).localizedDescription)")
        }
        return try parse(data, path: path)
    }

    /// The model of a file's bytes; see ``read(_:)``.
    /// - Parameters:
    ///   - data: the file's content.
    ///   - path: the file, named in errors.
    ///   - verifiesChecksum: `false` computes the checksum but does not compare it (the fuzz
    ///     target only, so that edited content reaches the consistency checks).
    static func parse(_ data: Data, path: String, verifiesChecksum: Bool = true) throws(Failure) -> SegmentationModel {
        func fail(_ problem: String) -> Failure { Failure(path: path, problem: problem) }
        let root: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw fail("not a segments model file: the JSON is not an object")
            }
            root = object
        } catch let failure as Failure {
            throw failure
        } catch {
            throw fail("corrupt model file: not valid JSON (\(Self.reason(error)))")
        }
        guard root["format"] as? String == ModelExport.format else {
            throw fail("not a segments model file: \"format\" must be \"\(ModelExport.format)\" (write one with segments report)")
        }
        let version = (root["format_version"] as? NSNumber)?.intValue
        guard version == SegmentationModel.formatVersion else {
            let found = version.map(String.init) ?? "missing"
            let tool = root["tool_version"] as? String ?? "an unknown version"
            throw fail(
                "incompatible model: format version \(found) (written by segments \(tool)); this segments "
                    + "(\(ToolVersion.current)) reads version \(SegmentationModel.formatVersion): run segments report again to refit it")
        }
        let envelope: ModelExport.Envelope
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            envelope = try decoder.decode(ModelExport.Envelope.self, from: data)
        } catch {
            throw fail("corrupt model file: \(Self.reason(error))")
        }
        let actual: String
        do {
            actual = Checksum.sha256(try ModelExport.canonical(envelope.model))
        } catch {
            throw fail("corrupt model file: \(error)")
        }
        guard !verifiesChecksum || actual == envelope.sha256 else {
            throw fail(
                "checksum mismatch: the model was edited or damaged after segments wrote it (sha256 says \(envelope.sha256), "
                    + "the content hashes to \(actual)); write it again with segments report")
        }
        let problems = envelope.model.problems
        guard problems.isEmpty else { throw fail("inconsistent model: " + problems.joined(separator: "; ")) }
        return envelope.model
    }

    /// A decoding error in words, with the key path.
    static func reason(_ error: any Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "" : keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[") + ": "
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context): return "\(path(context))missing key \(key.stringValue)"
        case DecodingError.typeMismatch(let type, let context): return "\(path(context))expected \(type)"
        case DecodingError.valueNotFound(let type, let context): return "\(path(context))expected \(type), found null"
        case DecodingError.dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            return path(context) + (underlying ?? context.debugDescription)
        default:
            let error = error as NSError
            return error.userInfo["NSDebugDescription"] as? String ?? error.localizedDescription
        }
    }
}

import Foundation
import SegmentsAnalytics
import SegmentsLoading
import Testing
@testable import SegmentsReport

@Suite("Model file")
struct ModelFileTests {
    static let model = SegmentationModel(
        toolVersion: "test", featureSet: "rfm",
        features: [
            .init(name: "recency", transform: "none", imputed: 120.5, mean: 240.25, scale: 150.125),
            .init(name: "frequency", transform: "log1p", imputed: 0.6931471805599453, mean: 0.72, scale: 0.1),
            .init(name: "monetary", transform: "log1p", imputed: 4.9, mean: 5.012345678901234, scale: 0.87),
        ],
        reference: .init(rule: SegmentationModel.midnightAfterLastPurchase, trainingReference: "2018-10-18 00:00:00"),
        algorithm: .kmeans, parameters: .init(k: 2, restarts: 10, seed: 1),
        assignment: .init(rule: SegmentationModel.nearestCentroid, centroids: [[-1, 0.1, 2.5], [1.0 / 3, -0.2, -1e-300]]),
        segments: [.init(cluster: 0, name: "recent-big_spender"), .init(cluster: 1, name: "lapsed")],
        exceptions: [.init(customerUniqueId: "abc", row: [0.1, 0.2, 0.3], cluster: 1)], trainingBuyers: 10)

    func write(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID()).json")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// The file with `edit` applied to its JSON object.
    func edited(_ edit: (inout [String: Any]) -> Void, resign: Bool = false) throws -> String {
        var root = try #require(try JSONSerialization.jsonObject(with: Data(ModelExport.json(Self.model))) as? [String: Any])
        edit(&root)
        if resign {
            // A careful hand-edit recomputes the checksum: the content checks still catch it.
            let data = try JSONSerialization.data(withJSONObject: root["model"]!)
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            let model = try decoder.decode(SegmentationModel.self, from: data)
            root["sha256"] = Checksum.sha256(try ModelExport.canonical(model))
        }
        return try write(Array(try JSONSerialization.data(withJSONObject: root)))
    }

    func failure(_ path: String) -> String {
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try ModelFile.read(path)
            return "read without error"
        } catch {
            #expect(error.path == path)
            return error.description
        }
    }

    @Test("the model reads back equal, numbers bit for bit; the same model gives the same bytes")
    func roundTrip() throws {
        let bytes = try ModelExport.json(Self.model)
        #expect(bytes == (try ModelExport.json(Self.model)))
        let path = try write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ModelFile.read(path) == Self.model)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"format\" : \"segments-model\"") && text.contains("\"format_version\" : 1"))
        #expect(text.contains("\"customer_unique_id\" : \"abc\""))
    }

    @Test("corrupt, foreign, incompatible or hand-edited files are refused with the file and the problem")
    func refused() throws {
        let truncated = Array(try ModelExport.json(Self.model).prefix(80))
        #expect(failure(try write(truncated)).contains("corrupt model file: not valid JSON"))
        #expect(failure(try write(Array("[1, 2]".utf8))).contains("not a segments model file"))
        #expect(failure(try edited { $0["format"] = "other" }).contains("not a segments model file"))
        let newer = failure(try edited { $0["format_version"] = 2; $0["tool_version"] = "9.0.0" })
        #expect(newer.contains("incompatible model: format version 2 (written by segments 9.0.0)"), "\(newer)")
        #expect(failure(try edited { $0["format_version"] = nil }).contains("format version missing"))
        let changed = failure(try edited { root in
            var model = root["model"] as! [String: Any]
            model["segments"] = [["cluster": 0, "name": "vip"], ["cluster": 1, "name": "lapsed"]]
            root["model"] = model
        })
        #expect(changed.contains("checksum mismatch"), "\(changed)")
        let missing = failure(try edited { root in
            var model = root["model"] as! [String: Any]
            model["features"] = nil
            root["model"] = model
        })
        #expect(missing.contains("corrupt model file: model: missing key features"), "\(missing)")
        let resized = failure(try edited({ root in
            var model = root["model"] as! [String: Any]
            var assignment = model["assignment"] as! [String: Any]
            assignment["centroids"] = [[-1, 0.1], [0.3, -0.2, 0]]
            model["assignment"] = assignment
            root["model"] = model
        }, resign: true))
        #expect(resized.contains("inconsistent model: assignment.centroids[0] has 2 values, expected 3"), "\(resized)")
        // Found by the model fuzz target (Fuzz/Regressions/model): no segment and no centroid
        // passed the checks, and the rule then placed every buyer in a cluster 0 that does not exist.
        let empty = failure(try edited({ root in
            var model = root["model"] as! [String: Any]
            var assignment = model["assignment"] as! [String: Any]
            assignment["centroids"] = [[Double]]()
            model["assignment"] = assignment
            model["segments"] = [Any]()
            model["exceptions"] = [Any]()
            root["model"] = model
        }, resign: true))
        #expect(empty.contains("inconsistent model: segments is empty, expected at least one segment"), "\(empty)")
        #expect(failure("/nonexistent/model.json").contains("cannot read the model file"))
    }
}

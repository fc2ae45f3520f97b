import Foundation

/// The inputs of a fuzz target (see TESTING.md): its committed seeds (`Fuzz/Corpus/TARGET`)
/// and the inputs fuzzing found (`Fuzz/Regressions/TARGET`), for the tests that replay them.
public enum FuzzInputs {
    /// The checkout's `Fuzz/` folder, located from this file.
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz")

    /// The seeds, then the regressions, each folder in name order.
    public static func of(_ target: String) -> [[UInt8]] {
        ["Corpus", "Regressions"].flatMap { kind in
            files(folder.appendingPathComponent("\(kind)/\(target)")).map(\.bytes)
        }
    }

    /// The regressions alone, by file name.
    public static func regressions(_ target: String) -> [(name: String, bytes: [UInt8])] {
        files(folder.appendingPathComponent("Regressions/\(target)"))
    }

    private static func files(_ directory: URL) -> [(name: String, bytes: [UInt8])] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().compactMap { name in
            FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).map { (name, Array($0)) }
        }
    }
}

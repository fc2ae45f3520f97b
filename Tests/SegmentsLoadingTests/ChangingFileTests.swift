import Foundation
import SegmentsTestSupport
import Testing
@testable import SegmentsLoading

/// Files rewritten by another program while they are read: an error naming the file, never
/// a crash (a truncated memory map raised SIGBUS) nor a silently torn table.
@Suite("Files that change while they are read")
struct ChangingFileTests {
    /// A file of `chunks` read chunks and a bit, with an old modification time (so that a
    /// rewrite within the same clock tick still changes it).
    func bigFile(_ name: String, chunks: Int = 2) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("segments-\(name)-\(UUID()).csv")
        try Data(repeating: UInt8(ascii: "a"), count: FileBytes.chunkSize * chunks + 100).write(to: url)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: url.path)
        return url
    }

    func error(_ body: () throws -> FileBytes) -> LoadingError? {
        loadingError(body)
    }

    @Test("an unchanged file is read whole")
    func unchanged() throws {
        let url = try bigFile("same")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes = try FileBytes(reading: url.path)
        #expect(bytes.count == FileBytes.chunkSize * 2 + 100)
        #expect(bytes.withUnsafeBufferPointer { $0.allSatisfy { $0 == UInt8(ascii: "a") } })
    }

    @Test("a file truncated by another writer during the read is an error naming it")
    func truncated() throws {
        let url = try bigFile("truncated")
        defer { try? FileManager.default.removeItem(at: url) }
        let found = error {
            try FileBytes(reading: url.path) { truncate(url.path, 10) }
        }
        guard case .fileChanged(let file, let reason) = found else {
            Issue.record("expected fileChanged, got \(String(describing: found))")
            return
        }
        #expect(file == url.path)
        #expect(reason.contains("size went from \(FileBytes.chunkSize * 2 + 100) bytes"))
        #expect(found?.description.hasPrefix("\(url.path): the file changed while it was read") == true)
        #expect(found?.description.hasSuffix("wait until the program writing it has finished, then run again") == true)
    }

    @Test("a file that grows during the read is an error")
    func grown() throws {
        let url = try bigFile("grown")
        defer { try? FileManager.default.removeItem(at: url) }
        let found = error {
            try FileBytes(reading: url.path) {
                guard let handle = FileHandle(forWritingAtPath: url.path) else { return }
                handle.seekToEndOfFile()
                handle.write(Data("more,rows\n".utf8))
                handle.closeFile()
            }
        }
        guard case .fileChanged(let file, _) = found else {
            Issue.record("expected fileChanged, got \(String(describing: found))")
            return
        }
        #expect(file == url.path)
    }

    @Test("a file rewritten in place with the same size is an error")
    func rewritten() throws {
        let url = try bigFile("rewritten")
        defer { try? FileManager.default.removeItem(at: url) }
        var rewrites = 0
        let found = error {
            try FileBytes(reading: url.path) {
                rewrites += 1
                guard rewrites == 1, let handle = FileHandle(forWritingAtPath: url.path) else { return }
                handle.write(Data("b".utf8))
                handle.closeFile()
            }
        }
        #expect(found == .fileChanged(file: url.path, reason: "it was modified while it was read"))
    }

    @Test("the Olist loader reports a changing file through the same error, read again it loads")
    func loader() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("segments-changing-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in TinyOlist.files(replacing: [:]) {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        let orders = folder.appendingPathComponent(OlistFile.orders.rawValue).path
        let found = loadingError {
            try OlistDataset.load(directory: folder, logger: quietLogger) { path in
                if path == orders { truncate(orders, 40) }
            }
        }
        guard case .fileChanged(let file, _) = found else {
            Issue.record("expected fileChanged, got \(String(describing: found))")
            return
        }
        #expect(file == orders)
    }
}

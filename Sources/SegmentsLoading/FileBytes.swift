#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input file, held in memory: an array given by the caller, or the
/// contents of a file on disk read in full.
///
/// Files are read, not memory-mapped: a mapped file truncated by another process while it is
/// parsed raises SIGBUS, and a nightly job may read exports that are being rewritten. Reading
/// checks the size and modification time before and after, so a file that changed during the
/// read is an error naming it, never a crash or a silently torn table. A file is read into
/// anonymous memory of its own, on huge pages where the system offers them (Linux
/// `MADV_HUGEPAGE`): a 100 MB file then costs 50 page faults instead of 25,000.
final class FileBytes: @unchecked Sendable {
    // Sendable: the bytes are never written after `init`.
    private let array: [UInt8]
    private let region: UnsafeMutableRawBufferPointer?

    /// Read size per `read(2)` call.
    static let chunkSize = 1 << 22

    /// Wraps bytes held in memory.
    init(_ bytes: [UInt8]) {
        array = bytes
        region = nil
    }

    /// Reads the file at `path` (an empty file gives no bytes).
    ///
    /// The name is historical (files used to be mapped); see ``init(reading:afterChunk:)``.
    /// - Throws: ``LoadingError/unreadableFile(file:reason:)`` or ``LoadingError/fileChanged(file:reason:)``.
    convenience init(mapping path: String) throws(LoadingError) {
        try self.init(reading: path)
    }

    /// Reads the file at `path` in full, checking that it did not change meanwhile.
    /// - Parameters:
    ///   - path: the file.
    ///   - afterChunk: called after each chunk is read (tests change the file there).
    /// - Throws: ``LoadingError/unreadableFile(file:reason:)``, or
    ///   ``LoadingError/fileChanged(file:reason:)`` when its size or modification time
    ///   changed while it was read.
    /// - Complexity: O(file size).
    init(reading path: String, afterChunk: () -> Void = {}) throws(LoadingError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadableFile(file: path, reason: Self.lastError) }
        defer { close(descriptor) }
        let before = try Self.status(descriptor, path)
        guard (before.st_mode & S_IFMT) == S_IFREG else { throw .unreadableFile(file: path, reason: "not a regular file") }
        let size = Int(before.st_size)
        array = []
        guard size > 0 else {
            region = nil
            return
        }
        let region = try Self.allocate(size, path)
        self.region = region  // unmapped by `deinit`, also when a check below throws
        var readCount = 0
        while readCount < size {
            let result = read(descriptor, region.baseAddress! + readCount, min(Self.chunkSize, size - readCount))
            if result < 0 && errno == EINTR { continue }
            if result < 0 { throw .unreadableFile(file: path, reason: Self.lastError) }
            if result == 0 { break }
            readCount += result
            afterChunk()
        }
        var probe: UInt8 = 0
        let grown = read(descriptor, &probe, 1) > 0
        let after = try Self.status(descriptor, path)
        if readCount < size || grown || after.st_size != before.st_size {
            throw .fileChanged(file: path, reason: "its size went from \(size) bytes to \(grown ? "more" : String(after.st_size)) while it was read")
        }
        if Self.modified(after) != Self.modified(before) {
            throw .fileChanged(file: path, reason: "it was modified while it was read")
        }
    }

    deinit {
        if let region { munmap(region.baseAddress, region.count) }
    }

    /// The number of bytes.
    var count: Int { region?.count ?? array.count }

    /// Calls `body` with the bytes.
    func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        if let region { return try body(UnsafeBufferPointer(region.bindMemory(to: UInt8.self))) }
        return try array.withUnsafeBufferPointer(body)
    }

    /// Fresh anonymous memory of `size` bytes, on huge pages where available.
    private static func allocate(_ size: Int, _ path: String) throws(LoadingError) -> UnsafeMutableRawBufferPointer {
        guard let address = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            address != MAP_FAILED
        else { throw .unreadableFile(file: path, reason: "cannot allocate \(size) bytes: \(lastError)") }
        #if os(Linux)
        _ = madvise(address, size, MADV_HUGEPAGE)  // advice only
        #endif
        return UnsafeMutableRawBufferPointer(start: address, count: size)
    }

    /// The modification time in seconds and nanoseconds.
    private static func modified(_ info: stat) -> [Int] {
        #if os(Linux)
        [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        #else
        [Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)]
        #endif
    }

    private static var lastError: String { String(cString: strerror(errno)) }

    private static func status(_ descriptor: Int32, _ path: String) throws(LoadingError) -> stat {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadableFile(file: path, reason: lastError) }
        return info
    }
}

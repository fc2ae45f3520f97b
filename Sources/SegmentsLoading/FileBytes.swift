#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input file: an array given by the caller, or a read-only memory map of a
/// file on disk (no copy, no fresh memory to clear: the page cache is mapped directly).
final class FileBytes: @unchecked Sendable {
    // Sendable: the bytes are never written after `init`.
    private let array: [UInt8]
    private let mapping: UnsafeRawBufferPointer?

    /// Wraps bytes held in memory.
    init(_ bytes: [UInt8]) {
        array = bytes
        mapping = nil
    }

    /// Maps the file at `path` (an empty file gives no bytes).
    /// - Throws: ``LoadingError/unreadableFile(file:reason:)``.
    init(mapping path: String) throws(LoadingError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadableFile(file: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadableFile(file: path, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadableFile(file: path, reason: "not a regular file") }
        let size = Int(info.st_size)
        array = []
        guard size > 0 else {
            mapping = nil
            return
        }
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else {
            throw .unreadableFile(file: path, reason: String(cString: strerror(errno)))
        }
        mapping = UnsafeRawBufferPointer(start: address, count: size)
    }

    deinit {
        if let mapping { munmap(UnsafeMutableRawPointer(mutating: mapping.baseAddress), mapping.count) }
    }

    /// The number of bytes.
    var count: Int { mapping?.count ?? array.count }

    /// Calls `body` with the bytes.
    func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        if let mapping { return try body(mapping.assumingMemoryBound(to: UInt8.self)) }
        return try array.withUnsafeBufferPointer(body)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte strings stored back to back in one array: no allocation per string.
///
/// The storage behind ``Interner`` and ``TextColumn``; a `String` is made only on demand.
struct ByteArena: Sendable, Equatable {
    private(set) var storage: [UInt8] = []
    /// `ends[i]` is the offset one past string `i`; string `i` starts at `ends[i - 1]` (or 0).
    private(set) var ends: [Int] = []

    /// The number of strings.
    var count: Int { ends.count }

    /// Appends a byte string.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        storage.append(contentsOf: bytes)
        ends.append(storage.count)
    }

    /// The byte range of string `index` in the storage.
    func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// String `index` decoded as UTF-8 (invalid sequences become U+FFFD).
    func string(_ index: Int) -> String {
        String(decoding: storage[range(index)], as: UTF8.self)
    }

    /// The byte length of string `index`.
    func length(_ index: Int) -> Int {
        range(index).count
    }

    /// Calls `body` with the bytes of string `index`.
    func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let range = range(index)
        return storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Whether string `index` equals `bytes`.
    func equals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = range(index)
        guard range.count == bytes.count else { return false }
        guard let other = bytes.baseAddress, range.count > 0 else { return true }
        return storage.withUnsafeBufferPointer { memcmp($0.baseAddress! + range.lowerBound, other, range.count) == 0 }
    }
}

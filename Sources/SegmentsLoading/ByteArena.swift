/// Byte strings stored back to back in one array: no allocation per string.
///
/// The storage behind ``Interner`` and ``TextColumn``; a `String` is made only on demand.
struct ByteArena: Sendable, Equatable {
    private(set) var storage: [UInt8] = []
    /// `ends[i]` is the offset one past string `i`; string `i` starts at `ends[i - 1]` (or 0).
    private(set) var ends: [Int] = []

    /// The number of strings.
    var count: Int { ends.count }

    /// Reserves room for `count` strings of `bytes` bytes in all.
    mutating func reserveCapacity(_ count: Int, bytes: Int) {
        storage.reserveCapacity(bytes)
        ends.reserveCapacity(count)
    }

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

    /// Whether string `index` equals `bytes` (compared 8 bytes at a time: the strings are short
    /// identifiers, for which a call to `memcmp` costs more than the comparison).
    @inline(__always)
    func equals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = range(index)
        let count = range.count
        guard count == bytes.count else { return false }
        guard count > 0 else { return true }
        return storage.withUnsafeBytes { storage in
            let other = UnsafeRawBufferPointer(bytes)
            var offset = 0
            while offset + 8 <= count {
                if storage.loadUnaligned(fromByteOffset: range.lowerBound + offset, as: UInt64.self)
                    != other.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                { return false }
                offset += 8
            }
            while offset < count {
                if storage[range.lowerBound + offset] != other[offset] { return false }
                offset += 1
            }
            return true
        }
    }
}

/// A string pool that gives each distinct string a dense `Int32` code: 0, 1, 2, … in order of
/// first appearance.
///
/// Identifiers (order, customer, product ids, city names, …) are stored once and rows refer to
/// them by code. Interning from bytes hashes the bytes in place, so reading a CSV makes no
/// `String` per row; strings are made only when asked for.
public struct Interner: Sendable, Equatable {
    private var arena = ByteArena()
    /// The full hash of each string, by code (used to grow the table).
    private var hashes: [UInt64] = []
    /// Open-addressing table, linear probing, size a power of two. A slot holds the upper 32
    /// bits of the hash (to reject most mismatches without touching the strings) and code + 1;
    /// 0 is an empty slot.
    private var slots = [UInt64](repeating: 0, count: 16)

    /// Creates an empty interner.
    public init() {}

    /// Creates an interner holding `strings`, coded in order of first appearance.
    public init(_ strings: some Sequence<String>) {
        for string in strings { intern(string) }
    }

    /// The number of distinct strings.
    public var count: Int { arena.count }

    /// Whether no string has been interned.
    public var isEmpty: Bool { arena.count == 0 }

    /// The string with code `code`.
    /// - Precondition: `0 <= code < count`.
    public subscript(code: Int32) -> String {
        arena.string(Int(code))
    }

    /// All strings, in code order.
    /// - Complexity: O(total length).
    public var strings: [String] {
        (0..<count).map { arena.string($0) }
    }

    /// The code of `string`, or `nil` if it was never interned.
    /// - Complexity: O(length of `string`) expected.
    public func code(of string: String) -> Int32? {
        var string = string
        return string.withUTF8 { code(ofBytes: $0) }
    }

    /// Returns the code of `string`, interning it if new.
    /// - Complexity: amortised O(length of `string`) expected.
    @discardableResult
    public mutating func intern(_ string: String) -> Int32 {
        var string = string
        return string.withUTF8 { intern(bytes: $0) }
    }

    /// Reserves room for `count` strings of about `length` bytes each.
    mutating func reserveCapacity(_ count: Int, length: Int) {
        arena.reserveCapacity(count, bytes: count * length)
        hashes.reserveCapacity(count)
        var size = slots.count
        while size < 2 * count { size *= 2 }
        if size > slots.count { rehash(size: size) }
    }

    /// For each code of this interner, the code of the same string in `target`, or -1.
    /// - Complexity: O(total length) expected.
    func codes(in target: Interner) -> [Int32] {
        (0..<count).map { code in arena.withBytes(code) { target.code(ofBytes: $0) ?? -1 } }
    }

    /// The code of a byte string, or `nil`.
    func code(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let (code, _) = find(bytes, hash: Self.hash(bytes))
        return code
    }

    /// Returns the code of a byte string, interning it if new.
    mutating func intern(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        let (found, slot) = find(bytes, hash: hash)
        if let found { return found }
        let code = Int32(arena.count)
        arena.append(bytes)
        hashes.append(hash)
        slots[slot] = Self.slot(hash: hash, code: code)
        if arena.count * 2 > slots.count { grow() }
        return code
    }

    /// The code of `bytes` if present, and the slot where it is or would go.
    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (code: Int32?, slot: Int) {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        return slots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = table[slot]
                if entry == 0 { return (nil, slot) }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let code = Int32(truncatingIfNeeded: entry) - 1
                    if arena.equals(Int(code), bytes) { return (code, slot) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func slot(hash: UInt64, code: Int32) -> UInt64 {
        (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(code) + 1)
    }

    private mutating func grow() {
        rehash(size: slots.count * 2)
    }

    private mutating func rehash(size: Int) {
        let mask = size - 1
        var table = [UInt64](repeating: 0, count: size)
        for (code, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Self.slot(hash: hash, code: Int32(code))
        }
        slots = table
    }

    /// A fast 64-bit hash of a byte string (8 bytes per step, multiply–xorshift mixing).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= raw.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash &>> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < raw.count {
            tail |= UInt64(raw[index]) &<< shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash &>> 31)
    }

    public static func == (lhs: Interner, rhs: Interner) -> Bool {
        lhs.arena == rhs.arena
    }
}

/// One pass over bytes that finds the first byte that is not valid UTF-8 (RFC 3629: no
/// overlong forms, no surrogates, nothing above U+10FFFF) and counts the valid multi-byte
/// characters before it, skipping ASCII 32 bytes at a time.
struct UTF8Scan {
    /// The offset of the first invalid byte, `nil` when the whole input is valid UTF-8.
    private(set) var firstInvalid: Int?
    /// Valid characters of two to four bytes before ``firstInvalid`` (or in all the input).
    private(set) var multiByteCharacters = 0

    /// Scans `bytes`.
    /// - Complexity: O(bytes).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var index = 0
        let base = UnsafeRawPointer(bytes.baseAddress)
        while index < count {
            if let base, index + 32 <= count {
                let words = (0..<4).reduce(UInt64(0)) { $0 | base.loadUnaligned(fromByteOffset: index + 8 * $1, as: UInt64.self) }
                if words & 0x8080_8080_8080_8080 == 0 {
                    index += 32
                    continue
                }
            }
            if index + 8 <= count,
                UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = Self.sequenceLength(bytes, at: index)
            if length == 0 {
                // Keep going: a later UTF-8 character tells a mixed file from a Latin-1 one.
                if firstInvalid == nil { firstInvalid = index }
                index += 1
                if multiByteCharacters > 0 { return }
                continue
            }
            multiByteCharacters += 1
            if firstInvalid != nil { return }
            index += length
        }
    }

    /// The length of the valid UTF-8 sequence starting at `index`, 0 when it is invalid.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count, (low...high).contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}

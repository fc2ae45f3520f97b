/// Transcodes UTF-16 bytes that start with a byte order mark to UTF-8, the mark dropped.
struct UTF16Transcoder {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let bigEndian: Bool
    private let file: String

    /// - Parameters:
    ///   - bytes: the file's bytes, byte order mark included.
    ///   - bigEndian: the byte order the mark announced.
    ///   - file: the file name, for messages.
    init(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, file: String) {
        self.bytes = bytes
        self.bigEndian = bigEndian
        self.file = file
    }

    /// The UTF-8 text.
    /// - Throws: ``LoadingError/unsupportedEncoding(at:found:)`` at an unpaired surrogate or
    ///   an odd final byte.
    /// - Complexity: O(bytes).
    func utf8() throws(LoadingError) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count / 2)
        var index = 2
        var line = 1
        var column = 1
        while index < bytes.count {
            guard index + 1 < bytes.count else {
                throw .unsupportedEncoding(
                    at: SourcePosition(file: file, line: line, column: column), found: "UTF-16 with an odd number of bytes")
            }
            var scalar = UInt32(unit(at: index))
            index += 2
            if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count, (0xDC00..<0xE000).contains(unit(at: index)) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(unit(at: index)) - 0xDC00)
                index += 2
            } else if (0xD800..<0xE000).contains(scalar) {
                throw .unsupportedEncoding(
                    at: SourcePosition(file: file, line: line, column: column), found: "an unpaired UTF-16 surrogate")
            }
            TextEncoding.appendUTF8(scalar, to: &result)
            if scalar == UInt32(ASCII.lineFeed) {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return result
    }

    private func unit(at index: Int) -> UInt16 {
        bigEndian
            ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
    }
}

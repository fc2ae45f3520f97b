/// The character encoding an input file was read in. Spreadsheet exports are often UTF-16
/// with a byte order mark, or Latin-1 (Windows-1252); both are transcoded to UTF-8, which the
/// CSV reader works on.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8 (with or without a byte order mark), or plain ASCII: read as is.
    case utf8 = "utf-8"
    /// UTF-16 little-endian, recognised by its byte order mark `FF FE`.
    case utf16LittleEndian = "utf-16le"
    /// UTF-16 big-endian, recognised by its byte order mark `FE FF`.
    case utf16BigEndian = "utf-16be"
    /// Windows-1252 (Latin-1 with printable characters in 0x80–0x9F): a file that is not
    /// valid UTF-8 and holds no UTF-8 multi-byte character at all.
    case windows1252 = "windows-1252"

    /// The UTF-8 text of `bytes` and the encoding it was read in.
    ///
    /// UTF-8 is kept without a copy; UTF-16 with a byte order mark and Windows-1252 are
    /// transcoded. A file mixing UTF-8 with another encoding, UTF-16 without a byte order
    /// mark, and broken UTF-16 are rejected.
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - file: the file name, for messages.
    /// - Throws: ``LoadingError/unsupportedEncoding(at:found:)``.
    /// - Complexity: O(bytes), 32 ASCII bytes at a time.
    static func utf8(_ bytes: FileBytes, file: String) throws(LoadingError) -> (bytes: FileBytes, encoding: TextEncoding) {
        try bytes.withUnsafeBufferPointer { buffer throws(LoadingError) in
            if buffer.count >= 2 && buffer[0] == 0xFF && buffer[1] == 0xFE {
                return (FileBytes(try UTF16Transcoder(buffer, bigEndian: false, file: file).utf8()), .utf16LittleEndian)
            }
            if buffer.count >= 2 && buffer[0] == 0xFE && buffer[1] == 0xFF {
                return (FileBytes(try UTF16Transcoder(buffer, bigEndian: true, file: file).utf8()), .utf16BigEndian)
            }
            if buffer.count >= 4 && (buffer[0] == 0 || buffer[1] == 0) && (buffer[2] == 0 || buffer[3] == 0) {
                throw .unsupportedEncoding(
                    at: SourcePosition(file: file, line: 1, column: 1),
                    found: "UTF-16 without a byte order mark (zero bytes between the characters)")
            }
            let scan = UTF8Scan(buffer)
            guard let invalid = scan.firstInvalid else { return (bytes, .utf8) }
            if scan.multiByteCharacters > 0 {
                let byte = String(buffer[invalid], radix: 16, uppercase: true)
                throw .unsupportedEncoding(
                    at: position(ofByte: invalid, in: buffer, file: file),
                    found: "byte 0x\(byte), not UTF-8, in a file that also holds UTF-8 characters (two encodings mixed)")
            }
            return (FileBytes(windows1252ToUTF8(buffer)), .windows1252)
        }
    }

    /// The position of byte `offset`: physical line, and column in characters of the
    /// undecodable text (one per byte that does not continue a UTF-8 sequence).
    static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourcePosition {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == ASCII.lineFeed {
            line += 1
            lineStart = index + 1
        }
        let column = 1 + bytes[lineStart..<offset].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return SourcePosition(file: file, line: line, column: column)
    }

    /// Windows-1252 bytes as UTF-8.
    static func windows1252ToUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                result.append(byte)
                continue
            }
            let scalar = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            appendUTF8(scalar, to: &result)
        }
        return result
    }

    /// Appends the UTF-8 encoding of a scalar value.
    static func appendUTF8(_ scalar: UInt32, to result: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            result.append(UInt8(scalar))
        case ..<0x800:
            result.append(UInt8(0xC0 | scalar >> 6))
            result.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            result.append(UInt8(0xE0 | scalar >> 12))
            result.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            result.append(UInt8(0x80 | scalar & 0x3F))
        default:
            result.append(UInt8(0xF0 | scalar >> 18))
            result.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            result.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            result.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// Unicode scalars of Windows-1252 bytes 0x80–0x9F (the five unassigned ones map to the
    /// C1 control of the same value, as Latin-1 does).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}

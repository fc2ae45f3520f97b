import Foundation
import SegmentsTestSupport
import Testing
@testable import SegmentsLoading

/// Spreadsheet exports seen in the wild: UTF-16 with a byte order mark and Latin-1 are
/// transcoded; mixed encodings, UTF-16 without a mark and semicolon- or tab-separated files
/// are rejected with the file, line, column and remedy.
@Suite("Encodings and delimiters")
struct EncodingTests {
    let sellers = OlistFile.sellers.rawValue
    let text = "seller_id,seller_zip_code_prefix,seller_city,seller_state\ns1,13023,são paulo,SP\ns2,13844,mogi guaçu,SP\n"

    func load(sellers bytes: [UInt8]) throws(LoadingError) -> OlistDataset {
        var files = TinyOlist.files()
        files[sellers] = bytes
        return try OlistDataset.load(files: files, origin: "tiny", logger: quietLogger)
    }

    func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        let units = [UInt16(0xFEFF)] + Array(text.utf16)
        return units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    @Test("UTF-16 LE and BE with a byte order mark are read as the same text")
    func utf16WithMark() throws {
        let reference = try load(sellers: Array(text.utf8))
        for bigEndian in [false, true] {
            let data = try load(sellers: utf16(text, bigEndian: bigEndian))
            #expect(data.sellers.cities.strings == reference.sellers.cities.strings)
            #expect(data.sellers.cities.strings.contains("mogi guaçu"))
            let provenance = try #require(data.provenance.first { $0.file == sellers })
            #expect(provenance.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
            #expect(provenance.byteCount == utf16(text, bigEndian: bigEndian).count)
        }
        // A character outside the basic plane (a surrogate pair) survives.
        let emoji = try load(sellers: utf16(text.replacingOccurrences(of: "são", with: "são 🛒"), bigEndian: false))
        #expect(emoji.sellers.cities.strings.contains("são 🛒 paulo"))
    }

    @Test("broken UTF-16 and UTF-16 without a mark are rejected with the position and remedy")
    func brokenUTF16() throws {
        var broken = utf16(text, bigEndian: false)
        let secondLine = (text.firstIndex(of: "\n").map { text.utf16.distance(from: text.startIndex, to: $0) } ?? 0) + 1
        broken[2 + 2 * (secondLine + 1)] = 0x00
        broken[2 + 2 * (secondLine + 1) + 1] = 0xD8  // a lone high surrogate at line 2, column 2
        let error = loadingError { try load(sellers: broken) }
        #expect(error == .unsupportedEncoding(at: SourcePosition(file: sellers, line: 2, column: 2), found: "an unpaired UTF-16 surrogate"))
        #expect(error?.description.hasSuffix("save the file again as UTF-8 CSV") == true)
        let unmarked = Array(utf16(text, bigEndian: false).dropFirst(2))
        guard case .unsupportedEncoding(let position, let found) = loadingError({ try load(sellers: unmarked) }) else {
            Issue.record("UTF-16 without a mark was not rejected")
            return
        }
        #expect(position == SourcePosition(file: sellers, line: 1, column: 1))
        #expect(found.contains("UTF-16 without a byte order mark"))
    }

    @Test("Latin-1 (Windows-1252) text is transcoded")
    func latin1() throws {
        let bytes = text.unicodeScalars.map { UInt8($0.value) }  // every scalar here is below U+0100
        let data = try load(sellers: bytes)
        #expect(data.sellers.cities.strings.contains("são paulo"))
        #expect(data.sellers.cities.strings.contains("mogi guaçu"))
        #expect(data.provenance.first { $0.file == sellers }?.encoding == .windows1252)
        // 0x80 is the euro sign in Windows-1252.
        let euro = try load(sellers: Array("seller_id,seller_zip_code_prefix,seller_city,seller_state\ns1,1,a".utf8) + [0x80] + Array(",SP\n".utf8))
        #expect(euro.sellers.cities.strings == ["a€"])
    }

    @Test("UTF-8 mixed with Latin-1 is rejected at the first bad byte")
    func mixed() throws {
        let bytes = Array("seller_id,seller_zip_code_prefix,seller_city,seller_state\ns1,13023,são paulo,SP\ns2,1,mogi gua".utf8)
            + [0xE7] + Array("u,SP\n".utf8)
        let error = loadingError { try load(sellers: bytes) }
        #expect(error == .unsupportedEncoding(
            at: SourcePosition(file: sellers, line: 3, column: 14),
            found: "byte 0xE7, not UTF-8, in a file that also holds UTF-8 characters (two encodings mixed)"))
    }

    @Test("a semicolon- or tab-separated file says so")
    func delimiters() throws {
        for (separator, name) in [(";", "semicolon"), ("\t", "tab")] {
            let bytes = Array(text.replacingOccurrences(of: ",", with: separator).utf8)
            let error = loadingError { try load(sellers: bytes) }
            let header = "seller_id\(separator)seller_zip_code_prefix\(separator)seller_city\(separator)seller_state"
            #expect(error == .wrongDelimiter(at: SourcePosition(file: sellers, line: 1, column: 1), separator: name, header: header))
            #expect(error?.description.contains("\(sellers):1:1: the file is \(name)-separated") == true)
            #expect(error?.description.contains("expected fields separated by commas") == true)
        }
        // Quoted names, as Excel writes them, are recognised too.
        let quoted = Array("\"seller_id\";\"seller_city\"\n\"s1\";\"x\"\n".utf8)
        guard case .wrongDelimiter(_, let separator, _) = loadingError({ try load(sellers: quoted) }) else {
            Issue.record("a quoted semicolon header was not recognised")
            return
        }
        #expect(separator == "semicolon")
    }

    @Test("the UTF-8 scan finds the first invalid byte and counts characters")
    func scan() {
        func scanned(_ bytes: [UInt8]) -> (Int?, Int) {
            bytes.withUnsafeBufferPointer { let scan = UTF8Scan($0); return (scan.firstInvalid, scan.multiByteCharacters) }
        }
        #expect(scanned(Array("plain ascii, longer than eight bytes".utf8)) == (nil, 0))
        #expect(scanned(Array("é€🛒".utf8)) == (nil, 3))
        #expect(scanned([0xC0, 0x80]) == (0, 0))  // overlong
        #expect(scanned([0xED, 0xA0, 0x80]) == (0, 0))  // surrogate
        #expect(scanned([0xF4, 0x90, 0x80, 0x80]) == (0, 0))  // above U+10FFFF
        #expect(scanned(Array("abc".utf8) + [0xE9]) == (3, 0))  // truncated at the end
    }
}

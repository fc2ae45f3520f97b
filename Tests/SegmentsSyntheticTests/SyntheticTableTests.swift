import Testing
@testable import SegmentsSynthetic

/// A strict RFC 4180 reader for the tests of the synthetic generator (not the project's CSV
/// reader): it rejects a quote inside an unquoted field, text after a closing quote and an
/// unterminated quoted field, so that parsing a generated file checks its quoting.
struct SyntheticTestTable {
    enum Problem: Error, Equatable {
        case quoteInUnquotedField(row: Int)
        case textAfterClosingQuote(row: Int)
        case unterminatedQuote(row: Int)
        case ragged(row: Int, fields: Int)
    }

    let header: [String]
    let rows: [[String]]
    /// Whether each field of each row was quoted in the file.
    let quoted: [[Bool]]

    /// The values of a column by header name.
    func column(_ name: String) -> [String] {
        guard let position = header.firstIndex(of: name) else { return [] }
        return rows.map { $0[position] }
    }
}

extension SyntheticTestTable {
    /// Reads a whole CSV file.
    init(_ bytes: [UInt8]) throws {
        var records: [[String]] = []
        var quotedness: [[Bool]] = []
        var fields: [String] = []
        var flags: [Bool] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var fieldStart = true
        var isQuoted = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            flags.append(isQuoted)
            field.removeAll(keepingCapacity: true)
            fieldStart = true
            isQuoted = false
        }
        func endRecord() {
            endField()
            records.append(fields)
            quotedness.append(flags)
            fields = []
            flags = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if fieldStart && byte == UInt8(ascii: "\"") {
                isQuoted = true
                fieldStart = false
                var closed = false
                while index < bytes.count {
                    let inner = bytes[index]
                    index += 1
                    if inner == UInt8(ascii: "\"") {
                        if index < bytes.count && bytes[index] == UInt8(ascii: "\"") {
                            field.append(inner)
                            index += 1
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        field.append(inner)
                    }
                }
                guard closed else { throw Problem.unterminatedQuote(row: records.count) }
                if index < bytes.count && bytes[index] != UInt8(ascii: ",") && bytes[index] != UInt8(ascii: "\n") {
                    throw Problem.textAfterClosingQuote(row: records.count)
                }
                continue
            }
            fieldStart = false
            switch byte {
            case UInt8(ascii: ","): endField()
            case UInt8(ascii: "\n"): endRecord()
            case UInt8(ascii: "\""): throw Problem.quoteInUnquotedField(row: records.count)
            default: field.append(byte)
            }
        }
        if !fields.isEmpty || !field.isEmpty || isQuoted { endRecord() }
        guard let first = records.first else {
            header = []
            rows = []
            quoted = []
            return
        }
        for (number, record) in records.enumerated() where record.count != first.count {
            throw Problem.ragged(row: number, fields: record.count)
        }
        header = first
        rows = Array(records.dropFirst())
        quoted = Array(quotedness.dropFirst())
    }
}

@Suite("Synthetic test table (strict RFC 4180 test reader)")
struct SyntheticTableTests {
    @Test("quoted fields keep commas, doubled quotes and line breaks")
    func quotedFields() throws {
        let table = try SyntheticTestTable(Array("a,b\n\"x, \"\"y\"\"\r\nz\",\n".utf8))
        #expect(table.header == ["a", "b"])
        #expect(table.rows == [["x, \"y\"\r\nz", ""]])
        #expect(table.quoted == [[true, false]])
    }

    @Test("byte order mark and missing final line feed are accepted")
    func byteOrderMark() throws {
        let table = try SyntheticTestTable([0xEF, 0xBB, 0xBF] + Array("a,b\n1,2".utf8))
        #expect(table.header == ["a", "b"])
        #expect(table.rows == [["1", "2"]])
    }

    @Test(
        "broken quoting is rejected",
        arguments: [
            ("a\nx\"y\n", SyntheticTestTable.Problem.quoteInUnquotedField(row: 1)),
            ("a\n\"x\"y\n", .textAfterClosingQuote(row: 1)),
            ("a\n\"x\n", .unterminatedQuote(row: 1)),
            ("a,b\n1\n", .ragged(row: 1, fields: 1)),
        ])
    func brokenQuoting(text: String, problem: SyntheticTestTable.Problem) {
        #expect(throws: problem) { try SyntheticTestTable(Array(text.utf8)) }
    }
}

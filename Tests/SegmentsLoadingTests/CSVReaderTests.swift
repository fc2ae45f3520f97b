import SegmentsCore
import Testing
@testable import SegmentsLoading

@Suite("CSV reader")
struct CSVReaderTests {
    @Test("LF and CRLF line ends give the same records")
    func lineEnds() throws {
        let expected = [["a", "b"], ["1", "2"], ["3", "4"]]
        #expect(try records("a,b\n1,2\n3,4\n") == expected)
        #expect(try records("a,b\r\n1,2\r\n3,4\r\n") == expected)
        #expect(try records("a,b\r\n1,2\n3,4") == expected)
    }

    @Test("quoted fields keep commas, doubled quotes and line breaks")
    func quoting() throws {
        let text = "id,text\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"line one\r\nline two\"\n4,\"\"\n"
        #expect(
            try records(text) == [
                ["id", "text"], ["1", "a, b"], ["2", "say \"hi\""], ["3", "line one\r\nline two"], ["4", ""],
            ])
    }

    @Test("a line break inside quotes advances the physical line")
    func physicalLines() throws {
        let text = Array("h1,h2\n\"x\ny\nz\",1\nnext,2\n".utf8)
        try text.withUnsafeBufferPointer { buffer in
            var reader = CSVReader(file: "t.csv", bytes: buffer)
            _ = try reader.readRecord()
            _ = try reader.readRecord()
            #expect(reader.recordLine == 2)
            // The second field starts on line 4, after the quoted line breaks.
            #expect(reader.position(of: reader.fields[1]) == SourcePosition(file: "t.csv", line: 4, column: 4))
            _ = try reader.readRecord()
            #expect(reader.recordLine == 5)
        }
    }

    @Test("a UTF-8 byte order mark is skipped")
    func byteOrderMark() throws {
        #expect(try records([0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8)) == [["a", "b"], ["1", "2"]])
    }

    @Test("empty fields, including a trailing comma and a comma at the end of the file")
    func emptyFields() throws {
        #expect(try records("a,,c\n,,\nx,y,") == [["a", "", "c"], ["", "", ""], ["x", "y", ""]])
    }

    @Test("last line without a line break, trailing and inner blank lines")
    func lastLines() throws {
        #expect(try records("a,b\n1,2") == [["a", "b"], ["1", "2"]])
        #expect(try records("a,b\n1,2\n\n\r\n") == [["a", "b"], ["1", "2"]])
        #expect(try records("a,b\n\n1,2\n") == [["a", "b"], ["1", "2"]])
        #expect(try records("") == [])
    }

    @Test("a lone carriage return is data")
    func loneCarriageReturn() throws {
        #expect(try records("a\rb,c\n") == [["a\rb", "c"]])
    }

    @Test("unterminated quote: error at the opening quote")
    func unterminatedQuote() {
        let error = loadingError { try records("a,b\n1,\"open\nstill open\n") }
        guard case .brokenQuoting(let position, let expected, let found)? = error else {
            Issue.record("expected broken quoting, got \(String(describing: error))")
            return
        }
        #expect(position == SourcePosition(file: "t.csv", line: 2, column: 3))
        #expect(expected.contains("closing quote"))
        #expect(found == "the end of the file")
        #expect(error!.description.hasPrefix("t.csv:2:3: broken quoting"))
    }

    @Test("a quote inside an unquoted field is an error at the quote, columns count characters")
    func strayQuote() {
        let error = loadingError { try records("a,b\nçà,x\"y\n") }
        guard case .brokenQuoting(let position, _, let found)? = error else {
            Issue.record("expected broken quoting, got \(String(describing: error))")
            return
        }
        #expect(position == SourcePosition(file: "t.csv", line: 2, column: 5))
        #expect(found == "'\"'")
    }

    @Test("text after a closing quote is an error")
    func textAfterClosingQuote() {
        let error = loadingError { try records("a,b\n\"x\"y,1\n") }
        guard case .brokenQuoting(let position, let expected, let found)? = error else {
            Issue.record("expected broken quoting, got \(String(describing: error))")
            return
        }
        #expect(position == SourcePosition(file: "t.csv", line: 2, column: 4))
        #expect(expected.contains("after a closing quote"))
        #expect(found == "'y'")
    }

    @Test("random bytes never trap: the reader returns records or throws")
    func fuzz() {
        var generator = SplitMix64(seed: 7)
        let alphabet = Array("ab,\"\n\r1é".utf8)
        for _ in 0..<500 {
            let length = Int(generator.next() % 40)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            _ = try? records(bytes)
        }
    }
}

import Testing
@testable import SegmentsLoading
@testable import SegmentsSynthetic

@Suite("Synthetic CSV buffer and calendar")
struct SyntheticCSVBufferTests {
    /// The text of one data row written by `write`.
    private func row(_ write: (inout SyntheticCSVBuffer) -> Void) -> String {
        var buffer = SyntheticCSVBuffer(columns: ["x"], rows: 1, bytesPerRow: 10)
        write(&buffer)
        let text = String(decoding: buffer.bytes, as: UTF8.self)
        return String(text.drop { $0 != "\n" }.dropFirst())
    }

    @Test(
        "text is quoted like Olist: leading digit, comma, quote or line break",
        arguments: [
            ("campinas", "campinas"), ("13023", "\"13023\""), ("novo hamburgo, rs", "\"novo hamburgo, rs\""),
            ("veio \"original\"", "\"veio \"\"original\"\"\""), ("a\r\nb", "\"a\r\nb\""), ("Ótimo", "Ótimo"), ("", ""),
        ])
    func quoting(value: String, written: String) {
        var buffer = SyntheticCSVBuffer(columns: ["x"], rows: 1, bytesPerRow: 10)
        buffer.text(value)
        buffer.endRow()
        #expect(buffer.bytes == Array("\"x\"\n\(written)\n".utf8))
    }

    @Test("identifiers are 32 hex digits, quoted when they start with a digit")
    func identifiers() {
        #expect(row { $0.identifier(SyntheticID(high: 0xCEF6_7BCF_E190_66A9, low: 0x32CF_F0EB_C6D6_1E6C)) }
            == "cef67bcfe19066a932cff0ebc6d61e6c")
        #expect(row { $0.identifier(SyntheticID(high: 0x1E9E_8EF0_4DBC_FF45, low: 0x0000_0000_0000_00E5)) }
            == "\"1e9e8ef04dbcff4500000000000000e5\"")
        #expect(SyntheticID(high: 0x1, low: 0xAB).text == "000000000000000100000000000000ab")
    }

    @Test("numbers, amounts, timestamps, coordinates and missing values")
    func numbers() {
        let time = SyntheticCalendar.start(of: SyntheticCalendar.day(2017, 9, 19)) + 9 * 3600 + 45 * 60 + 35
        #expect(row { $0.integer(-42); $0.integer(nil); $0.cents(5890); $0.cents(7) } == "-42,,58.90,0.07")
        #expect(row { $0.timestamp(time); $0.timestamp(nil) } == "2017-09-19 09:45:35,")
        #expect(row { $0.coordinate(-23.545621281152); $0.coordinate(2.5) } == "-23.54562128115200,2.50000000000000")
    }

    @Test("a header can be unquoted, behind a byte order mark, without a final line feed")
    func translationStyle() {
        var buffer = SyntheticCSVBuffer(columns: ["a", "b"], rows: 1, bytesPerRow: 10, quotedHeader: false, byteOrderMark: true)
        buffer.text("x")
        buffer.text("y")
        buffer.endRow()
        buffer.dropFinalLineFeed()
        #expect(buffer.bytes == [0xEF, 0xBB, 0xBF] + Array("a,b\nx,y".utf8))
    }

    @Test("civil dates round-trip and weekdays are right", arguments: [(1970, 1, 1, 3), (2016, 9, 4, 6), (2017, 11, 24, 4), (2018, 2, 28, 2), (2020, 2, 29, 5)])
    func calendar(year: Int, month: Int, day: Int, weekday: Int) {
        let number = SyntheticCalendar.day(year, month, day)
        let date = SyntheticCalendar.civilDate(day: number)
        #expect(date.year == year && date.month == month && date.day == day)
        #expect(SyntheticCalendar.weekday(of: number) == weekday)
    }
}

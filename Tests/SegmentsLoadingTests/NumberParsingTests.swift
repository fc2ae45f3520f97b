import SegmentsCore
import Testing
@testable import SegmentsLoading

@Suite("Number parsing from bytes")
struct NumberParsingTests {
    private func int(_ text: String) -> Int64? {
        Array(text.utf8).withUnsafeBufferPointer { NumberParsing.int64($0) }
    }

    private func double(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { NumberParsing.double($0) }
    }

    @Test(
        "integers",
        arguments: [
            ("0", 0), ("42", 42), ("-7", -7), ("+7", 7), ("007", 7),
            ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
        ] as [(String, Int64)])
    func integers(text: String, value: Int64) {
        #expect(int(text) == value)
    }

    @Test("malformed or out-of-range integers", arguments: ["", "-", "+", " 1", "1 ", "1.0", "1e3", "abc", "12a", "9223372036854775808", "-9223372036854775809"])
    func badIntegers(text: String) {
        #expect(int(text) == nil)
    }

    @Test("Int32 range")
    func int32Range() {
        #expect(Array("2147483647".utf8).withUnsafeBufferPointer { NumberParsing.int32($0) } == Int32.max)
        #expect(Array("2147483648".utf8).withUnsafeBufferPointer { NumberParsing.int32($0) } == nil)
    }

    @Test(
        "decimals agree with the standard library",
        arguments: [
            "0", "-0", "58.90", "13.29", "-23.54562128115268", "-46.63929204800168", "-23.545621281152680",
            "0.1", ".5", "5.", "1e-5", "1E5", "-2.5e+3", "123456789012345678901234567890",
            "0.000000000000000000000000000001", "9007199254740993", "1.7976931348623157e308",
            "4.9e-324", "0.30000000000000004", "00012.5000",
        ])
    func decimals(text: String) throws {
        let expected = try #require(Double(text))
        let value = try #require(double(text))
        #expect(value.bitPattern == expected.bitPattern)
    }

    @Test("malformed decimals", arguments: ["", "-", ".", "e5", "1e", "1e+", "nan", "inf", "0x1p3", " 1", "1 ", "1,5", "1.2.3", "--1", "1e400"])
    func badDecimals(text: String) {
        #expect(double(text) == nil)
    }

    @Test("random decimals round-trip exactly (fast path and fallback)")
    func randomRoundTrip() {
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<5000 {
            let digits = Int(generator.next() % 20) + 1
            var text = generator.next() % 2 == 0 ? "-" : ""
            for index in 0..<digits {
                if index == Int(generator.next() % UInt64(digits)) && !text.contains(".") { text += "." }
                text += String(generator.next() % 10)
            }
            let expected = Double(text)
            #expect(double(text)?.bitPattern == expected?.bitPattern, "\(text)")
            let value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
            #expect(double(value.description) == value, "\(value)")
        }
    }
}

@Suite("Timestamps")
struct TimestampTests {
    private func parse(_ text: String) -> Timestamp? {
        Array(text.utf8).withUnsafeBufferPointer { Timestamp.parse($0) }
    }

    @Test(
        "known instants (seconds since 1970, UTC)",
        arguments: [
            ("1970-01-01 00:00:00", 0), ("2017-11-24 10:20:30", 1_511_518_830),
            ("2016-02-29 23:59:59", 1_456_790_399), ("1969-12-31 23:59:59", -1),
            ("2018-10-17", 1_539_734_400), ("2018-10-17T00:00:01", 1_539_734_401),
        ] as [(String, Int64)])
    func known(text: String, seconds: Int64) {
        #expect(parse(text)?.secondsSince1970 == seconds)
        #expect(Timestamp(text)?.secondsSince1970 == seconds)
    }

    @Test(
        "malformed dates",
        arguments: [
            "", "2017-13-01", "2017-00-10", "2017-02-29", "2017-04-31", "2017-1-01", "2017/01/01",
            "2017-01-01 24:00:00", "2017-01-01 10:60:00", "2017-01-01 10:00", "2017-01-01 10:00:00.5",
            " 2017-01-01", "2017-01-0a", "2017-01-01_10:00:00",
        ])
    func malformed(text: String) {
        #expect(parse(text) == nil)
    }

    @Test("description and components round-trip over random instants")
    func roundTrip() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<2000 {
            let seconds = Int64(generator.next() % 8_000_000_000) - 2_000_000_000
            let timestamp = Timestamp(secondsSince1970: seconds)
            #expect(Timestamp(timestamp.description) == timestamp, "\(timestamp)")
            let c = timestamp.components
            #expect(
                Timestamp(year: c.year, month: c.month, day: c.day, hour: c.hour, minute: c.minute, second: c.second)
                    == timestamp)
        }
    }

    @Test("days since 1970 round down before 1970")
    func days() {
        #expect(Timestamp(secondsSince1970: -1).daysSince1970 == -1)
        #expect(Timestamp(secondsSince1970: 86_399).daysSince1970 == 0)
        #expect(Timestamp("2017-11-24 10:20:30")!.description == "2017-11-24 10:20:30")
    }
}

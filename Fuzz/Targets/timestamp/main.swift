// Fuzz target: the timestamp parser (Timestamp.parse, Timestamp(String)).
//
// Oracle: an accepted text has the documented shape, and printing the timestamp gives the
// text back (a `T` separator read as a space, a date alone as midnight); the byte parser and
// the `String` initialiser agree.
@testable import SegmentsLoading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimestamp(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let parsed = Timestamp.parse(bytes)
    if let text = String(validating: bytes, as: UTF8.self) {
        precondition(Timestamp(text) == parsed, "String and byte parsers differ on \(text.debugDescription)")
    }
    guard let timestamp = parsed else { return 0 }
    var expected = Array(bytes)
    if expected.count == 10 { expected += Array(" 00:00:00".utf8) }
    if expected[10] == UInt8(ascii: "T") { expected[10] = UInt8(ascii: " ") }
    let printed = Array(timestamp.description.utf8)
    precondition(printed == expected, "\(timestamp) printed for \(Array(bytes))")
    let c = timestamp.components
    precondition(Timestamp(year: c.year, month: c.month, day: c.day, hour: c.hour, minute: c.minute, second: c.second) == timestamp)
    precondition(timestamp.daysSince1970 * Timestamp.secondsPerDay <= timestamp.secondsSince1970)
    return 0
}

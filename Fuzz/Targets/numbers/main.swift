// Fuzz target: the number parsers (NumberParsing.int64, int32, double).
//
// Oracle: whatever the fast parsers accept, the C library and Swift's own parsers must read
// the same way (doubles bit for bit: correct rounding), and what they reject must not be a
// plain decimal number.
#if canImport(Glibc)
import Glibc
#endif
@testable import SegmentsLoading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    let isASCII = bytes.allSatisfy { $0 < 0x80 }

    let int = NumberParsing.int64(bytes)
    if isASCII {
        // Swift's Int64(String) accepts the same strict syntax: optional sign, decimal digits.
        let reference = Int64(text)
        precondition(int == reference, "int64 \(text.debugDescription): \(String(describing: int)) ≠ \(String(describing: reference))")
    } else {
        precondition(int == nil, "int64 accepted non-ASCII \(Array(bytes))")
    }
    let int32 = NumberParsing.int32(bytes)
    precondition(int32 == int.flatMap { Int32(exactly: $0) }, "int32 \(text.debugDescription)")

    if let value = NumberParsing.double(bytes) {
        precondition(isDecimal(bytes), "double accepted \(text.debugDescription)")
        let reference = text.withCString { strtod($0, nil) }
        precondition(
            value.bitPattern == reference.bitPattern,
            "double \(text.debugDescription): \(value) ≠ strtod \(reference)")
    } else {
        precondition(!isDecimal(bytes) || !isFinite(text), "double rejected \(text.debugDescription)")
    }
    return 0
}

/// Whether `bytes` is `[+-]digits[.digits][(e|E)[+-]digits]` with at least one mantissa digit.
private func isDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        return index - start
    }
    if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
    var mantissa = digits()
    if index < bytes.count, bytes[index] == 0x2E {
        index += 1
        mantissa += digits()
    }
    guard mantissa > 0 else { return false }
    if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
        index += 1
        if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
        guard digits() > 0 else { return false }
    }
    return index == bytes.count
}

/// Whether the C library reads `text` as a finite number (an overflow to infinity may be rejected).
private func isFinite(_ text: String) -> Bool {
    text.withCString { strtod($0, nil) }.isFinite
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses numbers directly from UTF-8 bytes, without a `String` per value.
///
/// Strict: the whole field must be the number, with no surrounding spaces; `nan`, `inf` and
/// hexadecimal forms are rejected. Doubles are correctly rounded: the common short forms take
/// Clinger's exact fast path (W. D. Clinger, "How to read floating point numbers accurately",
/// PLDI 1990), the rest the C library's `strtod`.
enum NumberParsing {
    /// Parses a decimal integer with an optional sign, or `nil` if malformed or out of range.
    static func int64(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        var negative = false
        if let first = bytes.first, first == ASCII.minus || first == ASCII.plus {
            negative = first == ASCII.minus
            index = 1
        }
        guard index < bytes.count else { return nil }
        var magnitude: UInt64 = 0
        while index < bytes.count {
            let digit = bytes[index] &- ASCII.zero
            guard digit < 10 else { return nil }
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
            guard !overflow1 && !overflow2 else { return nil }
            magnitude = sum
            index += 1
        }
        if negative {
            return magnitude <= UInt64(Int64.max) + 1 ? Int64(truncatingIfNeeded: 0 &- magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// Parses a decimal integer that fits in `Int32`.
    static func int32(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        int64(bytes).flatMap { Int32(exactly: $0) }
    }

    /// Parses a decimal floating-point number (`-12.5`, `3`, `.5`, `1e-5`), or `nil`.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        var index = 0
        var negative = false
        if count > 0 && (bytes[0] == ASCII.minus || bytes[0] == ASCII.plus) {
            negative = bytes[0] == ASCII.minus
            index = 1
        }
        // All digits go into `mantissa`; with more than 19 it may wrap, and the slow path is taken.
        var mantissa: UInt64 = 0
        let integerStart = index
        while index < count, case let digit = bytes[index] &- ASCII.zero, digit < 10 {
            mantissa = mantissa &* 10 &+ UInt64(digit)
            index += 1
        }
        var digits = index - integerStart
        var exponent = 0
        if index < count && bytes[index] == ASCII.dot {
            index += 1
            let fractionStart = index
            while index < count, case let digit = bytes[index] &- ASCII.zero, digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                index += 1
            }
            digits += index - fractionStart
            exponent = fractionStart - index
        }
        guard digits > 0 else { return nil }
        if index < count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
            guard let value = exponentValue(bytes, from: index + 1) else { return nil }
            exponent += value
        } else if index != count {
            return nil
        }
        if digits <= 19 {
            if mantissa == 0 { return negative ? -0.0 : 0.0 }
            // Trailing zeros change nothing and may bring the mantissa under 2^53.
            while mantissa > maxExactMantissa && mantissa % 10 == 0 {
                mantissa /= 10
                exponent += 1
            }
            if mantissa <= maxExactMantissa && exponent >= -22 && exponent <= 22 {
                let value = Double(mantissa)
                let scaled = exponent < 0 ? value / powersOf10[-exponent] : value * powersOf10[exponent]
                return negative ? -scaled : scaled
            }
        }
        return strtodFallback(bytes)
    }

    /// The signed decimal exponent after an `e`, which must end the field; clamped to ±100000.
    private static func exponentValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        var negative = false
        if index < bytes.count && (bytes[index] == ASCII.minus || bytes[index] == ASCII.plus) {
            negative = bytes[index] == ASCII.minus
            index += 1
        }
        guard index < bytes.count else { return nil }
        var value = 0
        while index < bytes.count {
            let digit = bytes[index] &- ASCII.zero
            guard digit < 10 else { return nil }
            value = min(value * 10 + Int(digit), 100_000)
            index += 1
        }
        return negative ? -value : value
    }

    /// 2^53: every integer up to it is exact in a `Double`.
    private static let maxExactMantissa: UInt64 = 1 << 53

    /// 10^0 … 10^22, all exact in a `Double`.
    private static let powersOf10: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// Correctly rounded conversion of an already validated number by the C library.
    private static func strtodFallback(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
            for index in 0..<bytes.count { buffer[index] = CChar(bitPattern: bytes[index]) }
            buffer[bytes.count] = 0
            let value = strtod(buffer.baseAddress!, nil)
            return value.isFinite ? value : nil
        }
    }
}

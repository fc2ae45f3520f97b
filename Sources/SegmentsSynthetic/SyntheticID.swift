import SegmentsLoading

/// A 128-bit identifier written as 32 lower-case hexadecimal digits (Olist's id format).
struct SyntheticID: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    /// The 32 hexadecimal digits.
    var text: String {
        let high = String(high, radix: 16)
        let low = String(low, radix: 16)
        return String(repeating: "0", count: 16 - high.count) + high + String(repeating: "0", count: 16 - low.count) + low
    }
}

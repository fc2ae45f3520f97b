import SegmentsAnalytics
import SegmentsLoading

/// `data/rfm.csv`: one row per buyer with the raw RFM values, the scores and the segment.
///
/// Header `customer_unique_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_segment`;
/// rows in buyer-code order (order of first appearance in the customers file); recency with
/// six decimals, monetary with two, `.` as decimal separator whatever the report language;
/// the segment as its snake_case identifier; fields quoted as RFC 4180 requires when they
/// hold a comma, a quote or a line break; lines end with `\n`. Written byte by byte (no
/// string per field), so that 100,000 buyers take a few milliseconds.
enum RFMExport {
    static let header = "customer_unique_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_segment"

    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let quote = UInt8(ascii: "\"")

    /// The CSV bytes.
    /// - Complexity: O(buyers).
    static func csv(_ result: EDAResult, buyers ids: Interner) -> [UInt8] {
        let summary = result.buyers
        let rfm = result.rfm
        let segments = Dictionary(uniqueKeysWithValues: RFMSegment.allCases.map { ($0, Array($0.identifier.utf8)) })
        var out: [UInt8] = []
        out.reserveCapacity(80 * (summary.count + 1))
        out += header.utf8
        out.append(newline)
        for row in 0..<summary.count {
            appendField(ids[summary.buyer[row]], to: &out)
            out.append(comma)
            appendFixed(summary.recencyDays[row], decimals: 6, to: &out)
            out.append(comma)
            appendInteger(Int64(summary.frequency[row]), to: &out)
            out.append(comma)
            appendFixed(summary.monetary[row], decimals: 2, to: &out)
            for score in [rfm.recencyScores[row], rfm.frequencyScores[row], rfm.monetaryScores[row]] {
                out.append(comma)
                appendInteger(Int64(score), to: &out)
            }
            out.append(comma)
            out += segments[rfm.segments[row]]!
            out.append(newline)
        }
        return out
    }

    /// A field quoted when it holds a comma, a quote, CR or LF (quotes doubled).
    static func quoted(_ field: String) -> String {
        var bytes: [UInt8] = []
        appendField(field, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` rounded half away from zero to `decimals` digits, written with `.` and no
    /// grouping (`-0` written `0`); empty for a non-finite value.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var bytes: [UInt8] = []
        appendFixed(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendField(_ field: String, to out: inout [UInt8]) {
        let needsQuotes = field.utf8.contains { $0 == comma || $0 == quote || $0 == newline || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else { return out += field.utf8 }
        out.append(quote)
        for byte in field.utf8 {
            if byte == quote { out.append(quote) }
            out.append(byte)
        }
        out.append(quote)
    }

    private static func appendFixed(_ value: Double, decimals: Int, to out: inout [UInt8]) {
        guard value.isFinite else { return }
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value.magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return out += String(value).utf8 }
        let units = Int64(scaled)
        if value < 0 && units != 0 { out.append(UInt8(ascii: "-")) }
        appendInteger(units / scale, to: &out)
        guard decimals > 0 else { return }
        out.append(UInt8(ascii: "."))
        var fraction = units % scale
        let start = out.count
        for _ in 0..<decimals {
            out.append(UInt8(ascii: "0") + UInt8(fraction % 10))
            fraction /= 10
        }
        out[start...].reverse()
    }

    /// The decimal digits of a non-negative integer.
    private static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        var rest = value
        let start = out.count
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        out[start...].reverse()
    }
}

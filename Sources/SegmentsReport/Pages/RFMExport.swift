import SegmentsAnalytics
import SegmentsLoading

/// `data/rfm.csv`: one row per buyer with the raw RFM values, the scores and the segment.
///
/// Header `customer_unique_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_segment`;
/// rows in buyer-code order (order of first appearance in the customers file); recency with
/// six decimals, monetary with two, `.` as decimal separator whatever the report language;
/// the segment as its snake_case identifier; fields quoted as RFC 4180 requires when they
/// hold a comma, a quote or a line break; lines end with `\n`.
enum RFMExport {
    static let header = "customer_unique_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_segment"

    /// The CSV bytes.
    /// - Complexity: O(buyers).
    static func csv(_ result: EDAResult, buyers ids: Interner) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (result.buyers.count + 1))
        out += header.utf8
        out.append(0x0A)
        let rfm = result.rfm
        let summary = result.buyers
        for row in 0..<summary.count {
            var line = quoted(ids[summary.buyer[row]])
            line += "," + fixed(summary.recencyDays[row], decimals: 6)
            line += "," + String(summary.frequency[row])
            line += "," + fixed(summary.monetary[row], decimals: 2)
            line += "," + String(rfm.recencyScores[row]) + "," + String(rfm.frequencyScores[row])
            line += "," + String(rfm.monetaryScores[row]) + "," + rfm.segments[row].identifier
            out += line.utf8
            out.append(0x0A)
        }
        return out
    }

    /// A field quoted when it holds a comma, a quote, CR or LF (quotes doubled).
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `value` rounded half away from zero to `decimals` digits, written with `.` and no
    /// grouping (`-0` written `0`); empty for a non-finite value.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value.magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return String(value) }
        let units = Int64(scaled)
        let sign = value < 0 && units != 0 ? "-" : ""
        let whole = sign + String(units / scale)
        guard decimals > 0 else { return whole }
        let fraction = String(units % scale)
        return whole + "." + String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
    }
}

import SegmentsLoading

/// How delivered orders arrived compared with the date promised at purchase.
///
/// The delay of an order is its delivery timestamp minus its estimated delivery date, in
/// fractional days (negative: early). Buckets and the late share compare calendar days: an
/// order is late when it arrives on a day after the estimated day.
public struct DeliveryDelays: Sendable, Equatable {
    /// Ranges of whole days between the delivery day and the estimated day.
    public enum Bucket: String, CaseIterable, Sendable {
        case early15OrMore = "early_15_or_more"
        case early8To14 = "early_8_to_14"
        case early1To7 = "early_1_to_7"
        case onTheDay = "on_the_day"
        case late1To7 = "late_1_to_7"
        case late8To14 = "late_8_to_14"
        case late15OrMore = "late_15_or_more"

        /// The bucket of a delivery `days` calendar days after the estimate (negative: before).
        public init(days: Int64) {
            switch days {
            case ...(-15): self = .early15OrMore
            case -14 ... -8: self = .early8To14
            case -7 ... -1: self = .early1To7
            case 0: self = .onTheDay
            case 1...7: self = .late1To7
            case 8...14: self = .late8To14
            default: self = .late15OrMore
            }
        }
    }

    /// Delays in fractional days of the delivered orders with both dates.
    public var delays: SampleStatistics
    /// Orders per bucket, in ``Bucket/allCases`` order.
    public var bucketCounts: [Int]
    /// Orders delivered on a day after the estimated day.
    public var late: Int

    /// Orders measured.
    public var count: Int { delays.count }
    /// `late / count` (NaN without delivered orders).
    public var lateShare: Double { count == 0 ? .nan : Double(late) / Double(count) }
    /// Orders per bucket over the orders measured, in ``Bucket/allCases`` order (0 without
    /// delivered orders).
    public var bucketShares: [Double] { bucketCounts.map { Double($0) / Double(max(1, count)) } }

    /// The delays of the orders with status `delivered` that have a delivery and an
    /// estimated date.
    /// - Complexity: O(orders log orders).
    public init(_ orders: Orders) {
        var values: [Double] = []
        var counts = [Int](repeating: 0, count: Bucket.allCases.count)
        var late = 0
        for row in 0..<orders.count where orders.status[row] == .delivered {
            guard let delivered = orders.deliveredCustomer[row], let estimated = orders.estimatedDelivery[row] else { continue }
            values.append(Double(delivered.secondsSince1970 - estimated.secondsSince1970) / Double(Timestamp.secondsPerDay))
            let days = delivered.daysSince1970 - estimated.daysSince1970
            counts[Bucket.allCases.firstIndex(of: Bucket(days: days))!] += 1
            if days > 0 { late += 1 }
        }
        delays = SampleStatistics(values)
        bucketCounts = counts
        self.late = late
    }
}

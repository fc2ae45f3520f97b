import SegmentsLoading

/// The instants of the drift analysis: each start's window end and its steps, up to the end
/// of the data.
struct DriftSchedule {
    /// Window end of each start that reaches at least two steps, and its step dates.
    let windowEnds: [Int64]
    let steps: [[Int64]]
    /// The first start's window end plus two steps.
    let requiredEnd: Int64

    init(configuration: DriftConfiguration, firstPurchase: Int64, dataEnd: Int64) {
        let first = Timestamp(secondsSince1970: firstPurchase).components
        func monthStart(_ offset: Int) -> Int64 {
            let months = first.year * 12 + (first.month - 1) + offset
            return Timestamp(year: months / 12, month: months % 12 + 1, day: 1)!.secondsSince1970
        }
        func step(_ windowEnd: Int64, monthOffset: Int, _ j: Int) -> Int64 {
            switch configuration.step {
            case .monthly: return monthStart(monthOffset + j)
            case .biweekly: return windowEnd + Int64(14 * j) * Timestamp.secondsPerDay
            case .weekly: return windowEnd + Int64(7 * j) * Timestamp.secondsPerDay
            }
        }
        var ends: [Int64] = []
        var steps: [[Int64]] = []
        var required: Int64 = 0
        for s in 0..<configuration.starts {
            let offset = configuration.initialMonths + s * configuration.startSpacingMonths
            let end = monthStart(offset)
            if s == 0 { required = step(end, monthOffset: offset, 2) }
            var dates: [Int64] = []
            var j = 1
            while true {
                let date = step(end, monthOffset: offset, j)
                guard date <= dataEnd else { break }
                dates.append(date)
                j += 1
            }
            guard dates.count >= 2 else { break }
            ends.append(end)
            steps.append(dates)
        }
        windowEnds = ends
        self.steps = steps
        requiredEnd = required
    }
}

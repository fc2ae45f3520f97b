extension DriftResult {
    /// `sizes` as shares of each row's buyers (0 for a row without buyers).
    public var sizeShares: [[Double]] {
        sizes.map { row in
            let total = row.reduce(0, +)
            return row.map { total > 0 ? Double($0) / Double(total) : 0 }
        }
    }

    /// The column whose share moved most between the first row (the window's end) and the
    /// last step, with both shares; nil without two rows.
    public var largestShareChange: (column: Int, from: Double, to: Double)? {
        let shares = sizeShares
        guard shares.count >= 2, let first = shares.first, let last = shares.last, !first.isEmpty else { return nil }
        let column = first.indices.max { abs(last[$0] - first[$0]) < abs(last[$1] - first[$1]) }!
        return (column, first[column], last[column])
    }

    /// Which of today's segments each column of `sizes` is: the segment (label of `labels`,
    /// noise left out) that most of the column's buyers fall in at the first start's last
    /// step, where the initial model labels nearly the same buyers as today's model (ties to
    /// the lower label). nil for the noise column, a column without buyers there, or buyers
    /// unknown to `buyers`.
    /// - Parameters:
    ///   - buyers: today's buyer codes (as `buyerOrder`), one per label.
    ///   - labels: today's segment of each buyer, −1 for noise.
    /// - Complexity: O(buyers + columns × segments).
    public func matchedSegments(buyers: [Int32], labels: [Int]) -> [Int?] {
        guard let last = labelings.last(where: { $0.kind == .initial && $0.start == 0 }) else {
            return sizeLabels.map { _ in nil }
        }
        let segment = Dictionary(zip(buyers, labels), uniquingKeysWith: { first, _ in first })
        let column = Dictionary(uniqueKeysWithValues: sizeLabels.enumerated().map { ($1, $0) })
        var counts = [Int: [Int: Int]]()
        for (slot, label) in last.labels.enumerated() {
            guard label >= 0, let today = segment[buyerOrder[slot]], today >= 0, let c = column[label] else { continue }
            counts[c, default: [:]][today, default: 0] += 1
        }
        return sizeLabels.indices.map { c in
            counts[c]?.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        }
    }
}

/// How many rows fall under one label (a category, a state, a payment type…), and their
/// share of the rows counted.
public struct LabelledCount: Sendable, Equatable {
    /// The label as in the data (an English category name, a state code, a payment code).
    public var label: String
    /// Rows under the label.
    public var count: Int
    /// `count` over the rows counted under any label (0 when there are none).
    public var share: Double

    public init(label: String, count: Int, share: Double) {
        self.label = label
        self.count = count
        self.share = share
    }

    /// Counts per label, largest first (ties by label, so the order is deterministic);
    /// labels with a zero count are left out.
    /// - Parameter counts: label and count pairs; a label given twice is counted once with
    ///   the sum.
    /// - Complexity: O(k log k) for k labels.
    public static func ranked(_ counts: [(String, Int)]) -> [LabelledCount] {
        var merged: [String: Int] = [:]
        for (label, count) in counts { merged[label, default: 0] += count }
        let total = merged.values.reduce(0, +)
        return merged.filter { $0.value > 0 }
            .map { LabelledCount(label: $0.key, count: $0.value, share: total > 0 ? Double($0.value) / Double(total) : 0) }
            .sorted { ($1.count, $0.label) < ($0.count, $1.label) }
    }
}

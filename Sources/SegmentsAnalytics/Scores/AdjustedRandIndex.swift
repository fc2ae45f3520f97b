extension ClusterScores {
    /// The adjusted Rand index of two clusterings of the same rows (Hubert & Arabie,
    /// "Comparing partitions", Journal of Classification 1985), as scikit-learn's
    /// `adjusted_rand_score`: 1 for identical partitions (label names do not matter), about
    /// 0 for independent ones, possibly negative. Like scikit-learn it is exactly 1 when no
    /// pair of rows is grouped differently (also for empty input, or both labelings putting
    /// everything in one cluster or everything apart). Pair counts are exact (128-bit).
    /// - Parameters:
    ///   - a: the reference labels.
    ///   - b: the labels to compare, as many as `a`.
    ///   - noise: with `.exclude`, rows labelled `-1` in either clustering are left out.
    /// - Returns: the index, in [−0.5, 1].
    /// - Throws: `ClusteringError.labelCountMismatch` when the counts differ.
    /// - Complexity: O(n) expected time and O(n) memory.
    public static func adjustedRandIndex(
        _ a: [Int], _ b: [Int], noise: NoiseHandling = .asCluster
    ) throws(ClusteringError) -> Double {
        guard a.count == b.count else { throw .labelCountMismatch(labels: b.count, rows: a.count) }
        let rows = a.indices.filter { noise == .asCluster || (a[$0] != -1 && b[$0] != -1) }
        let n = rows.count
        var rowSums = [Int: Int]()
        var columnSums = [Int: Int]()
        var cells = [Pair: Int]()
        for i in rows {
            rowSums[a[i], default: 0] += 1
            columnSums[b[i], default: 0] += 1
            cells[Pair(a: a[i], b: b[i]), default: 0] += 1
        }
        // Ordered pair counts as in scikit-learn's `pair_confusion_matrix`.
        let sumSquares = cells.values.reduce(0) { $0 + $1 * $1 }
        let together = sumSquares - n
        var sameB = 0
        var sameA = 0
        for (pair, count) in cells {
            sameB += count * columnSums[pair.b]!
            sameA += count * rowSums[pair.a]!
        }
        let onlyB = sameB - sumSquares  // fp: together in b only
        let onlyA = sameA - sumSquares  // fn: together in a only
        let apart = n * n - onlyB - onlyA - sumSquares
        if onlyA == 0 && onlyB == 0 { return 1 }
        let numerator = WideInteger(together, apart) - WideInteger(onlyA, onlyB)
        let denominator =
            WideInteger(together + onlyA, onlyA + apart) + WideInteger(together + onlyB, onlyB + apart)
        return 2 * numerator.doubleValue / denominator.doubleValue
    }

    private struct Pair: Hashable {
        let a: Int
        let b: Int
    }
}

/// A signed 128-bit integer made from 64-bit products, enough for the pair counts of the
/// ARI (up to n⁴) without overflow.
struct WideInteger {
    var high: Int64
    var low: UInt64

    /// The exact product `x · y`.
    init(_ x: Int, _ y: Int) {
        let product = Int64(x).multipliedFullWidth(by: Int64(y))
        high = product.high
        low = product.low
    }

    init(high: Int64, low: UInt64) {
        self.high = high
        self.low = low
    }

    static func + (lhs: WideInteger, rhs: WideInteger) -> WideInteger {
        let (low, carry) = lhs.low.addingReportingOverflow(rhs.low)
        return WideInteger(high: lhs.high &+ rhs.high &+ (carry ? 1 : 0), low: low)
    }

    static func - (lhs: WideInteger, rhs: WideInteger) -> WideInteger {
        let (low, borrow) = lhs.low.subtractingReportingOverflow(rhs.low)
        return WideInteger(high: lhs.high &- rhs.high &- (borrow ? 1 : 0), low: low)
    }

    /// The value as a double (sign and magnitude converted separately, so small negative
    /// values are exact).
    var doubleValue: Double {
        guard high < 0 else { return Double(high) * 0x1p64 + Double(low) }
        let negatedLow = ~low &+ 1
        let negatedHigh = UInt64(bitPattern: ~high) &+ (negatedLow == 0 ? 1 : 0)
        return -(Double(negatedHigh) * 0x1p64 + Double(negatedLow))
    }
}

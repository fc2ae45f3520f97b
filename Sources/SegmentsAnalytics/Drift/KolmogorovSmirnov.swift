import Foundation

/// The two-sample Kolmogorov–Smirnov test (two-sided): the statistic D, the largest gap
/// between the two empirical distribution functions (as SciPy's `ks_2samp`), and its
/// p-value from Kolmogorov's limiting distribution with Stephens' small-sample correction,
/// Q((√nₑ + 0.12 + 0.11/√nₑ) · D) with nₑ = n₁n₂/(n₁+n₂). SciPy's `ks_2samp` uses the exact
/// distribution instead; on a fixture the p-values agree to about 10⁻³ (BENCHMARKS.md), the
/// statistic exactly.
public struct KolmogorovSmirnov: Sendable, Equatable {
    public let statistic: Double
    public let pValue: Double

    /// Tests `a` against `b` (NaN values left out); nil when either is empty.
    public init?(_ a: [Double], _ b: [Double]) {
        let x = a.filter { !$0.isNaN }.sorted()
        let y = b.filter { !$0.isNaN }.sorted()
        self.init(sortedA: x, sortedB: y)
    }

    /// Tests two sorted samples without NaN.
    init?(sortedA x: [Double], sortedB y: [Double]) {
        guard !x.isEmpty, !y.isEmpty else { return nil }
        let n1 = x.count
        let n2 = y.count
        var i = 0
        var j = 0
        var d = 0.0
        while i < n1 && j < n2 {
            let value = min(x[i], y[j])
            while i < n1 && x[i] <= value { i += 1 }
            while j < n2 && y[j] <= value { j += 1 }
            d = max(d, abs(Double(i) / Double(n1) - Double(j) / Double(n2)))
        }
        statistic = d
        let en = Double(n1) * Double(n2) / Double(n1 + n2)
        let root = en.squareRoot()
        pValue = Self.kolmogorovSurvival((root + 0.12 + 0.11 / root) * d)
    }

    /// P(K > λ) for Kolmogorov's distribution.
    static func kolmogorovSurvival(_ lambda: Double) -> Double {
        guard lambda > 0 else { return 1 }
        if lambda < 1.18 {
            // 1 − √(2π)/λ · Σ exp(−(2j−1)²π²/(8λ²)), accurate for small λ.
            var sum = 0.0
            for j in 1...8 {
                let odd = Double(2 * j - 1)
                sum += exp(-odd * odd * Double.pi * Double.pi / (8 * lambda * lambda))
            }
            return min(1, max(0, 1 - (2 * Double.pi).squareRoot() / lambda * sum))
        }
        var sum = 0.0
        for j in 1...100 {
            let term = exp(-2 * Double(j * j) * lambda * lambda)
            sum += (j % 2 == 1 ? 1 : -1) * term
            if term < 1e-300 { break }
        }
        return min(1, max(0, 2 * sum))
    }
}

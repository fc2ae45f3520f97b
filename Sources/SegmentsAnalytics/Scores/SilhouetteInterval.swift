/// The 95 % confidence interval of a silhouette estimated on a uniform sample of rows.
///
/// Each sampled row's silhouette is exact (its distances to every row are summed), so the
/// mean over the sampled non-noise rows is an unbiased estimate of the exact mean silhouette;
/// its interval is the normal approximation of a sample mean drawn without replacement:
/// mean ± 1.96 · s / √m · √(1 − m / N), with s the sample standard deviation of the m scored
/// values and N the non-noise rows of the whole matrix.
public struct SilhouetteInterval: Sendable, Equatable {
    /// Two-sided 95 % quantile of the standard normal distribution.
    public static let z95 = 1.959963984540054

    /// Sampled rows that were scored (non-noise).
    public let sampleSize: Int
    /// Non-noise rows of the whole matrix.
    public let populationSize: Int
    /// Standard error of the estimated mean.
    public let standardError: Double
    public let low: Double
    public let high: Double

    /// The interval of the mean of `values` (the scored sample; NaN left out) drawn from
    /// `populationSize` rows.
    /// - Complexity: O(m).
    public init(mean: Double, values: [Double], populationSize: Int) {
        var m = 0
        var squares = 0.0
        for value in values where !value.isNaN {
            m += 1
            squares += (value - mean) * (value - mean)
        }
        let variance = m > 1 ? squares / Double(m - 1) : 0
        let correction = populationSize > 0 ? max(0, 1 - Double(m) / Double(populationSize)) : 0
        sampleSize = m
        self.populationSize = populationSize
        standardError = m > 0 ? (variance / Double(m) * correction).squareRoot() : 0
        low = mean - Self.z95 * standardError
        high = mean + Self.z95 * standardError
    }

    /// Whether `value` lies in the interval.
    public func contains(_ value: Double) -> Bool { low <= value && value <= high }
}

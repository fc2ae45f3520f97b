import Foundation
import SegmentsCore
import SegmentsLoading

/// The random draws of the synthetic generator (uniform, weighted, normal, log-normal,
/// identifiers), all taken from one `SplitMix64` stream so that a seed fixes every byte.
///
/// The generator uses one stream per concern (buyers, baskets, payments, …), so that a change
/// in how one table is drawn leaves the other tables unchanged.
struct SyntheticRandom {
    private var generator: SplitMix64

    /// Creates stream number `stream` of `seed`; distinct streams are unrelated sequences.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        generator = SplitMix64(seed: mixer.next())
    }

    /// A uniform double in [0, 1).
    mutating func unit() -> Double {
        generator.nextUnit()
    }

    /// A uniform integer in `0..<count` (Lemire's multiply-shift, platform independent).
    mutating func below(_ count: Int) -> Int {
        precondition(count > 0, "empty range")
        return Int(generator.next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// A uniform integer in `range`.
    mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A uniform double in `[low, high)`.
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A standard normal draw (Box–Muller).
    mutating func normal() -> Double {
        normalPair().0
    }

    /// Two independent standard normal draws (both Box–Muller outputs).
    mutating func normalPair() -> (Double, Double) {
        let radius = (-2 * log(1 - unit())).squareRoot()
        let angle = 2 * Double.pi * unit()
        return (radius * cos(angle), radius * sin(angle))
    }

    /// A log-normal draw with the given median and log-scale standard deviation.
    mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * exp(sigma * normal())
    }

    /// An index drawn with the probabilities of `weights`.
    mutating func pick(_ weights: SyntheticWeights) -> Int {
        weights.index(at: unit())
    }

    /// A fresh 128-bit identifier, written as 32 hexadecimal digits like Olist's ids.
    mutating func identifier() -> SyntheticID {
        SyntheticID(high: generator.next(), low: generator.next())
    }
}

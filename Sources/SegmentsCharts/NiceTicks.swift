import Foundation

/// "Nice" tick values: multiples of 1, 2 or 5 × 10^k, as in d3-array's `ticks`,
/// `tickIncrement` and d3-scale's `nice` (Bostock, d3.js), so that axes read naturally.
public enum NiceTicks {
    /// Error thresholds between the 1-2-5 steps, as in d3: √50, √10, √2.
    private static let e10 = 50.0.squareRoot(), e5 = 10.0.squareRoot(), e2 = 2.0.squareRoot()

    /// JavaScript's `Math.round` (halves round up), which d3's algorithm assumes.
    private static func jsRound(_ x: Double) -> Double { (x + 0.5).rounded(.down) }

    /// d3's `tickSpec`: integer tick indexes i1...i2 and the increment; a negative increment
    /// −m means a step of 1/m (kept as an inverse so that ticks like 0.1 are exact).
    private static func spec(_ start: Double, _ stop: Double, _ count: Double) -> (Double, Double, Double) {
        let step = (stop - start) / max(0, count)
        let power = (log10(step)).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, increment: Double
        if power < 0 {
            increment = pow(10, -power) / factor
            i1 = jsRound(start * increment)
            i2 = jsRound(stop * increment)
            if i1 / increment < start { i1 += 1 }
            if i2 / increment > stop { i2 -= 1 }
            increment = -increment
        } else {
            increment = pow(10, power) * factor
            i1 = jsRound(start / increment)
            i2 = jsRound(stop / increment)
            if i1 * increment < start { i1 += 1 }
            if i2 * increment > stop { i2 -= 1 }
        }
        if i2 < i1 && 0.5 <= count && count < 2 { return spec(start, stop, count * 2) }
        return (i1, i2, increment)
    }

    /// About `count` nice values between `start` and `stop` inclusive, in ascending order.
    /// - Parameters:
    ///   - start: One end of the range.
    ///   - stop: The other end.
    ///   - count: The desired number of ticks (a hint: the result has roughly this many).
    /// - Returns: Ticks such as 0, 20, 40, 60, 80 for 0…97; `[start]` when start == stop;
    ///   empty for non-finite input or a non-positive count.
    public static func ticks(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 0, start.isFinite, stop.isFinite else { return [] }
        if start == stop { return [start] }
        let (lo, hi) = (min(start, stop), max(start, stop))
        let (i1, i2, increment) = spec(lo, hi, Double(count))
        guard i2 >= i1, increment.isFinite, increment != 0, i2 - i1 < 10_000 else { return [] }
        return (0...Int(i2 - i1)).map { offset in
            let i = i1 + Double(offset)
            return increment < 0 ? i / -increment : i * increment
        }
    }

    /// The distance between ticks for `count` ticks over the range (d3's `tickStep`), > 0,
    /// or 0 when undefined (empty or non-finite range).
    public static func step(_ start: Double, _ stop: Double, count: Int) -> Double {
        guard count > 0, start.isFinite, stop.isFinite, start != stop else { return 0 }
        let (_, _, increment) = spec(min(start, stop), max(start, stop), Double(count))
        guard increment.isFinite, increment != 0 else { return 0 }
        return increment < 0 ? 1 / -increment : increment
    }

    /// The range extended outwards to tick multiples (d3's `scale.nice`), such as 0…100 for
    /// 0…97 with 5 ticks. Non-finite or empty ranges are returned unchanged.
    public static func nice(_ start: Double, _ stop: Double, count: Int) -> (Double, Double) {
        guard count > 0, start.isFinite, stop.isFinite, start < stop else { return (start, stop) }
        var (lo, hi) = (start, stop)
        var previous: Double?
        for _ in 0..<10 {
            let (_, _, increment) = spec(lo, hi, Double(count))
            if increment == previous || increment == 0 || !increment.isFinite { break }
            if increment > 0 {
                lo = (lo / increment).rounded(.down) * increment
                hi = (hi / increment).rounded(.up) * increment
            } else {
                lo = (lo * increment).rounded(.up) / increment
                hi = (hi * increment).rounded(.down) / increment
            }
            previous = increment
        }
        return (lo, hi)
    }
}

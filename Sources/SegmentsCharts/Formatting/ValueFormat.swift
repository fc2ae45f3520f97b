/// How the values of a chart are written: in tooltips and value labels (`format`) and, more
/// compactly, on axes (`axisLabel`).
public enum ValueFormat: Sendable, Hashable {
    /// A plain number with a fixed number of decimals (`.number(decimals: 0)` for counts).
    case number(decimals: Int)
    /// An amount of money.
    case money(Currency, decimals: Int)
    /// A fraction shown as a percentage (0.25 → 25%).
    case percent(decimals: Int)

    /// Whole numbers, such as counts of orders or buyers.
    public static let count = ValueFormat.number(decimals: 0)

    /// The full text of `value`, for tooltips, value labels and tables.
    public func format(_ value: Double, language: ReportLanguage) -> String {
        switch self {
        case .number(let decimals): language.number(value, decimals: decimals)
        case .money(let currency, let decimals): language.money(value, currency: currency, decimals: decimals)
        case .percent(let decimals): language.percent(value, decimals: decimals)
        }
    }

    /// A short label for an axis tick, precise enough to tell ticks `step` apart.
    /// - Parameters:
    ///   - value: The tick value.
    ///   - step: The distance between neighbouring ticks (sets the decimals shown).
    ///   - language: The report language.
    /// - Returns: `12k`, `R$1.5M`, `20%` / `12 k`, `1,5 M R$`, `20 %`.
    public func axisLabel(_ value: Double, step: Double, language: ReportLanguage) -> String {
        switch self {
        case .number:
            return language.compact(value, maximumDecimals: Self.decimals(for: value, step: step, language: language))
        case .money(let currency, _):
            let decimals = Self.decimals(for: value, step: step, language: language)
            return language.compactMoney(value, currency: currency, maximumDecimals: decimals)
        case .percent:
            let percentStep = step * 100
            let decimals = Self.decimals(forStep: percentStep)
            return language.withPercentSign(language.number(value * 100, decimals: decimals))
        }
    }

    /// Decimals needed for a compact label of `value` given the tick step (at most 4).
    static func decimals(for value: Double, step: Double, language: ReportLanguage) -> Int {
        let (scaled, _) = language.compactUnit(for: value)
        let unit = scaled == 0 || value == 0 ? 1 : (value / scaled).magnitude
        return decimals(forStep: step / unit)
    }

    /// Decimals that show a multiple of `step` exactly, for a 1-2-5 × 10^k step (at most 4).
    static func decimals(forStep step: Double) -> Int {
        guard step.isFinite, step > 0 else { return 0 }
        let exponent = (step.magnitude.log10Floor)
        return min(4, max(0, -exponent))
    }
}

extension Double {
    /// ⌊log10(self)⌋ for a positive finite value, robust to rounding (0.001 → −3, 1000 → 3).
    var log10Floor: Int {
        var exponent = 0
        var probe = self
        guard probe.isFinite, probe > 0 else { return 0 }
        while probe >= 10 * (1 - 1e-9) { probe /= 10; exponent += 1 }
        while probe < 1 * (1 - 1e-9) { probe *= 10; exponent -= 1 }
        return exponent
    }
}

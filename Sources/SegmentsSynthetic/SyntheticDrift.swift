import SegmentsLoading

/// The behaviour shift built into the synthetic history, so that a drift analysis finds one.
///
/// Until 2018-04-01 the marketplace behaves as in 2017. Between 2018-04-01 and 2018-07-01 a
/// growing share of purchases (the ``strength(at:)``, rising linearly from 0 to 1, then 1
/// until the end of the data) follows new habits:
/// - **Category mix**: health & beauty, watches & gifts, computers, electronics, telephony and
///   cool stuff become two to three times as popular; bed-bath-table, furniture, sports and
///   housewares lose half of their share (``categoryFactors``).
/// - **Bigger baskets**: prices rise by 25 % and multi-item orders are twice as frequent.
/// - **More instalments**: credit-card payments are spread over more months (one instalment
///   becomes rare, 6–10 common).
/// - **Frequent buyers**: 1.2 % of the buyers who arrive after 2018-04-01 become regulars who
///   order three to five times, two to four weeks apart (before, repeat buyers mostly order
///   twice, months apart).
/// - **Slow north-east**: parcels to the north-east (BA, PE, CE, MA, PB, PI, RN, AL, SE) take
///   80 % longer in transit, so more are late and their review scores drop.
///
/// Global figures stay calibrated to Olist's: the generator rescales prices and freight to
/// the real means and draws the order counts so the totals match.
enum SyntheticDrift {
    static let rampStart = SyntheticCalendar.day(2018, 4, 1)
    static let rampEnd = SyntheticCalendar.day(2018, 7, 1)

    /// The share of purchases made at `seconds` that follow the new behaviour (0 … 1).
    static func strength(at seconds: Int) -> Double {
        let start = Double(SyntheticCalendar.start(of: rampStart))
        let end = Double(SyntheticCalendar.start(of: rampEnd))
        return min(1, max(0, (Double(seconds) - start) / (end - start)))
    }

    /// Popularity multipliers of categories under the new behaviour (others keep theirs).
    static let categoryFactors: [String: Double] = [
        "beleza_saude": 2.6, "relogios_presentes": 2.6, "informatica_acessorios": 2.2,
        "eletronicos": 2.2, "telefonia": 2.0, "cool_stuff": 2.0,
        "cama_mesa_banho": 0.45, "moveis_decoracao": 0.5, "esporte_lazer": 0.6, "utilidades_domesticas": 0.6,
    ]
    /// Price multiplier under the new behaviour.
    static let priceFactor = 1.25
    /// Share of frequent buyers among those whose first purchase follows the new behaviour.
    static let frequentBuyerShare = 0.012
    /// Transit-time multiplier of the slow region under the new behaviour.
    static let slowRegion = SyntheticGeography.Region.northeast
    static let slowRegionTransitFactor = 1.8
}

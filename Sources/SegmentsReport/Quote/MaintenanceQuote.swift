import Foundation
import SegmentsCharts

/// The priced maintenance quote, computed once from the terms and the measured interval;
/// the page and `results.json` → `quote` only format it.
///
/// **Arithmetic** (amounts in cents, each rounded half away from zero once):
/// - interventions per year = ⌈365.25 / interval days⌉, at least one (one when no interval
///   was measured, and one for a lower bound of 365 days or more: the segments held over a
///   whole calendar year of steps, which 365.25 / 365 would round up to two; an interval
///   under a day counts as one day);
/// - each task line = day rate × days; price per intervention = the sum of the lines;
/// - interventions = price per intervention × interventions per year;
/// - monitoring = monthly fee × 12 (when there is a fee);
/// - total before tax = interventions + monitoring; tax = total × tax rate; total after tax =
///   total before tax + tax.
public struct MaintenanceQuote: Sendable, Equatable {
    /// One task line of an intervention.
    public struct Line: Sendable, Equatable {
        public var task: Task
        public var days: Double
        /// Day rate × days.
        public var amount: Double
    }

    /// The terms priced.
    public var terms: Terms
    /// What the interval rests on; `nil` when no drift was measured.
    public var basis: QuoteBasis?
    /// First and last day of the data (the basis's, or the data's own without one).
    public var dataPeriod: ClosedRange<CivilDate>?
    /// Interventions a year.
    public var interventionsPerYear: Int
    /// The task lines of one intervention, in `Task` order (tasks with days only).
    public var lines: [Line]
    /// Days of work per intervention.
    public var daysPerIntervention: Double
    public var pricePerIntervention: Double
    /// Price per intervention × interventions per year.
    public var interventionsAmount: Double
    /// Monthly fee × 12; `nil` without a fee.
    public var monitoringAmount: Double?
    public var totalBeforeTax: Double
    public var tax: Double
    public var totalAfterTax: Double
    /// The report's date (the run clock, so `SOURCE_DATE_EPOCH` pins it).
    public var issueDate: CivilDate
    /// Issue date + validity days.
    public var validUntil: CivilDate

    /// Days in a year, for the interventions count.
    public static let daysPerYear = 365.25

    /// Prices the terms.
    /// - Parameters:
    ///   - terms: parties, prices and effort.
    ///   - basis: the measured interval; `nil`: one intervention a year.
    ///   - dataPeriod: the data's first and last day, used when `basis` is `nil`.
    ///   - issuedAt: the report's clock.
    /// - Complexity: O(1).
    public init(terms: Terms, basis: QuoteBasis?, dataPeriod: ClosedRange<CivilDate>?, issuedAt: Date) {
        self.terms = terms
        self.basis = basis
        self.dataPeriod = basis.map { $0.firstDate...max($0.firstDate, $0.lastDate) } ?? dataPeriod
        interventionsPerYear = Self.interventions(intervalDays: basis?.intervalDays, isLowerBound: basis?.isLowerBound ?? false)
        let rateCents = Self.cents(terms.dayRate)
        lines = Task.allCases.compactMap { task in
            guard let days = terms.days[task], days > 0 else { return nil }
            return Line(task: task, days: days, amount: Self.amount(Self.cents(Double(rateCents) * days / 100)))
        }
        daysPerIntervention = lines.reduce(0) { $0 + $1.days }
        let priceCents = lines.reduce(0) { $0 + Self.cents($1.amount) }
        pricePerIntervention = Self.amount(priceCents)
        let interventionsCents = priceCents * interventionsPerYear
        interventionsAmount = Self.amount(interventionsCents)
        let monitoringCents = terms.monthlyFee.map { Self.cents($0) * 12 }
        monitoringAmount = monitoringCents.map(Self.amount)
        let beforeCents = interventionsCents + (monitoringCents ?? 0)
        let taxCents = Self.cents(Double(beforeCents) * terms.taxRate / 100)
        totalBeforeTax = Self.amount(beforeCents)
        tax = Self.amount(taxCents)
        totalAfterTax = Self.amount(beforeCents + taxCents)
        issueDate = CivilDate(unixSeconds: issuedAt.timeIntervalSince1970)
        validUntil = CivilDate(daysSinceEpoch: issueDate.daysSinceEpoch + terms.validityDays)
    }

    /// ⌈365.25 / interval⌉, at least one; one without an interval.
    static func interventions(intervalDays: Double?, isLowerBound: Bool = false) -> Int {
        guard let days = intervalDays, days.isFinite, days > 0 else { return 1 }
        if isLowerBound && days >= 365 { return 1 }
        return max(1, Int((daysPerYear / max(days, 1)).rounded(.up)))
    }

    /// An amount in whole cents, rounded half away from zero; a nudge of a few units in the
    /// last place makes amounts written with a half cent round as written (1.005 × 100 is
    /// 100.4999… in binary, and gives 101 cents).
    static func cents(_ amount: Double) -> Int {
        let scaled = amount * 100
        let nudge = (scaled >= 0 ? 1.0 : -1.0) * 1e-14 * max(1, scaled.magnitude)
        return Int((scaled + nudge).rounded(.toNearestOrAwayFromZero))
    }

    static func amount(_ cents: Int) -> Double { Double(cents) / 100 }
}

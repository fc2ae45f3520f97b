/// The shares the exploration page's commentary quotes, derived from the indicators and the
/// distributions: how soon repeat buyers come back, the review mix, split payments and the
/// weight of the largest categories.
///
/// A share is a fraction from 0 to 1; one that cannot be computed (no repeat buyer, no
/// review, no payment) is NaN.
public struct EDAShares: Sendable, Equatable {
    /// Categories the page names and charts (the largest ones).
    public static let topCategoryCount = 10

    /// Repeat buyers whose second valid purchase came within 30 days of the first.
    public var secondPurchaseWithin30Days: Double
    /// Within 90 days.
    public var secondPurchaseWithin90Days: Double
    /// After more than 90 days (`1 − secondPurchaseWithin90Days`).
    public var secondPurchaseAfter90Days: Double
    /// Review rows per score over all review rows: `reviewScoreShares[s - 1]` for score s.
    public var reviewScoreShares: [Double]
    /// Payment rows.
    public var payments: Int
    /// Payment rows paid in two installments or more.
    public var splitPaymentShare: Double
    /// Categories named and charted: the ``topCategoryCount`` largest, or all when there are
    /// fewer.
    public var topCategories: Int
    /// Items of valid orders in the ``topCategories`` largest categories, over the
    /// categorised items.
    public var topCategoriesShare: Double
    /// Categories beyond the ``topCategoryCount`` largest.
    public var otherCategories: Int
    /// Their items.
    public var otherCategoryItems: Int

    /// Derives the shares.
    /// - Complexity: O(repeat buyers + labels).
    public init(indicators: EDAIndicators, distributions: EDADistributions) {
        let second = indicators.daysToSecondPurchase
        if second.count > 0 {
            secondPurchaseWithin30Days = Double(second.sorted.count { $0 <= 30 }) / Double(second.count)
            secondPurchaseWithin90Days = Double(second.sorted.count { $0 <= 90 }) / Double(second.count)
            secondPurchaseAfter90Days = 1 - secondPurchaseWithin90Days
        } else {
            (secondPurchaseWithin30Days, secondPurchaseWithin90Days, secondPurchaseAfter90Days) = (.nan, .nan, .nan)
        }
        let scores = distributions.reviewScores
        let reviews = scores.reduce(0, +)
        reviewScoreShares = scores.map { reviews == 0 ? .nan : Double($0) / Double(reviews) }
        payments = distributions.installments.reduce(0) { $0 + $1.count }
        let split = distributions.installments.filter { (Int($0.label) ?? 0) > 1 }.reduce(0) { $0 + $1.count }
        splitPaymentShare = payments == 0 ? .nan : Double(split) / Double(payments)
        let categories = distributions.categories
        let shown = categories.prefix(Self.topCategoryCount)
        topCategories = shown.count
        topCategoriesShare = categories.isEmpty ? .nan : shown.reduce(0) { $0 + $1.share }
        otherCategories = categories.count - shown.count
        otherCategoryItems = categories.dropFirst(Self.topCategoryCount).reduce(0) { $0 + $1.count }
    }
}

import Foundation

/// One per-buyer feature of the segmentation, with the transform applied before scaling.
public enum BuyerFeature: String, CaseIterable, Sendable, Codable {
    /// Days since the last valid purchase.
    case recency
    /// Number of valid orders, log1p-transformed (most buyers order once).
    case frequency
    /// Paid value, log1p-transformed (skewed).
    case monetary
    /// Mean review score (1–5).
    case review
    /// Mean delivery date minus estimate, in days, signed-log transformed (heavy tails).
    case deliveryDelay = "delivery_delay"
    /// Mean number of payment installments, log1p-transformed.
    case installments
    /// Freight as a share of what the buyer paid for items and freight.
    case freightShare = "freight_share"
    /// Number of distinct categories bought, log1p-transformed.
    case categories
    /// Mean items per order, log1p-transformed.
    case items

    /// The raw per-buyer values of this feature (NaN where missing).
    func values(_ buyers: BuyerSummary) -> [Double] {
        switch self {
        case .recency: return buyers.recencyDays
        case .frequency: return buyers.frequency.map { Double($0) }
        case .monetary: return buyers.monetary
        case .review: return buyers.meanReview
        case .deliveryDelay: return buyers.meanDeliveryDelay
        case .installments: return buyers.meanInstallments
        case .freightShare: return buyers.freightShare
        case .categories: return buyers.categoryCount.map { Double($0) }
        case .items: return buyers.meanItems
        }
    }

    /// The transform applied to a raw value before standardisation.
    func transform(_ x: Double) -> Double {
        switch self {
        case .frequency, .monetary, .installments, .categories, .items:
            return log1p(max(x, 0))
        case .deliveryDelay:
            return x < 0 ? -log1p(-x) : log1p(x)
        case .recency, .review, .freightShare:
            return x
        }
    }

    /// Name of the transform, for the report: "log1p", "signed log1p" or "none".
    public var transformName: String {
        switch self {
        case .frequency, .monetary, .installments, .categories, .items: return "log1p"
        case .deliveryDelay: return "signed log1p"
        case .recency, .review, .freightShare: return "none"
        }
    }
}

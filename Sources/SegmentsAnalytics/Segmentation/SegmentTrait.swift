/// A trait of a segment's profile, an identifier the report words in each language.
///
/// Traits come from the segment's radar values (`SegmentProfile.radar`: the percentile rank,
/// 0–1, of the segment's mean on the feature's log scale among all buyers) with these
/// thresholds:
///
/// | feature | trait | rule |
/// |---|---|---|
/// | recency | `recent` / `lapsed` | radar ≤ 0.35 / ≥ 0.65 |
/// | monetary | `big_spender` / `small_basket` | radar ≥ 0.65 / ≤ 0.35 |
/// | frequency | `repeat` | mean ≥ 1.5 orders |
/// | review | `satisfied` / `unhappy` | mean ≥ 4.5 / ≤ 3.5 stars |
/// | delivery_delay | `late_deliveries` / `early_deliveries` | radar ≥ 0.70 / ≤ 0.30 |
/// | installments | `many_installments` | radar ≥ 0.70 |
/// | freight_share | `high_freight` | radar ≥ 0.70 |
/// | categories | `multi_category` | mean ≥ 1.5 categories |
/// | items | `many_items` | radar ≥ 0.70 |
///
/// Frequency, review and categories use the mean in its unit: their values are small
/// integers with one value for most buyers (one order, five stars, one category), so the
/// percentile rank of a mean jumps past 0.9 as soon as a handful of buyers differ.
public enum SegmentTrait: String, Sendable, Hashable, CaseIterable, Codable {
    case recent, lapsed
    case bigSpender = "big_spender", smallBasket = "small_basket"
    case `repeat`
    case satisfied, unhappy
    case lateDeliveries = "late_deliveries", earlyDeliveries = "early_deliveries"
    case manyInstallments = "many_installments"
    case highFreight = "high_freight"
    case multiCategory = "multi_category"
    case manyItems = "many_items"

    /// The trait `feature` gives a segment with this radar value and mean, if any.
    static func of(_ feature: BuyerFeature, radar: Double, mean: Double) -> SegmentTrait? {
        guard !radar.isNaN else { return nil }
        switch feature {
        case .recency: return radar <= 0.35 ? .recent : radar >= 0.65 ? .lapsed : nil
        case .monetary: return radar >= 0.65 ? .bigSpender : radar <= 0.35 ? .smallBasket : nil
        case .frequency: return mean >= 1.5 ? .repeat : nil
        case .review: return mean >= 4.5 ? .satisfied : mean <= 3.5 ? .unhappy : nil
        case .deliveryDelay: return radar >= 0.7 ? .lateDeliveries : radar <= 0.3 ? .earlyDeliveries : nil
        case .installments: return radar >= 0.7 ? .manyInstallments : nil
        case .freightShare: return radar >= 0.7 ? .highFreight : nil
        case .categories: return mean >= 1.5 ? .multiCategory : nil
        case .items: return radar >= 0.7 ? .manyItems : nil
        }
    }
}

/// The one action suggested for a segment, an identifier the report words.
///
/// The first rule that matches the segment's traits wins (a segment is *valuable* when it is
/// `big_spender` or `repeat`):
/// 1. `unhappy` or `late_deliveries` → `fix_experience` (nothing else works before that);
/// 2. `lapsed` and valuable → `win_back`;
/// 3. `lapsed` → `reactivate`;
/// 4. `repeat` (recent or not) → `reward_loyalty`: they already come back;
/// 5. `big_spender` (one order, not lapsed) → `premium_follow_up`: earn the second order of
///    a buyer who spent much on the first;
/// 6. `small_basket` → `upsell`;
/// 7. `recent` → `encourage_second_order`;
/// 8. `many_installments` → `offer_payment_plans`;
/// 9. `high_freight` → `offer_shipping_deals`;
/// 10. otherwise `keep_engaged`.
public enum SegmentAction: String, Sendable, Hashable, CaseIterable, Codable {
    case fixExperience = "fix_experience"
    case winBack = "win_back"
    case reactivate
    case rewardLoyalty = "reward_loyalty"
    case premiumFollowUp = "premium_follow_up"
    case upsell
    case encourageSecondOrder = "encourage_second_order"
    case offerPaymentPlans = "offer_payment_plans"
    case offerShippingDeals = "offer_shipping_deals"
    case keepEngaged = "keep_engaged"

    /// The action for a set of traits.
    public init(traits: Set<SegmentTrait>) {
        let valuable = traits.contains(.bigSpender) || traits.contains(.repeat)
        if traits.contains(.unhappy) || traits.contains(.lateDeliveries) {
            self = .fixExperience
        } else if traits.contains(.lapsed) {
            self = valuable ? .winBack : .reactivate
        } else if traits.contains(.repeat) {
            self = .rewardLoyalty
        } else if traits.contains(.bigSpender) {
            self = .premiumFollowUp
        } else if traits.contains(.smallBasket) {
            self = .upsell
        } else if traits.contains(.recent) {
            self = .encourageSecondOrder
        } else if traits.contains(.manyInstallments) {
            self = .offerPaymentPlans
        } else if traits.contains(.highFreight) {
            self = .offerShippingDeals
        } else {
            self = .keepEngaged
        }
    }
}

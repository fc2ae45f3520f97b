import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading

/// A number of `data/results.json` that is written `null` when it is not finite (JSON has no
/// NaN), so that its key is always present.
struct JSONFigure: Encodable {
    let value: Double

    init(_ value: Double) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if value.isFinite { try container.encode(value) } else { try container.encodeNil() }
    }
}

/// An optional value of `data/results.json` written `null` when absent, so that its key is
/// always present.
struct JSONNullable<Wrapped: Encodable>: Encodable {
    let value: Wrapped?

    init(_ value: Wrapped?) { self.value = value }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

extension ResultsDocument {
    /// The `eda` object: every figure of the exploration page (keys in README.md,
    /// "data/results.json: eda keys"; camelCase names become snake_case).
    struct EDA: Encodable {
        struct Month: Encodable {
            var month: String
            var orders: Int
            var revenue: JSONFigure
            var newBuyers: Int
        }
        struct Score: Encodable {
            var score: Int
            var reviews: Int
            var share: JSONFigure
        }
        struct PaymentTypeCount: Encodable {
            var paymentType: String
            var payments: Int
            var share: JSONFigure
        }
        struct InstallmentCount: Encodable {
            var installments: Int
            var payments: Int
            var share: JSONFigure
        }
        struct Delivery: Encodable {
            var orders: Int
            var meanDelayDays: JSONFigure
            var medianDelayDays: JSONFigure
            var lateOrders: Int
            var lateShare: JSONFigure
            var buckets: [String: Int]
            var bucketShares: [String: JSONFigure]
        }
        struct CategoryCount: Encodable {
            var category: String
            var items: Int
            var share: JSONFigure
        }
        struct StateCount: Encodable {
            var state: String
            var buyers: Int
            var share: JSONFigure
        }

        var orders: Int
        var customers: Int
        var deliveredOrders: Int
        var validOrders: Int
        var buyers: Int
        var repeatBuyers: Int
        var repeatBuyerShare: JSONFigure
        var ordersPerBuyer: JSONFigure
        var revenue: JSONFigure
        var paidOrders: Int
        var averageBasket: JSONFigure
        var medianBasket: JSONFigure
        var basketQ1: JSONFigure
        var basketQ3: JSONFigure
        var ordersWithItems: Int
        var items: Int
        var itemsPerOrder: JSONFigure
        var averageItemsValue: JSONFigure
        var averageFreight: JSONFigure
        var freightShare: JSONFigure
        var meanDaysToSecondPurchase: JSONFigure
        var medianDaysToSecondPurchase: JSONFigure
        var daysToSecondPurchaseQ1: JSONFigure
        var daysToSecondPurchaseQ3: JSONFigure
        var secondPurchaseWithinMonthShare: JSONFigure
        var secondPurchaseWithinQuarterShare: JSONFigure
        var secondPurchaseAfterQuarterShare: JSONFigure
        var reviews: Int
        var averageReviewScore: JSONFigure
        var firstPurchase: JSONNullable<String>
        var lastPurchase: JSONNullable<String>
        var historyDays: JSONNullable<Int>
        var monthly: [Month]
        var reviewScores: [Score]
        var paymentTypes: [PaymentTypeCount]
        var installments: [InstallmentCount]
        var payments: Int
        var splitPaymentShare: JSONFigure
        var delivery: Delivery
        var categories: [CategoryCount]
        var uncategorisedItems: Int
        var topCategories: Int
        var topCategoriesShare: JSONFigure
        var otherCategories: Int
        var otherCategoryItems: Int
        var states: [StateCount]
        var buyersWithoutState: Int
        var rfm: RFM
        var dataModel: DataModel
        var dataQuality: DataQuality

        init(_ result: EDAResult, dataset: OlistDataset, words: Catalogue) {
            let i = result.indicators
            orders = i.orders
            customers = i.customers
            deliveredOrders = i.deliveredOrders
            validOrders = i.validOrders
            buyers = i.buyers
            repeatBuyers = i.repeatBuyers
            repeatBuyerShare = JSONFigure(i.repeatBuyerShare)
            ordersPerBuyer = JSONFigure(i.ordersPerBuyer)
            revenue = JSONFigure(i.revenue)
            paidOrders = i.baskets.count
            averageBasket = JSONFigure(i.averageBasket)
            medianBasket = JSONFigure(i.medianBasket)
            basketQ1 = JSONFigure(i.baskets.quantile(0.25))
            basketQ3 = JSONFigure(i.baskets.quantile(0.75))
            ordersWithItems = i.ordersWithItems
            items = i.items
            itemsPerOrder = JSONFigure(i.itemsPerOrder)
            averageItemsValue = JSONFigure(i.averageItemsValue)
            averageFreight = JSONFigure(i.averageFreight)
            freightShare = JSONFigure(i.freightShare)
            meanDaysToSecondPurchase = JSONFigure(i.daysToSecondPurchase.mean)
            medianDaysToSecondPurchase = JSONFigure(i.daysToSecondPurchase.median)
            daysToSecondPurchaseQ1 = JSONFigure(i.daysToSecondPurchase.quantile(0.25))
            daysToSecondPurchaseQ3 = JSONFigure(i.daysToSecondPurchase.quantile(0.75))
            let shares = result.shares
            secondPurchaseWithinMonthShare = JSONFigure(shares.secondPurchaseWithin30Days)
            secondPurchaseWithinQuarterShare = JSONFigure(shares.secondPurchaseWithin90Days)
            secondPurchaseAfterQuarterShare = JSONFigure(shares.secondPurchaseAfter90Days)
            payments = shares.payments
            splitPaymentShare = JSONFigure(shares.splitPaymentShare)
            topCategories = shares.topCategories
            topCategoriesShare = JSONFigure(shares.topCategoriesShare)
            otherCategories = shares.otherCategories
            otherCategoryItems = shares.otherCategoryItems
            reviews = i.reviews
            averageReviewScore = JSONFigure(i.averageReviewScore)
            firstPurchase = JSONNullable(i.firstPurchase?.description)
            lastPurchase = JSONNullable(i.lastPurchase?.description)
            historyDays = JSONNullable(i.historyDays)
            monthly = result.monthly.map {
                Month(month: Self.monthKey($0), orders: $0.orders, revenue: JSONFigure($0.revenue), newBuyers: $0.newBuyers)
            }
            let d = result.distributions
            reviewScores = zip(d.reviewScores, shares.reviewScoreShares).enumerated().map {
                Score(score: $0.offset + 1, reviews: $0.element.0, share: JSONFigure($0.element.1))
            }
            paymentTypes = d.paymentTypes.map { PaymentTypeCount(paymentType: $0.label, payments: $0.count, share: JSONFigure($0.share)) }
            installments = d.installments.map {
                InstallmentCount(installments: Int($0.label) ?? 0, payments: $0.count, share: JSONFigure($0.share))
            }
            delivery = Delivery(
                orders: d.delivery.count, meanDelayDays: JSONFigure(d.delivery.delays.mean),
                medianDelayDays: JSONFigure(d.delivery.delays.median), lateOrders: d.delivery.late,
                lateShare: JSONFigure(d.delivery.lateShare),
                buckets: Dictionary(uniqueKeysWithValues: zip(DeliveryDelays.Bucket.allCases.map(\.rawValue), d.delivery.bucketCounts)),
                bucketShares: Dictionary(uniqueKeysWithValues: zip(
                    DeliveryDelays.Bucket.allCases.map(\.rawValue), d.delivery.bucketShares.map(JSONFigure.init))))
            categories = d.categories.map { CategoryCount(category: $0.label, items: $0.count, share: JSONFigure($0.share)) }
            uncategorisedItems = d.uncategorisedItems
            states = d.states.map { StateCount(state: $0.label, buyers: $0.count, share: JSONFigure($0.share)) }
            buyersWithoutState = d.buyersWithoutState
            rfm = RFM(result, words: words)
            dataModel = DataModel(dataset: dataset, zipCoverage: result.customerZipCoverage)
            dataQuality = DataQuality(dataset.quality)
        }

        /// `2018-01`.
        static func monthKey(_ month: MonthlyActivity) -> String {
            String(month.year) + (month.month < 10 ? "-0" : "-") + String(month.month)
        }
    }
}

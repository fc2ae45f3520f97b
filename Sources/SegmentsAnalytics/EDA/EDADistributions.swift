import SegmentsLoading

/// The distributions shown on the exploration page (besides baskets and delays to the second
/// purchase, which ``EDAIndicators`` holds as samples).
public struct EDADistributions: Sendable, Equatable {
    /// Review rows per score: `reviewScores[s - 1]` rows have score `s` (all review rows).
    public var reviewScores: [Int]
    /// Payment rows per payment type, largest first (all payment rows).
    public var paymentTypes: [LabelledCount]
    /// Payment rows per number of installments, in increasing number (all payment rows).
    public var installments: [LabelledCount]
    /// Delivered orders compared with their estimated delivery date.
    public var delivery: DeliveryDelays
    /// Items of valid orders per product category (English name when translated), largest
    /// first; items whose product is unknown or has no category are in ``uncategorisedItems``.
    public var categories: [LabelledCount]
    /// Items of valid orders without a known category.
    public var uncategorisedItems: Int
    /// Buyers per state of the customer of their first valid order, largest first; buyers
    /// whose state is missing are in ``buyersWithoutState``.
    public var states: [LabelledCount]
    /// Buyers whose state is missing.
    public var buyersWithoutState: Int

    /// Counts every distribution.
    /// - Parameters:
    ///   - dataset: the loaded data.
    ///   - orders: its per-order aggregates.
    ///   - buyers: its per-buyer aggregates.
    /// - Complexity: O(orders + items + payments + reviews + buyers), plus sorting the labels.
    public init(_ dataset: OlistDataset, orders: OrderSummary, buyers: BuyerSummary) {
        var scores = [Int](repeating: 0, count: 5)
        for score in dataset.reviews.score where (1...5).contains(score) { scores[Int(score) - 1] += 1 }
        reviewScores = scores
        var types = [PaymentType: Int]()
        var installmentCounts = [Int32: Int]()
        for row in 0..<dataset.payments.count {
            types[dataset.payments.type[row], default: 0] += 1
            installmentCounts[dataset.payments.installments[row], default: 0] += 1
        }
        paymentTypes = LabelledCount.ranked(types.map { ($0.key.rawValue, $0.value) })
        let installmentTotal = dataset.payments.count
        installments = installmentCounts.keys.sorted().map {
            LabelledCount(label: String($0), count: installmentCounts[$0]!, share: Double(installmentCounts[$0]!) / Double(installmentTotal))
        }
        delivery = DeliveryDelays(dataset.orders)
        (categories, uncategorisedItems) = Self.categoryCounts(dataset, isValid: orders.isValid)
        (states, buyersWithoutState) = Self.stateCounts(dataset, buyers: buyers, isValid: orders.isValid)
    }

    /// Items of valid orders per category name.
    private static func categoryCounts(_ dataset: OlistDataset, isValid: [Bool]) -> ([LabelledCount], Int) {
        let products = dataset.products
        var perCode = [Int](repeating: 0, count: products.categoryNames.count)
        var uncategorised = 0
        for (row, order) in dataset.orderItems.order.enumerated() where order >= 0 && isValid[Int(order)] {
            let product = dataset.orderItems.product[row]
            let code = product >= 0 ? products.category[Int(product)] : -1
            if code >= 0 { perCode[Int(code)] += 1 } else { uncategorised += 1 }
        }
        let names = (0..<perCode.count).map { code -> String in
            let translation = products.categoryTranslation[code]
            return translation >= 0 ? dataset.categories.english[Int(translation)] : products.categoryNames[Int32(code)]
        }
        return (LabelledCount.ranked(Array(zip(names, perCode))), uncategorised)
    }

    /// Buyers per state of the customer of their first valid order.
    private static func stateCounts(_ dataset: OlistDataset, buyers: BuyerSummary, isValid: [Bool]) -> ([LabelledCount], Int) {
        let orders = dataset.orders
        let customers = dataset.customers
        // The customer of each buyer's first valid order (earliest purchase, then lowest row).
        var firstRow = [Int](repeating: -1, count: dataset.buyers.count)
        for row in 0..<orders.count where isValid[row] && orders.buyer[row] >= 0 {
            let buyer = Int(orders.buyer[row])
            let current = firstRow[buyer]
            if current < 0 || orders.purchase[row] < orders.purchase[current] { firstRow[buyer] = row }
        }
        var perState = [Int](repeating: 0, count: customers.states.count)
        var missing = 0
        for buyer in buyers.buyer {
            let row = firstRow[Int(buyer)]
            let state = customers.state[Int(orders.customer[row])]
            if state >= 0 { perState[Int(state)] += 1 } else { missing += 1 }
        }
        let names = customers.states.strings
        return (LabelledCount.ranked(Array(zip(names, perState))), missing)
    }
}

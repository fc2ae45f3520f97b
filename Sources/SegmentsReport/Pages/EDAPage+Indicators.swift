import SegmentsAnalytics
import SegmentsLoading

/// The key-figure cards and the table of every indicator with its definition.
extension EDAPage {
    var cards: [Card] {
        let i = indicators
        var cards: [Card] = []
        func card(_ value: String, _ label: String) {
            cards.append(Card(value: value, label: label))
        }
        card(count(i.validOrders), words("eda.card.validOrders"))
        card(count(i.buyers), words("eda.card.buyers"))
        card(money(i.revenue, decimals: 0), words("eda.card.revenue"))
        card(share(i.repeatBuyerShare), words("eda.card.repeatBuyerShare"))
        card(money(i.averageBasket), words("eda.card.averageBasket"))
        card(money(i.medianBasket), words("eda.card.medianBasket"))
        card(i.daysToSecondPurchase.count == 0 ? language.missingValue : days(i.daysToSecondPurchase.median),
             words("eda.card.secondOrderWait"))
        if has(.reviews) {
            card(number(i.averageReviewScore, decimals: 2) + "\u{00A0}/\u{00A0}5", words("eda.card.reviewScore"))
        }
        return cards
    }

    /// Indicator, value and definition rows.
    var indicatorRows: [EDAModel.IndicatorRow] {
        let i = indicators
        let second = i.daysToSecondPurchase
        var rows: [EDAModel.IndicatorRow] = []
        func row(_ name: String, _ value: String, _ definition: String) {
            rows.append(.init(name: name, value: value, definition: definition))
        }
        row(words("eda.indicator.orders"), count(i.orders), words("eda.indicator.orders.definition"))
        if has(.deliveries) {
            row(words("eda.indicator.deliveredOrders"), count(i.deliveredOrders), words("eda.indicator.deliveredOrders.definition"))
        }
        row(words("eda.indicator.validOrders"), count(i.validOrders), words("eda.indicator.validOrders.definition"))
        row(words("eda.indicator.buyers"), count(i.buyers), words("eda.indicator.buyers.definition"))
        row(words("eda.indicator.repeatBuyers"), count(i.repeatBuyers) + " (" + share(i.repeatBuyerShare) + ")",
            words("eda.indicator.repeatBuyers.definition"))
        row(words("eda.indicator.ordersPerBuyer"), number(i.ordersPerBuyer, decimals: 2),
            words("eda.indicator.ordersPerBuyer.definition"))
        row(words("eda.indicator.revenue"), money(i.revenue, decimals: 0), words("eda.indicator.revenue.definition"))
        row(words("eda.indicator.averageBasket"), money(i.averageBasket),
            words("eda.indicator.averageBasket.definition", ["orders": count(i.baskets.count)]))
        row(words("eda.indicator.medianBasket"), money(i.medianBasket), words("eda.indicator.medianBasket.definition", [
            "q1": money(i.baskets.quantile(0.25)), "q3": money(i.baskets.quantile(0.75)),
        ]))
        if has(.items) {
            row(words("eda.indicator.itemsPerOrder"), number(i.itemsPerOrder, decimals: 2),
                words("eda.indicator.itemsPerOrder.definition", ["orders": count(i.ordersWithItems)]))
        }
        if has(.freight) {
            row(words("eda.indicator.itemsAndFreight"), money(i.averageItemsValue) + " + " + money(i.averageFreight),
                words("eda.indicator.itemsAndFreight.definition"))
            row(words("eda.indicator.freightShare"), share(i.freightShare), words("eda.indicator.freightShare.definition"))
        }
        let secondDefinition = words("eda.indicator.secondOrder.definition", ["buyers": count(second.count)])
        row(words("eda.indicator.medianSecondOrder"),
            second.count == 0 ? language.missingValue : days(second.median, decimals: 1), secondDefinition)
        row(words("eda.indicator.meanSecondOrder"),
            second.count == 0 ? language.missingValue : days(second.mean, decimals: 1), secondDefinition)
        if has(.reviews) {
            row(words("eda.indicator.reviewScore"), number(i.averageReviewScore, decimals: 2),
                words("eda.indicator.reviewScore.definition", ["reviews": count(i.reviews)]))
        }
        if has(.deliveries) {
            row(words("eda.indicator.late"), share(distributions.delivery.lateShare), words("eda.indicator.late.definition"))
        }
        return rows
    }
}

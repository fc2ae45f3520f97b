import SegmentsAnalytics
import SegmentsLoading

/// Plain-language sentences generated from the figures, one list per section.
extension EDAPage {
    var lead: String {
        let i = indicators
        guard let first = i.firstPurchase, let last = i.lastPurchase else { return words("eda.noValidOrder") }
        return words("eda.lead", [
            "buyers": count(i.buyers), "orders": count(i.validOrders), "first": day(first), "last": day(last),
            "revenue": money(i.revenue, decimals: 0),
        ])
    }

    /// The headline findings, one sentence each.
    var keyFindings: [String] {
        let i = indicators
        var findings: [String] = []
        if i.buyers > 0 {
            findings.append(words("eda.finding.repeat", [
                "single": share(i.singleOrderShare), "repeat": count(i.repeatBuyers), "repeatShare": share(i.repeatBuyerShare),
            ]))
        }
        if i.daysToSecondPurchase.count > 0 {
            findings.append(repeatSentence)
        }
        if i.baskets.count > 0 {
            findings.append(words("eda.finding.basket", ["median": money(i.medianBasket), "average": money(i.averageBasket)]))
        }
        if let peak = result.monthly.max(by: { $0.orders < $1.orders }), peak.orders > 0 {
            findings.append(words("eda.finding.peak", ["month": month(peak), "orders": count(peak.orders)]))
        }
        if i.reviews > 0 && !has(.deliveries) {
            findings.append(words("eda.finding.reviewsOnly", ["score": number(i.averageReviewScore, decimals: 2)]))
        } else if i.reviews > 0 {
            findings.append(words("eda.finding.reviews", [
                "score": number(i.averageReviewScore, decimals: 2), "late": share(distributions.delivery.lateShare),
            ]))
        }
        return findings
    }

    /// "The median buyer who comes back does so after 29 days…"
    var repeatSentence: String {
        let second = indicators.daysToSecondPurchase
        return words("eda.repeat.median", [
            "median": days(second.median), "q1": days(second.quantile(0.25)), "q3": days(second.quantile(0.75)),
            "mean": days(second.mean),
        ])
    }

    var salesText: [String] {
        let months = result.monthly
        guard let first = months.first, let last = months.last,
            let peak = months.max(by: { $0.orders < $1.orders }),
            let revenuePeak = months.max(by: { $0.revenue < $1.revenue })
        else { return [] }
        return [
            words("eda.sales.trend", [
                "firstOrders": count(first.orders), "firstMonth": month(first), "lastOrders": count(last.orders),
                "lastMonth": month(last), "peakMonth": month(peak), "peakOrders": count(peak.orders),
                "revenueMonth": month(revenuePeak), "revenue": money(revenuePeak.revenue, decimals: 0),
            ]),
            words("eda.sales.partial"),
        ]
    }

    var basketText: [String] {
        let i = indicators
        guard i.baskets.count > 0 else { return [] }
        let spread = words("eda.baskets.spread", [
            "q1": money(i.baskets.quantile(0.25)), "q3": money(i.baskets.quantile(0.75)), "median": money(i.medianBasket),
            "average": money(i.averageBasket),
        ])
        if !has(.freight) {
            return has(.items) ? [spread, words("eda.baskets.itemsOnly", ["items": number(i.itemsPerOrder, decimals: 2)])] : [spread]
        }
        return [
            spread,
            words("eda.baskets.items", [
                "items": number(i.itemsPerOrder, decimals: 2), "itemsValue": money(i.averageItemsValue),
                "freight": money(i.averageFreight), "freightShare": share(i.freightShare),
            ]),
        ]
    }

    var repeatText: [String] {
        let i = indicators
        guard i.buyers > 0 else { return [] }
        var text = [
            words("eda.repeat.once", [
                "single": share(i.singleOrderShare), "repeat": count(i.repeatBuyers), "repeatShare": share(i.repeatBuyerShare),
                "ordersPerBuyer": number(i.ordersPerBuyer, decimals: 2),
            ])
        ]
        let second = i.daysToSecondPurchase
        if second.count > 0 {
            text.append(repeatSentence)
            let shares = result.shares
            text.append(words("eda.repeat.windows", [
                "month": share(shares.secondPurchaseWithin30Days), "quarter": share(shares.secondPurchaseWithin90Days),
                "later": share(shares.secondPurchaseAfter90Days),
            ]))
        }
        return text
    }

    var satisfactionText: [String] {
        let scores = result.shares.reviewScoreShares
        var text: [String] = []
        if distributions.reviewScores.contains(where: { $0 > 0 }) {
            text.append(words("eda.satisfaction.scores", [
                "five": share(scores[4]), "one": share(scores[0]),
                "average": number(indicators.averageReviewScore, decimals: 2),
            ]))
        }
        let delivery = distributions.delivery
        if delivery.count > 0 {
            let median = delivery.delays.median
            let medianText = median <= 0
                ? words("eda.satisfaction.before", ["days": days(-median)])
                : words("eda.satisfaction.after", ["days": days(median)])
            text.append(words("eda.satisfaction.delivery", [
                "late": share(delivery.lateShare), "orders": count(delivery.count), "median": medianText,
            ]))
        }
        return text
    }

    var paymentText: [String] {
        let types = distributions.paymentTypes
        guard let top = types.first else { return [] }
        let shares = result.shares
        return [
            words("eda.payments.text", [
                "type": paymentTypeName(top.label), "share": share(top.share), "payments": count(shares.payments),
                "split": share(shares.splitPaymentShare),
            ])
        ]
    }

    var categoryStateText: [String] {
        var text: [String] = []
        let categories = distributions.categories
        if let top = categories.first {
            text.append(words("eda.categories.text", [
                "shown": String(result.shares.topCategories), "categories": count(categories.count),
                "shownShare": share(result.shares.topCategoriesShare), "top": categoryName(top.label),
                "topShare": share(top.share),
            ]))
        }
        let states = distributions.states
        if states.count >= 3 {
            text.append(words("eda.states.text", [
                "firstShare": share(states[0].share), "first": states[0].label, "second": states[1].label,
                "secondShare": share(states[1].share), "third": states[2].label, "thirdShare": share(states[2].share),
            ]))
        }
        return text
    }

    var rfmText: [String] {
        let summaries = result.rfm.summaries
        guard let largest = summaries.max(by: { $0.buyers < $1.buyers }), largest.buyers > 0 else { return [] }
        let highlights = result.rfmHighlights
        return [
            words("eda.rfm.scores", ["reference": day(result.buyers.referenceDate)]),
            words("eda.rfm.largest", [
                "segment": words.segmentName(largest.segment), "share": share(largest.buyerShare),
                "bestBuyers": share(highlights.bestSegmentsBuyerShare), "bestRevenue": share(highlights.bestSegmentsRevenueShare),
            ]),
            repeatCellsSentence,
        ]
    }

    /// Share of buyers and of revenue in the cells with a frequency–monetary score of 4 or 5.
    private var repeatCellsSentence: String {
        let highlights = result.rfmHighlights
        return words("eda.rfm.repeatCells", [
            "buyers": share(highlights.topFrequencyMonetaryBuyerShare),
            "revenue": share(highlights.topFrequencyMonetaryRevenueShare),
        ])
    }

    var dataModelText: [String] {
        if capabilities.isTransactionLog {
            return [words("eda.dataModel.transactions", [
                "file": dataset.provenance.first?.file ?? dataset.origin, "rows": count(dataset.provenance.first?.rows ?? 0),
            ])]
        }
        let references = dataset.quality.references
        let perfect = references.allSatisfy { $0.unmatched == 0 }
        let worst = references.min { $0.matchRate < $1.matchRate }
        var text = [words("eda.dataModel.intro")]
        if perfect {
            text.append(words("eda.dataModel.perfect"))
        } else if let worst {
            text.append(words("eda.dataModel.weakest", [
                "join": joinDescription(worst.relation), "unmatched": count(worst.unmatched), "checked": count(worst.checked),
                "rate": share(worst.matchRate, decimals: 2),
            ]))
        }
        return text
    }

    var qualityText: [String] {
        let quality = dataset.quality
        let rejected = quality.rejectedRows
        let duplicates = quality.duplicateKeys
        let missing = quality.missingValues
        var text = [
            words("eda.quality.summary", ["rejected": count(rejected), "duplicates": count(duplicates), "missing": count(missing)])
        ]
        let columns = quality.tables.flatMap { table in table.columns.map { (table.file, $0) } }
        if let most = columns.max(by: { $0.1.missing < $1.1.missing }), most.1.missing > 0 {
            text.append(words("eda.quality.mostMissing", ["column": most.1.name, "file": most.0, "missing": count(most.1.missing)]))
        }
        let returns = quality.count(of: .negativeAmount)
        let zeros = quality.count(of: .zeroAmount)
        if returns + zeros > 0 {
            text.append(words("eda.quality.returns", ["negative": count(returns), "zero": count(zeros)]))
        }
        return text
    }
}

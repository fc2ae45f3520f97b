import Foundation
import SegmentsAnalytics
import SegmentsLoading

/// The charts of the exploration page, each as a figure: its SVG and its caption.
extension EDAPage {
    /// Categories and states shown in the bar charts.
    static let topCount = 10
    /// View-box width of the charts shown two by two.
    static let pairWidth = 520.0
    /// View-box width of the charts shown alone on a row.
    static let fullWidth = 840.0

    /// A figure of the page template: the chart's SVG (inserted raw) and its caption.
    func figure(_ chart: some SVGChart, id: String, caption: String) -> [String: String] {
        ["id": id, "svg": chart.render(id: ChartID(id), language: language), "caption": caption]
    }

    var monthlyFigure: [String: String] {
        let months = result.monthly
        let chart = TimeSeriesChart(
            title: say("Valid orders and revenue per month", "Commandes valides et chiffre d’affaires par mois"),
            description: say("Number of valid orders and their paid value, by month of purchase.",
                             "Nombre de commandes valides et montant payé, par mois d’achat."),
            series: [
                .init(name: say("Valid orders", "Commandes valides"),
                      points: months.map { TimePoint(time: Double($0.start.secondsSince1970), value: Double($0.orders)) },
                      format: .count, style: .area),
                .init(name: say("Revenue", "Chiffre d’affaires"),
                      points: months.map { TimePoint(time: Double($0.start.secondsSince1970), value: $0.revenue) },
                      format: .money(.brl, decimals: 0)),
            ],
            layout: .panels, width: Self.fullWidth, panelHeight: 170)
        return figure(chart, id: "eda-monthly", caption: say(
            "Valid orders (top) and their paid value in R$ (bottom) per calendar month of purchase.",
            "Commandes valides (en haut) et montant payé en R$ (en bas) par mois civil d’achat."))
    }

    var basketFigure: [String: String] {
        let chart = HistogramChart(
            title: say("Basket value", "Valeur des paniers"),
            description: say("Distribution of the paid value per valid order, on a logarithmic scale.",
                             "Distribution du montant payé par commande valide, sur une échelle logarithmique."),
            histogram: Self.logarithmicBins(indicators.baskets.sorted, binsPerDecade: 8), format: .money(.brl, decimals: 0),
            countTitle: say("Orders", "Commandes"),
            valueTitle: say("Paid value per order (logarithmic scale)", "Montant payé par commande (échelle logarithmique)"),
            width: Self.fullWidth)
        return figure(chart, id: "eda-baskets", caption: say(
            "Valid orders by paid value. Each bar covers the same ratio of values (logarithmic scale), so that both "
                + "small and large baskets show.",
            "Commandes valides par montant payé. Chaque barre couvre le même rapport de valeurs (échelle logarithmique), "
                + "pour voir à la fois les petits et les gros paniers."))
    }

    var secondPurchaseFigure: [String: String] {
        let days = indicators.daysToSecondPurchase.sorted
        let chart = HistogramChart(
            title: say("Days from the first to the second order", "Jours entre la première et la deuxième commande"),
            description: say("Distribution of the delay before a buyer's second valid order, over repeat buyers.",
                             "Distribution du délai avant la deuxième commande valide, sur les acheteurs récurrents."),
            histogram: .linear(days, binCount: 25), format: .count,
            countTitle: say("Repeat buyers", "Acheteurs récurrents"),
            valueTitle: say("Days between the first and second valid orders", "Jours entre la première et la deuxième commande valide"),
            width: Self.fullWidth)
        return figure(chart, id: "eda-second-purchase", caption: say(
            "Repeat buyers by the number of days they took to place a second valid order.",
            "Acheteurs récurrents selon le nombre de jours mis à passer une deuxième commande valide."))
    }

    var reviewFigure: [String: String] {
        let scores = distributions.reviewScores
        let total = Double(max(1, scores.reduce(0, +)))
        let chart = BarChart(
            title: say("Review scores", "Notes des avis"),
            description: say("Reviews per score, from 1 (worst) to 5 (best).", "Avis par note, de 1 (pire) à 5 (meilleure)."),
            bars: scores.enumerated().map { index, reviews in
                BarChart.Bar(label: "\(index + 1)\u{00A0}★", value: Double(reviews) / total,
                             tooltip: "\(index + 1)\u{00A0}★: \(count(reviews)) (\(share(Double(reviews) / total)))")
            },
            format: .percent(decimals: 1), valueTitle: say("Share of reviews", "Part des avis"), width: Self.pairWidth,
            plotHeight: 200)
        return figure(chart, id: "eda-reviews", caption: say(
            "Share of the \(count(indicators.reviews)) reviews by score.", "Part des \(count(indicators.reviews)) avis par note."))
    }

    var deliveryFigure: [String: String] {
        let delivery = distributions.delivery
        let total = Double(max(1, delivery.count))
        let bars = zip(DeliveryDelays.Bucket.allCases, delivery.bucketCounts).map { bucket, orders in
            BarChart.Bar(label: bucketName(bucket), value: Double(orders) / total,
                         tooltip: ChartText.labelled(bucketName(bucket), "\(count(orders)) (\(share(Double(orders) / total)))",
                                                     language: language),
                         color: bucketColor(bucket))
        }
        let chart = BarChart(
            title: say("Delivery compared with the estimate", "Livraison par rapport à la date estimée"),
            description: say("Delivered orders by days between delivery and the estimated delivery date.",
                             "Commandes livrées selon l’écart en jours entre la livraison et la date estimée."),
            bars: bars, format: .percent(decimals: 1), orientation: .horizontal,
            valueTitle: say("Share of delivered orders", "Part des commandes livrées"), width: Self.pairWidth)
        return figure(chart, id: "eda-delivery", caption: say(
            "The \(count(delivery.count)) delivered orders by calendar days between delivery and the estimated date: "
                + "early in green, late in orange.",
            "Les \(count(delivery.count)) commandes livrées selon les jours entre la livraison et la date estimée\u{00A0}: "
                + "en avance en vert, en retard en orange."))
    }

    var paymentTypeFigure: [String: String] {
        let chart = BarChart(
            title: say("Payment types", "Moyens de paiement"),
            description: say("Share of payment rows by payment type.", "Part des lignes de paiement par moyen de paiement."),
            bars: distributions.paymentTypes.map {
                BarChart.Bar(label: paymentTypeName($0.label), value: $0.share,
                             tooltip: ChartText.labelled(paymentTypeName($0.label), "\(count($0.count)) (\(share($0.share)))",
                                                         language: language))
            },
            format: .percent(decimals: 1), orientation: .horizontal,
            valueTitle: say("Share of payments", "Part des paiements"), width: Self.pairWidth)
        return figure(chart, id: "eda-payment-types", caption: say(
            "Payments by type; an order paid in several parts (a card and a voucher) counts once per part.",
            "Paiements par moyen\u{00A0}; une commande payée en plusieurs fois (carte et bon d’achat) compte une fois par partie."))
    }

    var installmentFigure: [String: String] {
        let total = distributions.installments.reduce(0) { $0 + $1.count }
        let chart = BarChart(
            title: say("Installments", "Échéances"),
            description: say("Payment rows by number of installments.", "Lignes de paiement par nombre d’échéances."),
            bars: contiguousInstallments.map { installments, payments in
                let label = String(installments)
                let fraction = Double(payments) / Double(max(1, total))
                return BarChart.Bar(label: label, value: Double(payments),
                                    tooltip: ChartText.labelled(label, "\(count(payments)) (\(share(fraction)))", language: language))
            },
            format: .count, valueTitle: say("Payments", "Paiements"), showsValues: false, width: Self.pairWidth,
            plotHeight: 200)
        return figure(chart, id: "eda-installments", caption: say(
            "Payments by number of installments (boleto and vouchers are paid at once).",
            "Paiements par nombre d’échéances (boleto et bons d’achat se paient en une fois)."))
    }

    var categoryFigure: [String: String] {
        let categories = distributions.categories
        let shown = categories.prefix(Self.topCount)
        let chart = BarChart(
            title: say("Top categories", "Principales catégories"),
            description: say("Items of valid orders in the largest product categories.",
                             "Articles des commandes valides dans les plus grandes catégories de produits."),
            bars: shown.map {
                BarChart.Bar(label: categoryName($0.label), value: Double($0.count),
                             tooltip: ChartText.labelled(categoryName($0.label), "\(count($0.count)) (\(share($0.share)))",
                                                         language: language))
            },
            format: .count, orientation: .horizontal, valueTitle: say("Items sold", "Articles vendus"), width: Self.pairWidth)
        let others = categories.dropFirst(Self.topCount).reduce(0) { $0 + $1.count }
        return figure(chart, id: "eda-categories", caption: say(
            "Items sold in valid orders, by category (English names); the other \(count(max(0, categories.count - shown.count))) "
                + "categories hold \(count(others)) items, and \(count(distributions.uncategorisedItems)) items have no category.",
            "Articles vendus dans les commandes valides, par catégorie (noms anglais)\u{00A0}; les "
                + "\(count(max(0, categories.count - shown.count))) autres catégories comptent \(count(others)) articles, et "
                + "\(count(distributions.uncategorisedItems)) articles n’ont pas de catégorie."))
    }

    var stateFigure: [String: String] {
        let states = distributions.states
        let shown = states.prefix(Self.topCount)
        let chart = BarChart(
            title: say("Top states", "Principaux États"),
            description: say("Share of buyers by state.", "Part des acheteurs par État."),
            bars: shown.map {
                BarChart.Bar(label: $0.label, value: $0.share,
                             tooltip: ChartText.labelled($0.label, "\(count($0.count)) (\(share($0.share)))", language: language))
            },
            format: .percent(decimals: 1), orientation: .horizontal, valueTitle: say("Share of buyers", "Part des acheteurs"),
            width: Self.pairWidth)
        return figure(chart, id: "eda-states", caption: say(
            "Buyers by the state of their first valid order's address (\(count(states.count)) states in all).",
            "Acheteurs selon l’État de l’adresse de leur première commande valide (\(count(states.count)) États en tout)."))
    }

    /// Rows of the RFM heatmaps: recency score 5 (most recent) at the top.
    private var recencyRows: [Int] { [5, 4, 3, 2, 1] }

    var rfmBuyerHeatmap: [String: String] {
        let grid = result.rfm.grid
        let chart = HeatmapChart(
            title: say("Buyers by recency and frequency–monetary score", "Acheteurs par score de récence et de fréquence-montant"),
            description: say("Number of buyers in each cell of recency score by frequency–monetary score.",
                             "Nombre d’acheteurs dans chaque case score de récence × score de fréquence-montant."),
            rowLabels: recencyRows.map(String.init), columnLabels: (1...5).map(String.init),
            values: recencyRows.map { r in grid[r - 1].map { Optional(Double($0)) } },
            rowTitle: say("Recency score", "Score de récence"),
            columnTitle: say("Frequency–monetary score (mean of F and M)", "Score de fréquence-montant (moyenne de F et M)"),
            legendTitle: say("Buyers", "Acheteurs"), logarithmicColors: true, width: Self.fullWidth)
        return figure(chart, id: "eda-rfm-buyers", caption: say(
            "Buyers per cell: recency score (5 = bought most recently) by frequency–monetary score (5 = ordered most "
                + "often and spent most). Colours on a logarithmic scale.",
            "Acheteurs par case\u{00A0}: score de récence (5 = achat le plus récent) × score de fréquence-montant (5 = "
                + "commandes les plus nombreuses et montants les plus élevés). Couleurs sur une échelle logarithmique."))
    }

    var rfmRevenueHeatmap: [String: String] {
        let grid = result.rfmRevenueGrid
        let chart = HeatmapChart(
            title: say("Revenue by recency and frequency–monetary score", "Chiffre d’affaires par score de récence et de fréquence-montant"),
            description: say("Paid value of the buyers of each cell.", "Montant payé par les acheteurs de chaque case."),
            rowLabels: recencyRows.map(String.init), columnLabels: (1...5).map(String.init),
            values: recencyRows.map { r in grid[r - 1].map { Optional($0) } }, format: .money(.brl, decimals: 0),
            ramp: .blues,
            rowTitle: say("Recency score", "Score de récence"),
            columnTitle: say("Frequency–monetary score (mean of F and M)", "Score de fréquence-montant (moyenne de F et M)"),
            legendTitle: say("Revenue", "Chiffre d’affaires"), width: Self.fullWidth)
        return figure(chart, id: "eda-rfm-revenue", caption: say(
            "What the buyers of each cell paid in all, in R$, on the same grid as above.",
            "Ce qu’ont payé au total les acheteurs de chaque case, en R$, sur la même grille que ci-dessus."))
    }

    /// Payments per number of installments, every number from the smallest to the largest
    /// seen (with zeros), so that the axis reads as a scale.
    var contiguousInstallments: [(installments: Int, payments: Int)] {
        let counts = Dictionary(distributions.installments.map { (Int($0.label) ?? 0, $0.count) }, uniquingKeysWith: +)
        guard let low = counts.keys.min(), let high = counts.keys.max() else { return [] }
        return (low...high).map { ($0, counts[$0] ?? 0) }
    }

    /// Bins equal in log space, `binsPerDecade` per power of ten, from the bin edge at or below
    /// the smallest positive value to the one at or above the largest (tighter than whole
    /// decades, so that the bars fill the axis).
    static func logarithmicBins(_ values: [Double], binsPerDecade: Int) -> Histogram {
        let positive = values.filter { $0.isFinite && $0 > 0 }
        guard let lo = positive.min(), let hi = positive.max() else { return .logarithmic(values, binsPerDecade: binsPerDecade) }
        let steps = Double(binsPerDecade)
        let first = Int((log10(lo) * steps).rounded(.down))
        let last = max(first + 1, Int((log10(hi) * steps).rounded(.up)))
        let edges = (first...last).map { step in
            step % binsPerDecade == 0 ? pow(10, Double(step / binsPerDecade)) : pow(10, Double(step) / steps)
        }
        var counts = [Int](repeating: 0, count: edges.count - 1)
        for value in positive {
            // Edges ≤ value, by binary search; the last bin holds its upper edge.
            var (low, high) = (0, edges.count)
            while low < high {
                let middle = (low + high) / 2
                if edges[middle] <= value { low = middle + 1 } else { high = middle }
            }
            counts[min(max(low - 1, 0), counts.count - 1)] += 1
        }
        return Histogram(edges: edges, counts: counts, excluded: values.count - positive.count, isLogarithmic: true)
    }

    // MARK: Display names

    /// A payment type code in words.
    func paymentTypeName(_ code: String) -> String {
        switch PaymentType(rawValue: code) {
        case .creditCard: say("Credit card", "Carte de crédit")
        case .boleto: "Boleto"
        case .voucher: say("Voucher", "Bon d’achat")
        case .debitCard: say("Debit card", "Carte de débit")
        case .notDefined: say("Not defined", "Non défini")
        case .other, nil: code
        }
    }

    /// A category name with spaces for underscores (`bed_bath_table` → `bed bath table`).
    func categoryName(_ name: String) -> String {
        name.replacingOccurrences(of: "_", with: " ")
    }

    func bucketName(_ bucket: DeliveryDelays.Bucket) -> String {
        switch bucket {
        case .early15OrMore: say("15+ days early", "15 j ou plus d’avance")
        case .early8To14: say("8–14 days early", "8 à 14 j d’avance")
        case .early1To7: say("1–7 days early", "1 à 7 j d’avance")
        case .onTheDay: say("On the estimated day", "Le jour estimé")
        case .late1To7: say("1–7 days late", "1 à 7 j de retard")
        case .late8To14: say("8–14 days late", "8 à 14 j de retard")
        case .late15OrMore: say("15+ days late", "15 j ou plus de retard")
        }
    }

    /// Okabe–Ito bluish green for early, blue for on the day, orange for late.
    func bucketColor(_ bucket: DeliveryDelays.Bucket) -> RGBColor {
        switch bucket {
        case .early15OrMore, .early8To14, .early1To7: Palette.color(2)
        case .onTheDay: Palette.color(0)
        case .late1To7, .late8To14, .late15OrMore: Palette.color(1)
        }
    }
}

import SegmentsAnalytics
import SegmentsLoading

/// Plain-language sentences generated from the figures, one list per section.
extension EDAPage {
    var lead: String {
        let i = indicators
        guard let first = i.firstPurchase, let last = i.lastPurchase else {
            return say("The data holds no valid order.", "Les données ne contiennent aucune commande valide.")
        }
        return say(
            "\(count(i.buyers)) buyers placed \(count(i.validOrders)) valid orders from \(day(first)) to \(day(last)) "
                + "and paid \(money(i.revenue, decimals: 0)) for them.",
            "\(count(i.buyers)) acheteurs ont passé \(count(i.validOrders)) commandes valides du \(day(first)) au "
                + "\(day(last)) et les ont payées \(money(i.revenue, decimals: 0)).")
    }

    /// The headline findings, one sentence each.
    var keyFindings: [String] {
        let i = indicators
        var findings: [String] = []
        if i.buyers > 0 {
            findings.append(say(
                "\(share(i.singleOrderShare)) of buyers ordered only once; \(count(i.repeatBuyers)) came back "
                    + "(\(share(i.repeatBuyerShare))).",
                "\(share(i.singleOrderShare)) des acheteurs n’ont commandé qu’une fois\u{00A0}; \(count(i.repeatBuyers)) "
                    + "sont revenus (\(share(i.repeatBuyerShare)))."))
        }
        if i.daysToSecondPurchase.count > 0 {
            findings.append(repeatSentence)
        }
        if i.baskets.count > 0 {
            findings.append(say(
                "The median basket is \(money(i.medianBasket)), the average \(money(i.averageBasket)): a few large "
                    + "orders pull the average up.",
                "Le panier médian est de \(money(i.medianBasket)), le panier moyen de \(money(i.averageBasket))\u{00A0}: "
                    + "quelques grosses commandes tirent la moyenne vers le haut."))
        }
        if let peak = result.monthly.max(by: { $0.orders < $1.orders }), peak.orders > 0 {
            findings.append(say(
                "The busiest month was \(month(peak)), with \(count(peak.orders)) valid orders.",
                "Le mois le plus chargé a été \(month(peak)), avec \(count(peak.orders)) commandes valides."))
        }
        if i.reviews > 0 {
            findings.append(say(
                "Buyers rate their orders \(number(i.averageReviewScore, decimals: 2)) out of 5 on average; "
                    + "\(share(distributions.delivery.lateShare)) of delivered orders arrived late.",
                "Les acheteurs notent leurs commandes \(number(i.averageReviewScore, decimals: 2)) sur 5 en moyenne\u{00A0}; "
                    + "\(share(distributions.delivery.lateShare)) des commandes livrées sont arrivées en retard."))
        }
        return findings
    }

    /// "The median buyer who comes back does so after 29 days…"
    var repeatSentence: String {
        let second = indicators.daysToSecondPurchase
        return say(
            "The median buyer who comes back does so after \(days(second.median)); half of them return between "
                + "\(days(second.quantile(0.25))) and \(days(second.quantile(0.75))) (mean \(days(second.mean))).",
            "L’acheteur médian qui revient le fait au bout de \(days(second.median))\u{00A0}; la moitié revient entre "
                + "\(days(second.quantile(0.25))) et \(days(second.quantile(0.75))) (moyenne\u{00A0}: \(days(second.mean))).")
    }

    var salesText: [String] {
        let months = result.monthly
        guard let first = months.first, let last = months.last,
            let peak = months.max(by: { $0.orders < $1.orders }),
            let revenuePeak = months.max(by: { $0.revenue < $1.revenue })
        else { return [] }
        return [
            say(
                "Valid orders went from \(count(first.orders)) in \(month(first)) to \(count(last.orders)) in \(month(last)); "
                    + "the busiest month was \(month(peak)) (\(count(peak.orders)) orders) and the best month for revenue "
                    + "\(month(revenuePeak)) (\(money(revenuePeak.revenue, decimals: 0))).",
                "Les commandes valides sont passées de \(count(first.orders)) en \(month(first)) à \(count(last.orders)) en "
                    + "\(month(last))\u{00A0}; le mois le plus chargé a été \(month(peak)) (\(count(peak.orders)) commandes) et le "
                    + "meilleur mois en chiffre d’affaires \(month(revenuePeak)) (\(money(revenuePeak.revenue, decimals: 0)))."),
            say(
                "The first and last months may be partial: the data starts and stops within them.",
                "Le premier et le dernier mois peuvent être incomplets\u{00A0}: les données commencent et s’arrêtent en cours de mois."),
        ]
    }

    var basketText: [String] {
        let i = indicators
        guard i.baskets.count > 0 else { return [] }
        return [
            say(
                "A basket is what a buyer paid for one valid order: the sum of its payment_value, freight included. "
                    + "Half of the baskets lie between \(money(i.baskets.quantile(0.25))) and \(money(i.baskets.quantile(0.75))); "
                    + "the median is \(money(i.medianBasket)) and the average \(money(i.averageBasket)).",
                "Un panier est ce qu’un acheteur a payé pour une commande valide\u{00A0}: la somme de ses payment_value, port "
                    + "compris. La moitié des paniers est entre \(money(i.baskets.quantile(0.25))) et "
                    + "\(money(i.baskets.quantile(0.75)))\u{00A0}; le médian est de \(money(i.medianBasket)) et le moyen de "
                    + "\(money(i.averageBasket))."),
            say(
                "An order holds \(number(i.itemsPerOrder, decimals: 2)) items on average, worth \(money(i.averageItemsValue)) "
                    + "plus \(money(i.averageFreight)) of freight: freight is \(share(i.freightShare)) of what buyers pay "
                    + "for items and delivery.",
                "Une commande contient en moyenne \(number(i.itemsPerOrder, decimals: 2)) articles, pour "
                    + "\(money(i.averageItemsValue)) plus \(money(i.averageFreight)) de port\u{00A0}: le port représente "
                    + "\(share(i.freightShare)) de ce que paient les acheteurs pour les articles et la livraison."),
        ]
    }

    var repeatText: [String] {
        let i = indicators
        guard i.buyers > 0 else { return [] }
        var text = [
            say(
                "\(share(i.singleOrderShare)) of buyers ordered only once. \(count(i.repeatBuyers)) buyers "
                    + "(\(share(i.repeatBuyerShare))) placed a second valid order; a buyer places "
                    + "\(number(i.ordersPerBuyer, decimals: 2)) orders on average.",
                "\(share(i.singleOrderShare)) des acheteurs n’ont commandé qu’une fois. \(count(i.repeatBuyers)) acheteurs "
                    + "(\(share(i.repeatBuyerShare))) ont passé une deuxième commande valide\u{00A0}; un acheteur passe "
                    + "\(number(i.ordersPerBuyer, decimals: 2)) commandes en moyenne.")
        ]
        let second = i.daysToSecondPurchase
        if second.count > 0 {
            text.append(repeatSentence)
            let withinMonth = Double(second.sorted.count { $0 <= 30 }) / Double(second.count)
            let withinQuarter = Double(second.sorted.count { $0 <= 90 }) / Double(second.count)
            text.append(say(
                "\(share(withinMonth)) of the second orders come within 30 days of the first, \(share(withinQuarter)) "
                    + "within 90 days and \(share(1 - withinQuarter)) later.",
                "\(share(withinMonth)) des deuxièmes commandes arrivent dans les 30 jours suivant la première, "
                    + "\(share(withinQuarter)) dans les 90 jours et \(share(1 - withinQuarter)) plus tard."))
        }
        return text
    }

    var satisfactionText: [String] {
        let scores = distributions.reviewScores
        let total = scores.reduce(0, +)
        var text: [String] = []
        if total > 0 {
            text.append(say(
                "\(share(Double(scores[4]) / Double(total))) of reviews give 5 stars and \(share(Double(scores[0]) / Double(total))) "
                    + "give 1; the average score is \(number(indicators.averageReviewScore, decimals: 2)).",
                "\(share(Double(scores[4]) / Double(total))) des avis donnent 5 étoiles et \(share(Double(scores[0]) / Double(total))) "
                    + "en donnent 1\u{00A0}; la note moyenne est de \(number(indicators.averageReviewScore, decimals: 2))."))
        }
        let delivery = distributions.delivery
        if delivery.count > 0 {
            let median = delivery.delays.median
            let medianText = median <= 0
                ? say("\(days(-median)) before", "\(days(-median)) avant") : say("\(days(median)) after", "\(days(median)) après")
            text.append(say(
                "\(share(delivery.lateShare)) of the \(count(delivery.count)) delivered orders arrived after the estimated "
                    + "day; the median order arrived \(medianText) the date promised at purchase.",
                "\(share(delivery.lateShare)) des \(count(delivery.count)) commandes livrées sont arrivées après le jour "
                    + "estimé\u{00A0}; la commande médiane est arrivée \(medianText) la date promise à l’achat."))
        }
        return text
    }

    var paymentText: [String] {
        let types = distributions.paymentTypes
        guard let top = types.first else { return [] }
        let payments = distributions.installments.reduce(0) { $0 + $1.count }
        let split = distributions.installments.filter { (Int($0.label) ?? 0) > 1 }.reduce(0) { $0 + $1.count }
        return [
            say(
                "\(paymentTypeName(top.label)) is used for \(share(top.share)) of the \(count(payments)) payments; "
                    + "\(share(payments == 0 ? .nan : Double(split) / Double(payments))) of payments are spread over "
                    + "several installments.",
                "\(paymentTypeName(top.label)) sert à \(share(top.share)) des \(count(payments)) paiements\u{00A0}; "
                    + "\(share(payments == 0 ? .nan : Double(split) / Double(payments))) des paiements sont étalés sur "
                    + "plusieurs échéances.")
        ]
    }

    var categoryStateText: [String] {
        var text: [String] = []
        let categories = distributions.categories
        if let top = categories.first {
            let shown = categories.prefix(Self.topCount)
            text.append(say(
                "The \(shown.count) largest of \(count(categories.count)) categories hold "
                    + "\(share(shown.reduce(0) { $0 + $1.share })) of the items sold; \(categoryName(top.label)) alone "
                    + "accounts for \(share(top.share)).",
                "Les \(shown.count) premières des \(count(categories.count)) catégories représentent "
                    + "\(share(shown.reduce(0) { $0 + $1.share })) des articles vendus\u{00A0}; \(categoryName(top.label)) à "
                    + "elle seule \(share(top.share))."))
        }
        let states = distributions.states
        if states.count >= 3 {
            text.append(say(
                "\(share(states[0].share)) of buyers live in \(states[0].label), followed by \(states[1].label) "
                    + "(\(share(states[1].share))) and \(states[2].label) (\(share(states[2].share))).",
                "\(share(states[0].share)) des acheteurs habitent l’État de \(states[0].label), suivi de \(states[1].label) "
                    + "(\(share(states[1].share))) et \(states[2].label) (\(share(states[2].share)))."))
        }
        return text
    }

    var rfmText: [String] {
        let summaries = result.rfm.summaries
        guard let largest = summaries.max(by: { $0.buyers < $1.buyers }), largest.buyers > 0 else { return [] }
        let best = summaries.filter { [.champions, .loyal].contains($0.segment) }
        let bestBuyers = best.reduce(0.0) { $0 + $1.buyerShare }
        let bestRevenue = best.reduce(0.0) { $0 + $1.revenueShare }
        return [
            say(
                "Each buyer gets three scores from 1 to 5 — recency (how recently they last ordered, measured from "
                    + "\(day(result.buyers.referenceDate))), frequency (how many orders) and monetary (how much they paid) — "
                    + "and a named segment from the recency score and the mean of the other two.",
                "Chaque acheteur reçoit trois scores de 1 à 5 — récence (ancienneté de sa dernière commande, mesurée au "
                    + "\(day(result.buyers.referenceDate))), fréquence (nombre de commandes) et montant (somme payée) — et "
                    + "un segment nommé d’après le score de récence et la moyenne des deux autres."),
            say(
                "\(language.pick(largest.segment.name)) is the largest segment (\(share(largest.buyerShare)) of buyers). "
                    + "Champions and loyal buyers are \(share(bestBuyers)) of buyers and bring \(share(bestRevenue)) of revenue.",
                "\(language.pick(largest.segment.name)) est le segment le plus grand (\(share(largest.buyerShare)) des "
                    + "acheteurs). Champions et fidèles sont \(share(bestBuyers)) des acheteurs et apportent \(share(bestRevenue)) "
                    + "du chiffre d’affaires."),
            repeatCellsSentence,
        ]
    }

    /// Share of buyers and of revenue in the cells with a frequency–monetary score of 4 or 5.
    private var repeatCellsSentence: String {
        let grid = result.rfm.grid
        let revenue = result.rfmRevenueGrid
        let buyers = grid.joined().reduce(0, +)
        let totalRevenue = revenue.joined().reduce(0, +)
        let highBuyers = grid.reduce(0) { $0 + $1[3] + $1[4] }
        let highRevenue = revenue.reduce(0.0) { $0 + $1[3] + $1[4] }
        let buyerShare = buyers == 0 ? Double.nan : Double(highBuyers) / Double(buyers)
        let revenueShare = totalRevenue > 0 ? highRevenue / totalRevenue : .nan
        return say(
            "Buyers with a frequency–monetary score of 4 or 5 (in practice, buyers who ordered more than once) are "
                + "\(share(buyerShare)) of buyers and paid \(share(revenueShare)) of revenue.",
            "Les acheteurs au score de fréquence-montant de 4 ou 5 (en pratique, ceux qui ont commandé plus d’une fois) "
                + "sont \(share(buyerShare)) des acheteurs et ont payé \(share(revenueShare)) du chiffre d’affaires.")
    }

    var dataModelText: [String] {
        let references = dataset.quality.references
        let perfect = references.allSatisfy { $0.unmatched == 0 }
        let worst = references.min { $0.matchRate < $1.matchRate }
        var text = [
            say(
                "The tables as read, with their key columns; each line is a join, labelled with its key and the share of "
                    + "rows whose key finds its match.",
                "Les tables lues, avec leurs colonnes clés\u{00A0}; chaque trait est une jointure, étiquetée avec sa clé et la "
                    + "part des lignes dont la clé trouve sa correspondance.")
        ]
        if perfect {
            text.append(say("Every join finds every key.", "Chaque jointure trouve toutes ses clés."))
        } else if let worst {
            text.append(say(
                "The weakest join is “\(joinDescription(worst.relation))”: \(count(worst.unmatched)) of "
                    + "\(count(worst.checked)) rows have no match (\(share(worst.matchRate, decimals: 2)) match).",
                "La jointure la plus faible est «\u{00A0}\(joinDescription(worst.relation))\u{00A0}»\u{00A0}: "
                    + "\(count(worst.unmatched)) lignes sur \(count(worst.checked)) sans correspondance "
                    + "(\(share(worst.matchRate, decimals: 2)) trouvent leur clé)."))
        }
        return text
    }

    var qualityText: [String] {
        let quality = dataset.quality
        let rejected = quality.rejectedRows
        let duplicates = quality.tables.reduce(0) { $0 + $1.duplicateKeys }
        let missing = quality.tables.reduce(0) { $0 + $1.columns.reduce(0) { $0 + $1.missing } }
        var text = [
            say(
                "\(count(rejected)) rows were rejected on loading, \(count(duplicates)) keys were repeated and "
                    + "\(count(missing)) values are missing across all files.",
                "\(count(rejected)) lignes ont été rejetées au chargement, \(count(duplicates)) clés étaient répétées et "
                    + "\(count(missing)) valeurs sont absentes, tous fichiers confondus.")
        ]
        let columns = quality.tables.flatMap { table in table.columns.map { (table.file, $0) } }
        if let most = columns.max(by: { $0.1.missing < $1.1.missing }), most.1.missing > 0 {
            text.append(say(
                "The column with the most missing values is \(most.1.name) of \(most.0) (\(count(most.1.missing))).",
                "La colonne la plus lacunaire est \(most.1.name) de \(most.0) (\(count(most.1.missing)) valeurs absentes)."))
        }
        return text
    }
}

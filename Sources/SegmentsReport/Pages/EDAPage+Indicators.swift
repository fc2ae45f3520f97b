import SegmentsAnalytics
import SegmentsLoading

/// The key-figure cards and the table of every indicator with its definition.
extension EDAPage {
    var cards: [[String: String]] {
        let i = indicators
        var cards: [[String: String]] = []
        func card(_ value: String, _ en: String, _ fr: String) {
            cards.append(["value": value, "label": say(en, fr)])
        }
        card(count(i.validOrders), "valid orders", "commandes valides")
        card(count(i.buyers), "buyers", "acheteurs")
        card(money(i.revenue, decimals: 0), "paid in all", "payés au total")
        card(share(i.repeatBuyerShare), "of buyers ordered again", "des acheteurs ont recommandé")
        card(money(i.averageBasket), "average basket", "panier moyen")
        card(money(i.medianBasket), "median basket", "panier médian")
        card(i.daysToSecondPurchase.count == 0 ? language.missingValue : days(i.daysToSecondPurchase.median),
             "median wait for a second order", "délai médian avant une deuxième commande")
        card(number(i.averageReviewScore, decimals: 2) + "\u{00A0}/\u{00A0}5", "average review score", "note moyenne des avis")
        return cards
    }

    /// Indicator, value and definition rows.
    var indicatorRows: [[String: String]] {
        let i = indicators
        let second = i.daysToSecondPurchase
        var rows: [[String: String]] = []
        func row(_ name: (String, String), _ value: String, _ definition: (String, String)) {
            rows.append(["name": say(name.0, name.1), "value": value, "definition": say(definition.0, definition.1)])
        }
        row(("Orders", "Commandes"), count(i.orders),
            ("Every row of the orders table, whatever its status.", "Toutes les lignes de la table des commandes, quel que soit leur statut."))
        row(("Delivered orders", "Commandes livrées"), count(i.deliveredOrders),
            ("Orders with status delivered.", "Commandes au statut delivered."))
        row(("Valid orders", "Commandes valides"), count(i.validOrders),
            ("Orders whose status is neither canceled nor unavailable: the purchases analysed on this page.",
             "Commandes dont le statut n’est ni canceled ni unavailable\u{00A0}: les achats analysés sur cette page."))
        row(("Buyers", "Acheteurs"), count(i.buyers),
            ("Distinct customer_unique_id with at least one valid order (a buyer has one customer_id per order).",
             "customer_unique_id distincts ayant au moins une commande valide (un acheteur a un customer_id par commande)."))
        row(("Repeat buyers", "Acheteurs récurrents"), count(i.repeatBuyers) + " (" + share(i.repeatBuyerShare) + ")",
            ("Buyers with two valid orders or more, and their share of all buyers.",
             "Acheteurs ayant au moins deux commandes valides, et leur part de l’ensemble des acheteurs."))
        row(("Orders per buyer", "Commandes par acheteur"), number(i.ordersPerBuyer, decimals: 2),
            ("Valid orders of the buyers divided by the number of buyers.", "Commandes valides des acheteurs divisées par le nombre d’acheteurs."))
        row(("Revenue", "Chiffre d’affaires"), money(i.revenue, decimals: 0),
            ("Sum of payment_value over the valid orders.", "Somme des payment_value des commandes valides."))
        row(("Average basket", "Panier moyen"), money(i.averageBasket),
            ("Basket = sum of the payment_value of a valid order (payments, so freight included); mean over the "
                + "\(count(i.baskets.count)) valid orders with a payment.",
             "Panier = somme des payment_value d’une commande valide (les paiements, donc frais de port compris)\u{00A0}; "
                + "moyenne sur les \(count(i.baskets.count)) commandes valides ayant un paiement."))
        row(("Median basket", "Panier médian"), money(i.medianBasket),
            ("Half of the baskets are below, half above; the middle half lies between "
                + "\(money(i.baskets.quantile(0.25))) and \(money(i.baskets.quantile(0.75))).",
             "La moitié des paniers est en dessous, la moitié au-dessus\u{00A0}; la moitié centrale est entre "
                + "\(money(i.baskets.quantile(0.25))) et \(money(i.baskets.quantile(0.75)))."))
        row(("Items per order", "Articles par commande"), number(i.itemsPerOrder, decimals: 2),
            ("Item rows of the valid orders divided by the \(count(i.ordersWithItems)) valid orders that have items.",
             "Lignes d’articles des commandes valides divisées par les \(count(i.ordersWithItems)) commandes valides qui en ont."))
        row(("Items and freight per order", "Articles et port par commande"),
            money(i.averageItemsValue) + " + " + money(i.averageFreight),
            ("Mean sum of item prices and mean sum of freight values per valid order with items.",
             "Moyenne par commande valide avec articles de la somme des prix et de la somme des frais de port."))
        row(("Freight share", "Part du port"), share(i.freightShare),
            ("Freight divided by item prices plus freight, over the items of valid orders (missing freight values left out).",
             "Frais de port divisés par prix des articles plus port, sur les articles des commandes valides (valeurs de port absentes écartées)."))
        let secondDefinition = (
            "Fractional days between the purchase times of a buyer's first and second valid orders, over the "
                + "\(count(second.count)) repeat buyers.",
            "Jours (avec décimales) entre les heures d’achat de la première et de la deuxième commande valide, sur les "
                + "\(count(second.count)) acheteurs récurrents.")
        row(("Median days to the second order", "Délai médian avant la deuxième commande"),
            second.count == 0 ? language.missingValue : days(second.median, decimals: 1), secondDefinition)
        row(("Mean days to the second order", "Délai moyen avant la deuxième commande"),
            second.count == 0 ? language.missingValue : days(second.mean, decimals: 1), secondDefinition)
        row(("Average review score", "Note moyenne"), number(i.averageReviewScore, decimals: 2),
            ("Mean review_score over all \(count(i.reviews)) rows of the reviews table.",
             "Moyenne de review_score sur les \(count(i.reviews)) lignes de la table des avis."))
        row(("Delivered late", "Livrées en retard"), share(distributions.delivery.lateShare),
            ("Delivered orders that arrived on a day after the estimated delivery day.",
             "Commandes livrées arrivées un jour postérieur à la date de livraison estimée."))
        return rows
    }
}

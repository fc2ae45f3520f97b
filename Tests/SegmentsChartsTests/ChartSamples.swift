import Foundation
import SegmentsCore
@testable import SegmentsCharts

/// One chart of every kind with realistic data, in a given language: the fixtures of the
/// chart tests and of the screenshot gallery.
enum ChartSamples {
    static func all(_ language: ReportLanguage) -> [(id: ChartID, chart: any SVGChart)] {
        let fr = language == .fr
        return [
            ("monthly-panels", monthly(fr, layout: .panels)),
            ("monthly-dual", monthly(fr, layout: .dualAxis)),
            ("payment-types", paymentTypes(fr)),
            ("categories", categories(fr)),
            ("basket-log", basketHistogram(fr, logarithmic: true)),
            ("basket-linear", basketHistogram(fr, logarithmic: false)),
            ("rfm-heatmap", rfmHeatmap(fr)),
            ("data-model", dataModel(fr)),
        ] + segmentSamples(fr)
    }

    /// Monthly orders and revenue from Sep 2016 to Oct 2018 with growth and a November peak.
    static func monthlyPoints() -> (orders: [TimePoint], revenue: [TimePoint]) {
        var orders: [TimePoint] = []
        var revenue: [TimePoint] = []
        var date = CivilDate(year: 2016, month: 9, day: 1)
        var step = 0.0
        while date <= CivilDate(year: 2018, month: 10, day: 1) {
            let trend = step < 4 ? 20 + step * 60 : min(7_200, 300 * (step - 3))
            let count = (trend * (date.month == 11 && date.year == 2017 ? 1.6 : 1)).rounded()
            orders.append(TimePoint(time: date.unixSeconds, value: count))
            revenue.append(TimePoint(time: date.unixSeconds, value: count * (150 + 12 * sin(step))))
            date = date.firstOfMonth(adding: 1)
            step += 1
        }
        return (orders, revenue)
    }

    static func monthly(_ fr: Bool, layout: TimeSeriesChart.Layout) -> TimeSeriesChart {
        let (orders, revenue) = monthlyPoints()
        return TimeSeriesChart(
            title: fr ? "Commandes et chiffre d’affaires par mois" : "Monthly orders and revenue",
            description: fr ? "Nombre de commandes et montant payé par mois d’achat." : "Orders and paid value by purchase month.",
            series: [
                .init(name: fr ? "Commandes" : "Orders", points: orders, format: .count, style: .area),
                .init(name: fr ? "Chiffre d’affaires" : "Revenue", points: revenue, format: .money(.brl, decimals: 0)),
            ],
            layout: layout)
    }

    static func paymentTypes(_ fr: Bool) -> BarChart {
        let shares: [(String, Double)] = [("credit_card", 0.739), ("boleto", 0.19), ("voucher", 0.056), ("debit_card", 0.015)]
        return BarChart(
            title: fr ? "Moyens de paiement" : "Payment types",
            description: fr ? "Part des paiements par moyen." : "Share of payments by type.",
            bars: shares.map { BarChart.Bar(label: $0.0, value: $0.1) },
            format: .percent(decimals: 1), valueTitle: fr ? "Part des paiements" : "Share of payments")
    }

    static func categories(_ fr: Bool) -> BarChart {
        let counts: [(String, Double)] = [
            ("cama_mesa_banho", 11_115), ("beleza_saude", 9_670), ("esporte_lazer", 8_641),
            ("moveis_decoracao", 8_334), ("informatica_acessorios", 7_827), ("utilidades_domesticas", 6_964),
            ("relogios_presentes", 5_991), ("telefonia", 4_545),
            ("construcao_ferramentas_iluminacao_e_jardim_e_seguranca", 1_200), ("<script>alert(1)</script>", 12),
        ]
        return BarChart(
            title: fr ? "Catégories les plus vendues" : "Top categories",
            bars: counts.map { BarChart.Bar(label: $0.0, value: $0.1) },
            format: .count, orientation: .horizontal, valueTitle: fr ? "Articles vendus" : "Items sold")
    }

    /// Log-normal order values (median ≈ R$105), seeded.
    static func orderValues(count: Int = 5_000) -> [Double] {
        var rng = SplitMix64(seed: 42)
        return (0..<count).map { _ in
            let u1 = max(rng.nextUnit(), 1e-12), u2 = rng.nextUnit()
            let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
            return (exp(4.65 + 0.8 * normal) * 100).rounded() / 100
        }
    }

    static func basketHistogram(_ fr: Bool, logarithmic: Bool) -> HistogramChart {
        HistogramChart(
            title: fr ? "Valeur des paniers" : "Basket value",
            description: fr ? "Distribution du montant payé par commande." : "Distribution of the paid value per order.",
            values: orderValues(), logarithmic: logarithmic, binCount: 30, binsPerDecade: 8,
            format: .money(.brl, decimals: 2), countTitle: fr ? "Commandes" : "Orders",
            valueTitle: logarithmic
                ? (fr ? "Montant payé (échelle logarithmique)" : "Paid value (log scale)") : (fr ? "Montant payé" : "Paid value"))
    }

    static func rfmHeatmap(_ fr: Bool) -> HeatmapChart {
        let counts: [[Double?]] = [
            [17_210, 260, 120, 40, 12],
            [18_030, 310, 150, 50, 15],
            [17_890, 280, 130, 45, nil],
            [18_420, 240, 110, 30, 8],
            [19_100, 200, 90, 20, 5],
        ]
        return HeatmapChart(
            title: fr ? "Acheteurs par score de récence et de fréquence" : "Buyers by recency and frequency score",
            rowLabels: ["5", "4", "3", "2", "1"], columnLabels: ["1", "2", "3", "4", "5"], values: counts,
            rowTitle: fr ? "Récence" : "Recency", columnTitle: fr ? "Score de fréquence" : "Frequency score",
            legendTitle: fr ? "Acheteurs" : "Buyers", logarithmicColors: true)
    }

    static func dataModel(_ fr: Bool) -> EntityDiagram {
        let rows = fr ? " lignes" : " rows"
        let entities: [EntityDiagram.Entity] = [
            .init(id: "customers", title: "customers", detail: "99 441" + rows, keys: ["customer_id", "customer_unique_id", "customer_zip_code_prefix"], column: 0, row: 0),
            .init(id: "geo", title: "geolocation", detail: "1 000 163" + rows, keys: ["geolocation_zip_code_prefix"], column: 2, row: 0),
            .init(id: "orders", title: "orders", detail: "99 441" + rows, keys: ["order_id", "customer_id"], column: 1, row: 1),
            .init(id: "items", title: "order_items", detail: "112 650" + rows, keys: ["order_id", "product_id", "seller_id"], column: 0, row: 2),
            .init(id: "payments", title: "order_payments", detail: "103 886" + rows, keys: ["order_id"], column: 1, row: 2),
            .init(id: "reviews", title: "order_reviews", detail: "99 224" + rows, keys: ["review_id", "order_id"], column: 2, row: 2),
            .init(id: "products", title: "products", detail: "32 951" + rows, keys: ["product_id", "product_category_name"], column: 1, row: 3),
            .init(id: "sellers", title: "sellers", detail: "3 095" + rows, keys: ["seller_id", "seller_zip_code_prefix"], column: 0, row: 3),
            .init(id: "translation", title: "category_name_translation", detail: "71" + rows, keys: ["product_category_name"], column: 3, row: 3),
        ]
        let links: [EntityDiagram.Link] = [
            .init(from: "orders", to: "customers", label: "customer_id · 100 %"),
            .init(from: "customers", to: "geo", label: "zip · 99,7 %", fromKey: "customer_zip_code_prefix", toKey: "geolocation_zip_code_prefix"),
            .init(from: "orders", to: "items", label: "99,2 %"),
            .init(from: "orders", to: "payments", label: "100 %"),
            .init(from: "orders", to: "reviews", label: "99,2 %"),
            .init(from: "items", to: "products", label: "100 %"),
            .init(from: "items", to: "sellers", label: "100 %"),
            .init(from: "products", to: "translation", label: "98,6 %", fromKey: "product_category_name", toKey: "product_category_name"),
        ]
        return EntityDiagram(title: fr ? "Modèle de données" : "Data model", entities: entities, links: links)
    }
}

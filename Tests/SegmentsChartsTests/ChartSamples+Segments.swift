import Foundation
import SegmentsCore
@testable import SegmentsCharts

/// Sample charts of the segmentation, drift and quote pages, with realistic seeded data.
extension ChartSamples {
    static func segmentSamples(_ fr: Bool) -> [(id: ChartID, chart: any SVGChart)] {
        [
            ("elbow", elbow(fr)),
            ("silhouette-k", silhouetteByK(fr)),
            ("k-distance", kDistance(fr, count: 5_000)),
            ("ari-time", ariOverTime(fr)),
            ("ari-quote", ariOverTime(fr, compact: true)),
            ("radar-overlay", radar(fr, layout: .overlay)),
            ("radar-multiples", radar(fr, layout: .smallMultiples(columns: 2))),
            ("knife", knife(fr, buyers: 20_000)),
            ("tsne", tsne(fr, buyers: 20_000)),
            ("dendrogram", dendrogram(fr)),
            ("segment-sizes", segmentSizes(fr, shares: false)),
            ("segment-shares", segmentSizes(fr, shares: true)),
            ("psi-heatmap", psiHeatmap(fr)),
        ]
    }

    static let segmentNames = ["Loyal big spenders", "Recent one-timers", "Dormant", "Unhappy", "Bargain hunters"]
    static let segmentNamesFR = ["Fidèles dépensiers", "Récents uniques", "Endormis", "Mécontents", "Chasseurs de prix"]
    static func names(_ fr: Bool) -> [String] { fr ? segmentNamesFR : segmentNames }

    /// A standard normal draw (Box–Muller).
    static func normal(_ rng: inout SplitMix64) -> Double {
        let u1 = max(rng.nextUnit(), 1e-12), u2 = rng.nextUnit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    static let ks = (2...10).map(Double.init)

    static func elbow(_ fr: Bool) -> LineChart {
        let series = [("RFM", 1.0), (fr ? "RFM + avis" : "RFM + reviews", 1.35)].map { name, factor in
            LineChart.Series(name: name, points: ks.map { ChartPoint(x: $0, y: factor * 180_000 / pow($0, 0.9)) })
        }
        return LineChart(
            title: fr ? "Inertie selon k (K-means)" : "Inertia by k (K-means)",
            description: fr ? "Somme des carrés intra-groupes pour k = 2 à 10." : "Within-cluster sum of squares for k = 2 to 10.",
            series: series, verticalLines: [.init(value: 5, label: fr ? "k retenu = 5" : "chosen k = 5")],
            yFormat: .count, xTitle: "k", yTitle: fr ? "Inertie" : "Inertia")
    }

    static func silhouetteByK(_ fr: Bool) -> LineChart {
        let shapes: [(String, (Double) -> Double)] = [
            ("K-means", { 0.42 - 0.02 * ($0 - 4) * ($0 - 4) / 3 }),
            ("Ward", { 0.38 - 0.015 * ($0 - 5) * ($0 - 5) / 3 }),
            ("DBSCAN", { 0.2 + 0.01 * $0 }),
        ]
        return LineChart(
            title: fr ? "Silhouette selon k" : "Silhouette by k",
            series: shapes.map { name, f in LineChart.Series(name: name, points: ks.map { ChartPoint(x: $0, y: f($0)) }) },
            verticalLines: [.init(value: 5, label: "k = 5")], yFormat: .number(decimals: 2), xTitle: "k",
            yTitle: "Silhouette")
    }

    /// Sorted distances to the 5th neighbour with a knee near 80 % of the points.
    static func kDistance(_ fr: Bool, count: Int) -> LineChart {
        var rng = SplitMix64(seed: 3)
        let distances = (0..<count).map { _ in abs(normal(&rng)) * 0.15 + (rng.nextUnit() < 0.08 ? rng.nextUnit() * 2 : 0) }.sorted()
        let eps = [0.34, 0.42, 0.5]
        return LineChart(
            title: fr ? "Distance au 5e voisin, triée" : "Distance to the 5th neighbour, sorted",
            description: fr ? "Les valeurs d’eps essayées sont marquées." : "The eps values tried are marked.",
            series: [.init(name: fr ? "Distance" : "Distance", points: distances.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element) })],
            horizontalLines: eps.enumerated().map { index, value in
                .init(value: value, label: "eps = " + (fr ? ReportLanguage.fr : .en).number(value, decimals: 2) + (index == 1 ? (fr ? " (coude)" : " (knee)") : ""))
            },
            xAxis: .numeric(.count), yFormat: .number(decimals: 2), xTitle: fr ? "Acheteurs triés" : "Buyers, sorted",
            yTitle: fr ? "Distance" : "Distance")
    }

    static func ariOverTime(_ fr: Bool, compact: Bool = false) -> LineChart {
        var times: [Double] = []
        var date = CivilDate(year: 2017, month: 9, day: 1)
        for _ in 0..<14 { times.append(date.unixSeconds); date = date.firstOfMonth(adding: 1) }
        let median = times.indices.map { 1 - 0.035 * Double($0) - 0.002 * Double($0 * $0) }
        let band = times.indices.map { LineChart.Band.Point(x: times[$0], low: median[$0] - 0.02 - 0.006 * Double($0), high: min(1, median[$0] + 0.015 + 0.004 * Double($0))) }
        let floor = times.indices.map { ChartPoint(x: times[$0], y: 0.93 + 0.01 * sin(Double($0))) }
        let crossing = times[4] + (times[5] - times[4]) * 0.6
        let threshold = LineChart.Reference(value: 0.8, label: fr ? "seuil 0,80" : "threshold 0.80")
        if compact {
            return LineChart(
                title: fr ? "ARI depuis la construction" : "ARI since the build",
                series: [.init(name: fr ? "ARI médian" : "Median ARI", points: zip(times, median).map { ChartPoint(x: $0, y: $1) })],
                horizontalLines: [threshold], verticalLines: [.init(value: crossing, label: fr ? "5,6 mois" : "5.6 months")],
                xAxis: .dates, yFormat: .number(decimals: 1), yDomain: 0...1, plotHeight: 130)
        }
        return LineChart(
            title: fr ? "Stabilité des segments dans le temps" : "Segment stability over time",
            description: fr ? "ARI entre le modèle initial et un modèle réentraîné à chaque mois."
                : "ARI between the initial model and a model refitted each month.",
            series: [
                .init(name: fr ? "ARI médian (3 départs)" : "Median ARI (3 starts)", points: zip(times, median).map { ChartPoint(x: $0, y: $1) }),
                .init(name: fr ? "Plancher d’instabilité" : "Instability floor", points: floor, dashed: true, showsMarkers: false,
                      color: RGBColor(hex: 0x555555)),
            ],
            band: .init(name: fr ? "Min–max des départs" : "Min–max over starts", points: band),
            horizontalLines: [threshold],
            verticalLines: [.init(value: crossing, label: fr ? "reconstruire après 5,6 mois" : "rebuild after 5.6 months")],
            xAxis: .dates, yFormat: .number(decimals: 2), yTitle: "ARI", yDomain: 0...1)
    }

    static let radarAxes = ["Recency", "Frequency", "Monetary", "Review score", "Delivery delay", "Installments"]
    static let radarAxesFR = ["Récence", "Fréquence", "Montant", "Note d’avis", "Retard de livraison", "Versements"]

    static func radar(_ fr: Bool, layout: RadarChart.Layout) -> RadarChart {
        let profiles: [[Double]] = [
            [0.81, 0.95, 0.9, 0.7, 0.4, 0.65], [0.9, 0.3, 0.45, 0.62, 0.5, 0.4], [0.12, 0.35, 0.5, 0.55, 0.48, 0.5],
            [0.5, 0.42, 0.55, 0.08, 0.92, 0.55], [0.55, 0.4, 0.15, 0.6, 0.45, 0.2],
        ]
        return RadarChart(
            title: fr ? "Profils des segments" : "Segment profiles",
            description: fr ? "Rang centile de la moyenne du segment parmi tous les acheteurs."
                : "Percentile rank of the segment's mean among all buyers.",
            axes: fr ? radarAxesFR : radarAxes,
            series: zip(names(fr), profiles).map { RadarChart.Series(name: $0, values: $1) }, layout: layout,
            medianLabel: fr ? "acheteur médian (50 %)" : "median buyer (50%)")
    }

    static let clusterShares = [0.32, 0.27, 0.2, 0.13, 0.08]

    static func knife(_ fr: Bool, buyers: Int) -> SilhouetteKnifeChart {
        var rng = SplitMix64(seed: 11)
        let centres = [0.55, 0.4, 0.35, 0.2, 0.1]
        let clusters = zip(names(fr), zip(clusterShares, centres)).map { name, parameters in
            let count = Int(Double(buyers) * parameters.0)
            return SilhouetteKnifeChart.Cluster(name: name, values: (0..<count).map { _ in min(0.95, parameters.1 + 0.18 * normal(&rng)) })
        }
        return SilhouetteKnifeChart(
            title: fr ? "Silhouette par acheteur" : "Silhouette per buyer",
            description: fr ? "Valeurs triées dans chaque segment." : "Values sorted within each segment.",
            clusters: clusters, mean: 0.37, meanLabel: fr ? "moyenne 0,37" : "mean 0.37", valueTitle: "Silhouette")
    }

    static func tsne(_ fr: Bool, buyers: Int, seed: UInt64 = 5) -> ScatterChart {
        var rng = SplitMix64(seed: seed)
        let centres = [(-20.0, 10.0), (15.0, 18.0), (5.0, -20.0), (-25.0, -15.0), (25.0, -2.0)]
        let groups = zip(names(fr), zip(clusterShares, centres)).map { name, parameters in
            let count = Int(Double(buyers) * parameters.0)
            let points = (0..<count).map { _ in
                ChartPoint(x: parameters.1.0 + 7 * normal(&rng), y: parameters.1.1 + 5 * normal(&rng))
            }
            return ScatterChart.Group(name: name, points: points)
        }
        return ScatterChart(
            title: fr ? "Carte t-SNE des acheteurs" : "t-SNE map of the buyers",
            description: fr ? "Chaque point est un acheteur, coloré par segment ; les axes de t-SNE n’ont pas de sens, seules les proximités comptent."
                : "Each point is a buyer, coloured by segment; t-SNE axes have no meaning, only closeness does.",
            groups: groups)
    }

    /// The Ward linkage of the SciPy fixture (40 points in 4 blobs), last 30 merges, cut in 4.
    static func dendrogram(_ fr: Bool) -> DendrogramChart {
        let tree = DendrogramTree.lastMerges(of: ChartSegmentsTests.fixtureMerges, leafCount: 40, p: 30)
        return DendrogramChart(
            title: fr ? "Dendrogramme de Ward (30 dernières fusions)" : "Ward dendrogram (last 30 merges)",
            description: fr ? "Feuilles : taille des groupes fusionnés." : "Leaves: sizes of the merged groups.",
            tree: tree, cutHeight: 5, cutLabel: fr ? "coupe : k = 4" : "cut: k = 4",
            heightTitle: fr ? "Distance de Ward" : "Ward distance")
    }

    static func monthlyTimes(_ count: Int) -> [Double] {
        var date = CivilDate(year: 2017, month: 9, day: 1)
        return (0..<count).map { _ in defer { date = date.firstOfMonth(adding: 1) }; return date.unixSeconds }
    }

    static func segmentSizes(_ fr: Bool, shares: Bool) -> StackedAreaChart {
        let times = monthlyTimes(14)
        let counts = clusterShares.enumerated().map { index, share in
            times.indices.map { step in 20_000 * share * (1 + 0.04 * Double(step) * (index == 2 ? 2.5 : index == 0 ? -0.5 : 0.3)) }
        }
        let totals = times.indices.map { step in counts.reduce(0) { $0 + $1[step] } }
        let layers = zip(names(fr), counts).map { name, values in
            StackedAreaChart.Layer(name: name, values: shares ? values.indices.map { values[$0] / totals[$0] } : values)
        }
        return StackedAreaChart(
            title: fr ? "Taille des segments (modèle initial)" : "Segment sizes (initial model)",
            times: times, layers: layers, format: shares ? .percent(decimals: 0) : .count,
            valueTitle: shares ? (fr ? "Part des acheteurs" : "Share of buyers") : (fr ? "Acheteurs" : "Buyers"))
    }

    static func psiHeatmap(_ fr: Bool) -> HeatmapChart {
        let features = fr ? radarAxesFR : radarAxes
        let times = monthlyTimes(12)
        let language: ReportLanguage = fr ? .fr : .en
        let values: [[Double?]] = features.indices.map { row in
            times.indices.map { step in step == 0 ? 0 : 0.01 + Double(step * step) * 0.002 * Double(row + 1) / 2 }
        }
        return HeatmapChart(
            title: fr ? "Dérive des variables (PSI)" : "Feature drift (PSI)",
            description: fr ? "Indice de stabilité de population de chaque variable par rapport à la fenêtre initiale."
                : "Population stability index of each feature against the initial window.",
            rowLabels: features, columnLabels: times.map { language.shortMonthNames[CivilDate(unixSeconds: $0).month - 1] },
            values: values, format: .number(decimals: 2), columnTitle: fr ? "Mois" : "Month", legendTitle: "PSI",
            bands: .populationStability(stable: fr ? "stable" : "stable", moderate: fr ? "modérée" : "moderate",
                                        large: fr ? "forte" : "large"))
    }
}

import SegmentsAnalytics
import SegmentsCharts
import SegmentsLoading

/// The drift page: how fast the chosen segmentation ages and how often to rebuild it — the
/// conclusion with the maintenance interval, the ARI curve with its band, floor and
/// threshold, feature drift (PSI heatmap, KS), segment sizes over time and the method.
/// Figures come from `DriftResult` as exported to `results.json` → `drift`.
struct DriftPage {
    let frame: PageFrame
    /// nil when no segmentation was made.
    let result: DriftResult?
    /// The previous delivery compared; nil without `--previous-model`.
    var previous: PreviousDelivery? = nil

    var language: ReportLanguage { frame.language }
    var words: Catalogue { frame.words }

    static let sections: [(id: String, title: String)] = [
        ("drift-conclusion", "driftConclusion"), ("drift-ari", "driftARI"), ("drift-features", "driftFeatures"),
        ("drift-sizes", "driftSizes"), ("drift-method", "driftMethod"),
    ]

    func model() -> PageModel<DriftPageModel> {
        let content: DriftPageModel
        if let result, !result.isTooShort, let interval = result.interval {
            content = DriftPageModel(
                measured: true, unavailable: "",
                contents: (Self.sections + (previous == nil ? [] : [Self.previousSection])).map { .init(id: $0.id, title: words($0.title)) },
                cards: cards(result, interval: interval), conclusion: conclusion(result, interval: interval),
                ari: SectionBody(paragraphs: [ariText(result)], figures: [ariFigure(result, interval: interval)], pair: false),
                stepRows: stepRows(result),
                features: SectionBody(paragraphs: [words("drift.features.text")], figures: [psiFigure(result)], pair: false),
                featureRows: featureRows(result),
                sizes: SectionBody(paragraphs: [words("drift.sizes.text")], figures: [sizesFigure(result)], pair: false),
                method: method(result), transitions: transitions, compared: previous != nil, compareHint: words("drift.previous.hint"))
        } else {
            content = DriftPageModel(
                measured: false, unavailable: unavailable, contents: [], cards: [], conclusion: [],
                ari: SectionBody(paragraphs: [], figures: [], pair: false), stepRows: [],
                features: SectionBody(paragraphs: [], figures: [], pair: false), featureRows: [],
                sizes: SectionBody(paragraphs: [], figures: [], pair: false), method: [], transitions: transitions,
                compared: previous != nil, compareHint: words("drift.previous.hint"))
        }
        return frame.model(for: .drift, title: words("drift.title"), lead: words("drift.lead"), content: content)
    }

    static let previousSection = (id: "drift-previous", title: "driftPrevious")

    /// The one sentence shown when nothing was measured.
    var unavailable: String {
        guard let result else { return words("drift.noSegmentation") }
        return words(
            "drift.tooShort",
            [
                "start": day(result.dataStart), "end": day(result.dataEnd - Timestamp.secondsPerDay),
                "initial": language.integer(result.configuration.initialMonths),
                "step": words("drift.step.\(result.configuration.step.rawValue)"), "required": day(result.requiredEnd),
            ])
    }

    // MARK: Conclusion

    /// Whole weeks of the interval, at least 1 (rounded down: rebuild before the crossing).
    func wholeWeeks(_ interval: MaintenanceInterval) -> Int { max(1, Int(interval.weeks.rounded(.down))) }

    private func cards(_ result: DriftResult, interval: MaintenanceInterval) -> [Card] {
        let weeks = language.integer(wholeWeeks(interval))
        let last = result.curve.last!
        return [
            Card(value: (interval.isLowerBound ? "≥\u{00A0}" : "") + weeks + "\u{00A0}" + words("drift.unit.weeks"), label: words("drift.card.interval")),
            Card(value: ari(result.configuration.threshold), label: words("drift.card.threshold")),
            Card(value: ari(last.median), label: words("drift.card.lastARI", ["date": day(last.date)])),
            Card(value: ari(last.floor), label: words("drift.card.floor")),
        ]
    }

    private func conclusion(_ result: DriftResult, interval: MaintenanceInterval) -> [String] {
        let firstEnd = result.starts[0].windowEnd
        let arguments = [
            "weeks": language.integer(wholeWeeks(interval)), "days": language.number(interval.days, decimals: 0),
            "threshold": ari(interval.threshold),
            "date": day(firstEnd + Int64((interval.days * 86_400).rounded())),
        ]
        var paragraphs = [words(interval.isLowerBound ? "drift.conclusion.lowerBound" : "drift.conclusion.crossed", arguments)]
        let floor = result.medianFloor
        if let crossing = interval.crossingIndex, result.curve[crossing].floor < interval.threshold {
            paragraphs.append(
                words(
                    "drift.conclusion.floorAtCrossing",
                    ["floor": ari(result.curve[crossing].floor), "median": ari(floor), "threshold": ari(interval.threshold)]))
        } else {
            paragraphs.append(
                words(
                    floor < interval.threshold ? "drift.conclusion.floorLow" : "drift.conclusion.floorHigh",
                    ["floor": ari(floor), "threshold": ari(interval.threshold)]))
        }
        if let change = result.largestShareChange {
            paragraphs.append(
                words(
                    "drift.conclusion.sizes",
                    [
                        "segment": sizeLayerName(result, column: change.column), "from": language.percent(change.from, decimals: 1),
                        "to": language.percent(change.to, decimals: 1),
                    ]))
        }
        if let moved = mostDrifted(result) {
            paragraphs.append(words("drift.conclusion.psi", ["feature": featureName(moved.feature), "psi": psi(moved.psi.last!), "reading": reading(moved.psi.last!)]))
        }
        if let recency = result.features.first(where: { $0.feature == .recency }), let last = recency.psi.last, last.isFinite, last >= 0.1 {
            paragraphs.append(words("drift.conclusion.recency", ["psi": psi(last)]))
        }
        return paragraphs
    }

    /// The feature other than recency (which every buyer's ageing moves) with the largest
    /// PSI at the last step; recency when it is the only one.
    private func mostDrifted(_ result: DriftResult) -> DriftResult.FeatureDrift? {
        let finite = result.features.filter { $0.psi.last?.isFinite == true }
        let behaviour = finite.filter { $0.feature != .recency }
        return (behaviour.isEmpty ? finite : behaviour).max { $0.psi.last! < $1.psi.last! }
    }

    // MARK: Sections

    private func ariText(_ result: DriftResult) -> String {
        words("drift.ari.text", ["starts": language.integer(result.starts.count), "step": words("drift.step.\(result.configuration.step.rawValue)")])
    }

    private func stepRows(_ result: DriftResult) -> [DriftPageModel.StepRow] {
        let first = result.starts[0]
        return result.curve.enumerated().map { j, point in
            DriftPageModel.StepRow(
                date: day(point.date), elapsed: language.number(point.elapsedDays, decimals: 0),
                buyers: language.integer(first.steps[j].buyers), median: ari(point.median),
                range: point.starts > 1 ? ari(point.low) + "–" + ari(point.high) : "–", floor: ari(point.floor),
                class: point.median < result.configuration.threshold ? "warn" : "")
        }
    }

    private func featureRows(_ result: DriftResult) -> [DriftPageModel.FeatureRow] {
        result.features.map { drift in
            let value = drift.psi.last ?? .nan
            return DriftPageModel.FeatureRow(
                feature: featureName(drift.feature), psi: psi(value), reading: value.isFinite ? reading(value) : "–",
                ksStatistic: drift.ksStatistic.last.map { language.number($0, decimals: 3) } ?? "–",
                ksPValue: drift.ksPValue.last.map(pValue) ?? "–", class: value >= 0.25 ? "warn" : "")
        }
    }

    private func method(_ result: DriftResult) -> [String] {
        let c = result.configuration
        let m = result.model
        var paragraphs = [
            words(
                "drift.method.model",
                [
                    "algorithm": words("drift.algorithm.\(m.algorithm.rawValue)"),
                    "k": m.clusterCount.map(language.integer) ?? "–", "featureSet": m.featureSet.name,
                    "features": m.featureSet.features.map(featureName).joined(separator: ", "),
                ]),
            words("drift.method.window", ["months": language.integer(c.initialMonths), "date": day(result.starts[0].windowEnd)]),
            words("drift.method.steps", ["step": words("drift.step.\(c.step.rawValue)"), "starts": language.integer(c.starts), "spacing": language.integer(c.startSpacingMonths)]),
        ]
        if m.algorithm != .kmeans {
            paragraphs.append(words("drift.method.sample.\(m.algorithm.rawValue)", ["sample": language.integer(c.sampleSize), "restarts": language.integer(c.wardRestarts)]))
        }
        paragraphs.append(words("drift.method.floor"))
        paragraphs.append(words("drift.method.interval", ["threshold": ari(c.threshold)]))
        paragraphs.append(words("drift.method.psi", ["floor": language.number(PopulationStability.emptyShare, decimals: 4)]))
        paragraphs.append(words("drift.method.check"))
        return paragraphs
    }

    // MARK: Formatting

    func ari(_ value: Double) -> String { value.isFinite ? language.number(value, decimals: 2) : "–" }
    func psi(_ value: Double) -> String { value.isFinite ? language.number(value, decimals: 3) : "–" }
    func pValue(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return value < 0.001 ? "< " + language.number(0.001, decimals: 3) : language.number(value, decimals: 3)
    }
    func reading(_ value: Double) -> String {
        words(value < 0.1 ? "drift.psi.stable" : value < 0.25 ? "drift.psi.moderate" : "drift.psi.large")
    }
    func featureName(_ feature: BuyerFeature) -> String { words("drift.feature.\(feature.rawValue)") }
    func day(_ seconds: Int64) -> String { language.day(CivilDate(unixSeconds: Double(seconds))) }
}

import Logging
import SegmentsLoading

/// How fast the chosen segmentation ages (issue 11): the model is fitted on an initial
/// window, then at each step the buyers known at that instant (orders purchased before it,
/// recency measured from it) are assigned by the initial model (its scaler, never refitted)
/// and compared by ARI with a fresh fit of the same settings on that instant's data, with its
/// own scaler. Two fresh fits with different seeds give the instability floor; several
/// initial windows, a month apart, give the spread. Feature drift (PSI, KS) and segment sizes
/// are measured against the first window.
///
/// Features are built incrementally (`BuyerTimeline`); fresh fits at a date are shared by the
/// starts that reach it. Deterministic for a configuration and data.
public struct DriftAnalysis: Sendable {
    public let configuration: DriftConfiguration
    public let model: DriftModel

    public init(model: DriftModel, configuration: DriftConfiguration = DriftConfiguration()) {
        self.model = model
        self.configuration = configuration
    }

    private struct Initial {
        let scaler: DriftScaler
        let fit: FittedDriftModel
        let buyers: Int
    }

    /// Runs the analysis on the valid orders of `dataset`.
    /// - Throws: `ClusteringError` for a configuration value out of range.
    /// - Complexity: O(orders log orders) once, then per date O(n·d) features and two fits.
    public func run(
        _ dataset: OlistDataset, orders: OrderSummary, logger: Logger = Logger(label: "segments.drift")
    ) throws(ClusteringError) -> DriftResult {
        try configuration.validate()
        var timeline = BuyerTimeline(dataset, orders: orders)
        let firstPurchase = timeline.firstPurchase ?? 0
        let lastPurchase = timeline.lastPurchase ?? 0
        let day = Timestamp.secondsPerDay
        let dataEnd = (Timestamp(secondsSince1970: lastPurchase).daysSince1970 + 1) * day
        let schedule = DriftSchedule(configuration: configuration, firstPurchase: firstPurchase, dataEnd: dataEnd)
        func empty() -> DriftResult {
            DriftResult(
                configuration: configuration, model: model, dataStart: firstPurchase, dataEnd: dataEnd,
                requiredEnd: schedule.requiredEnd, starts: [], curve: [], interval: nil, features: [], sizes: [],
                sizeLabels: [], buyerOrder: timeline.buyerCodes, labelings: [])
        }
        guard timeline.firstPurchase != nil, !schedule.windowEnds.isEmpty else { return empty() }

        let features = model.featureSet.features
        let stepDates = Set(schedule.steps.joined())
        let dates = Set(schedule.windowEnds).union(stepDates).sorted()
        var initials: [Int: Initial] = [:]
        var ari: [Int: [Double]] = [:]
        var floorAt: [Int64: Double] = [:]
        var buyersAt: [Int64: Int] = [:]
        var labelings: [DriftResult.Labeling] = []
        var reference: [[Double]] = []  // first window's sorted raw values per feature
        var edges: [[Double]] = []
        var psi = [[Double]](repeating: [], count: features.count)
        var ksStatistic = [[Double]](repeating: [], count: features.count)
        var ksPValue = [[Double]](repeating: [], count: features.count)
        var sizeRows: [[Int]] = []
        let minimumRows = max(2, (model.clusterCount ?? 2) + 1)

        for date in dates {
            timeline.advance(to: date)
            let columns = features.map { timeline.values($0) }
            let n = timeline.knownCount
            buyersAt[date] = n
            if n < minimumRows {
                if date == schedule.windowEnds[0] { return empty() }
                continue
            }
            let scaler = DriftScaler(featureSet: model.featureSet, columns: columns)
            let matrix = scaler.matrix(columns)
            let refit = try FittedDriftModel.fit(model, data: matrix, seed: configuration.seed, configuration: configuration)
            for (s, end) in schedule.windowEnds.enumerated() where end == date {
                initials[s] = Initial(scaler: scaler, fit: refit, buyers: n)
            }
            if date == schedule.windowEnds[0] {
                reference = columns.map { $0.filter { !$0.isNaN }.sorted() }
                edges = reference.map(PopulationStability.edges(sortedReference:))
                sizeRows.append(refit.labels)
            }
            guard stepDates.contains(date) else { continue }
            let floorFit = try FittedDriftModel.fit(model, data: matrix, seed: configuration.seed &+ 1, configuration: configuration)
            floorAt[date] = try ClusterScores.adjustedRandIndex(refit.labels, floorFit.labels)
            labelings.append(.init(kind: .refit, start: nil, date: date, labels: refit.labels))
            labelings.append(.init(kind: .refitFloor, start: nil, date: date, labels: floorFit.labels))
            for (s, steps) in schedule.steps.enumerated() where steps.contains(date) {
                guard let initial = initials[s] else { continue }
                let assigned = initial.fit.assign(initial.scaler.matrix(columns))
                ari[s, default: []].append(try ClusterScores.adjustedRandIndex(assigned, refit.labels))
                labelings.append(.init(kind: .initial, start: s, date: date, labels: assigned))
                if s == 0 {
                    sizeRows.append(assigned)
                    for j in features.indices {
                        let current = columns[j].filter { !$0.isNaN }.sorted()
                        psi[j].append(PopulationStability.index(sortedReference: reference[j], edges: edges[j], current: current))
                        let test = KolmogorovSmirnov(sortedA: reference[j], sortedB: current)
                        ksStatistic[j].append(test?.statistic ?? .nan)
                        ksPValue[j].append(test?.pValue ?? .nan)
                    }
                }
            }
            logger.debug("drift \(Timestamp(secondsSince1970: date)): \(n) buyers, floor \(floorAt[date]!)")
        }

        var starts: [DriftResult.Start] = []
        for (s, end) in schedule.windowEnds.enumerated() {
            guard let initial = initials[s], let values = ari[s] else { continue }
            let steps = zip(schedule.steps[s], values).enumerated().map { j, pair in
                DriftResult.Step(
                    index: j + 1, date: pair.0, elapsedDays: Double(pair.0 - end) / Double(day), buyers: buyersAt[pair.0] ?? 0,
                    ari: pair.1, floor: floorAt[pair.0] ?? .nan)
            }
            starts.append(.init(windowEnd: end, buyers: initial.buyers, steps: steps))
        }
        guard let first = starts.first, first.steps.count >= 2 else { return empty() }
        let curve = first.steps.indices.map { j -> DriftResult.CurvePoint in
            let reached = starts.compactMap { $0.steps.indices.contains(j) ? $0.steps[j] : nil }
            let values = reached.map(\.ari)
            return .init(
                index: j + 1, date: first.steps[j].date, elapsedDays: first.steps[j].elapsedDays, median: Self.median(values),
                low: values.min()!, high: values.max()!, floor: Self.median(reached.map(\.floor)), starts: reached.count)
        }
        let interval = MaintenanceInterval(curve: curve.map { ($0.elapsedDays, $0.median) }, threshold: configuration.threshold)
        let sizeLabels = Set(sizeRows.joined()).sorted { ($0 < 0 ? Int.max : $0) < ($1 < 0 ? Int.max : $1) }
        let sizes = sizeRows.map { labels in
            var counts = [Int: Int]()
            for label in labels { counts[label, default: 0] += 1 }
            return sizeLabels.map { counts[$0] ?? 0 }
        }
        return DriftResult(
            configuration: configuration, model: model, dataStart: firstPurchase, dataEnd: dataEnd,
            requiredEnd: schedule.requiredEnd, starts: starts, curve: curve, interval: interval,
            features: features.indices.map {
                .init(feature: features[$0], psi: psi[$0], ksStatistic: ksStatistic[$0], ksPValue: ksPValue[$0])
            },
            sizes: sizes, sizeLabels: sizeLabels, buyerOrder: timeline.buyerCodes, labelings: labelings)
    }

    /// Median of values (NaN when empty).
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

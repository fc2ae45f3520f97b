import SegmentsAnalytics
import SegmentsLoading

extension ResultsDocument {
    /// `drift`: the ARI of the initial models against refits over time, the floor, the
    /// maintenance interval, PSI and KS per feature and step, and segment sizes. Dates are
    /// `yyyy-MM-dd` (UTC); a value that cannot be computed is null.
    struct Drift: Encodable {
        struct Settings: Encodable {
            var initialMonths: Int
            var step: String
            var starts: Int
            var startSpacingMonths: Int
            var threshold: Double
            var seed: UInt64
            var sampleSize: Int
            var kmeansRestarts: Int
            var wardRestarts: Int
        }
        struct Model: Encodable {
            var featureSet: String
            var algorithm: String
            var k: Int?
            var eps: Double?
            var minSamples: Int?
        }
        struct Interval: Encodable {
            var days: Double
            var weeks: Double
            var lowerBound: Bool
            var threshold: Double
            /// Index in `curve` of the first step below the threshold (null for a lower bound).
            var crossingStep: Int?
            /// The first window's end plus `days`.
            var date: String
        }
        struct Step: Encodable {
            var index: Int
            var date: String
            var elapsedDays: Double
            var buyers: Int
            var ari: Double
            var floor: Double
        }
        struct Start: Encodable {
            var windowEnd: String
            var buyers: Int
            var steps: [Step]
        }
        struct CurvePoint: Encodable {
            var index: Int
            var date: String
            var elapsedDays: Double
            var median: Double
            var low: Double
            var high: Double
            var floor: Double
            var starts: Int
        }
        struct Feature: Encodable {
            var name: String
            var psi: [Double?]
            var ksStatistic: [Double?]
            var ksPValue: [Double?]
        }
        struct Sizes: Encodable {
            /// Segment labels of the columns (−1 noise).
            var segments: [Int]
            /// Name identifier of today's segment each column matches (null for noise or
            /// when no segmentation names it).
            var names: [String?]
            /// The first window's end, then each step.
            var dates: [String]
            var buyers: [[Int]]
            /// Each row's buyers as shares of the row's total.
            var shares: [[Double]]
        }

        var tooShort: Bool
        var dataStart: String
        var dataEnd: String
        /// The data must reach this date for the initial window and two steps.
        var requiredEnd: String
        var settings: Settings
        var model: Model
        var threshold: Double
        var interval: Interval?
        var starts: [Start]
        var curve: [CurvePoint]
        /// Median of the curve's floor over the steps.
        var floorMedian: Double?
        /// The first start's step dates, the columns of `features`.
        var featureSteps: [String]
        var psiEmptyShare: Double
        var features: [Feature]
        var sizes: Sizes
        var labelsFile: String?

        init(_ result: DriftResult) {
            let c = result.configuration
            tooShort = result.isTooShort
            dataStart = Self.date(result.dataStart)
            dataEnd = Self.date(result.dataEnd)
            requiredEnd = Self.date(result.requiredEnd)
            settings = Settings(
                initialMonths: c.initialMonths, step: c.step.rawValue, starts: c.starts, startSpacingMonths: c.startSpacingMonths,
                threshold: c.threshold, seed: c.seed, sampleSize: c.sampleSize, kmeansRestarts: c.kmeansRestarts,
                wardRestarts: c.wardRestarts)
            model = Model(
                featureSet: result.model.featureSet.name, algorithm: result.model.algorithm.rawValue, k: result.model.clusterCount,
                eps: result.model.eps, minSamples: result.model.minSamples)
            threshold = c.threshold
            let firstEnd = result.starts.first?.windowEnd ?? 0
            interval = result.interval.map {
                Interval(
                    days: $0.days, weeks: $0.weeks, lowerBound: $0.isLowerBound, threshold: $0.threshold, crossingStep: $0.crossingIndex,
                    date: Self.date(firstEnd + Int64(($0.days * 86_400).rounded())))
            }
            starts = result.starts.map { start in
                Start(
                    windowEnd: Self.date(start.windowEnd), buyers: start.buyers,
                    steps: start.steps.map {
                        Step(index: $0.index, date: Self.date($0.date), elapsedDays: $0.elapsedDays, buyers: $0.buyers, ari: $0.ari, floor: $0.floor)
                    })
            }
            curve = result.curve.map {
                CurvePoint(
                    index: $0.index, date: Self.date($0.date), elapsedDays: $0.elapsedDays, median: $0.median, low: $0.low,
                    high: $0.high, floor: $0.floor, starts: $0.starts)
            }
            floorMedian = Self.finite(result.medianFloor)
            featureSteps = result.starts.first?.steps.map { Self.date($0.date) } ?? []
            psiEmptyShare = PopulationStability.emptyShare
            features = result.features.map {
                Feature(
                    name: $0.feature.rawValue, psi: $0.psi.map(Self.finite), ksStatistic: $0.ksStatistic.map(Self.finite),
                    ksPValue: $0.ksPValue.map(Self.finite))
            }
            sizes = Sizes(
                segments: result.sizeLabels,
                names: result.sizeLabels.indices.map { result.sizeNames.indices.contains($0) ? result.sizeNames[$0]?.identifier : nil },
                dates: result.starts.first.map { [Self.date($0.windowEnd)] + $0.steps.map { Self.date($0.date) } } ?? [],
                buyers: result.sizes, shares: result.sizeShares)
            labelsFile = result.isTooShort ? nil : DriftLabelsExport.path
        }

        static func date(_ seconds: Int64) -> String {
            String(Timestamp(secondsSince1970: seconds).description.prefix(10))
        }

        static func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }
    }
}

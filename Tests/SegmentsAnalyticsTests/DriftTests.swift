import Foundation
import SegmentsLoading
import Testing
@testable import SegmentsAnalytics

@Suite("Drift analysis")
struct DriftTests {
    /// The 2,000-buyer EDA fixture (Oct 2016 – Aug 2018) with its order aggregates.
    static func fixture() throws -> (OlistDataset, EDAResult) {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("eda")
        let dataset = try OlistDataset.load(directory: folder, logger: EDATestData.logger)
        return (dataset, ExploratoryAnalysis().run(dataset, logger: EDATestData.logger))
    }

    static let kmeans = DriftModel(featureSet: .rfmSatisfaction, algorithm: .kmeans, clusterCount: 3)

    @Test("ARI known values (scikit-learn's adjusted_rand_score)")
    func ariKnownValues() throws {
        #expect(try ClusterScores.adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0]) == 1)
        #expect(isClose(try ClusterScores.adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]), 0.5714285714285714, 1e-15))
        #expect(isClose(try ClusterScores.adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1]), 0.5714285714285714, 1e-15))
        #expect(try ClusterScores.adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3]) == 0)
        #expect(isClose(try ClusterScores.adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1]), -0.5, 1e-15))
    }

    struct GoldenCase: Decodable {
        struct Sample: Decodable {
            let n: Int, mul: Int, mod: Int, div: Int
            let scale: Double, shift: Double
            var values: [Double] { (0..<n).map { Double(($0 * mul) % mod) / Double(div) * scale + shift } }
        }
        let name: String
        let a: Sample
        let b: Sample
        let psi: Double
        let ksStatistic: Double
        let ksPValue: Double
    }

    @Test("PSI and KS equal NumPy/SciPy on the fixture (p-value within the documented tolerance)")
    func psiAndKS() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("drift_golden.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let cases = try decoder.decode([GoldenCase].self, from: Data(contentsOf: url))
        #expect(cases.count >= 5)
        for golden in cases {
            let a = golden.a.values
            let b = golden.b.values
            #expect(isClose(PopulationStability.index(reference: a, current: b), golden.psi, 1e-12), "\(golden.name) PSI")
            let test = try #require(KolmogorovSmirnov(a, b))
            #expect(isClose(test.statistic, golden.ksStatistic, 1e-12), "\(golden.name) KS statistic")
            // Asymptotic p-value with Stephens' correction against SciPy's exact distribution.
            let tolerance = max(1e-3, 0.05 * golden.ksPValue)
            #expect(abs(test.pValue - golden.ksPValue) <= tolerance, "\(golden.name) p \(test.pValue) vs \(golden.ksPValue)")
        }
    }

    @Test("an empty bin counts as a share of 0.0001")
    func psiEmptyBin() {
        let reference = (0..<100).map(Double.init)
        let current = [Double](repeating: 5, count: 100)  // all in the first bin
        let e = 0.1
        let expected = (1 - e) * log(1 / e) + 9 * (1e-4 - e) * log(1e-4 / e)
        #expect(isClose(PopulationStability.index(reference: reference, current: current), expected, 1e-12))
    }

    @Test("the interval interpolates the first crossing, or is a lower bound")
    func interval() throws {
        let crossed = try #require(MaintenanceInterval(curve: [(30, 0.9), (60, 0.7), (90, 0.5)], threshold: 0.8))
        #expect(isClose(crossed.days, 45, 1e-12) && !crossed.isLowerBound && isClose(crossed.weeks, 45 / 7.0, 1e-12))
        let first = try #require(MaintenanceInterval(curve: [(30, 0.6)], threshold: 0.8))
        #expect(isClose(first.days, 15, 1e-12))
        let never = try #require(MaintenanceInterval(curve: [(30, 0.95), (61, 0.85)], threshold: 0.8))
        #expect(never.days == 61 && never.isLowerBound)
    }

    @Test("the timeline at the end of the data equals the buyer summary")
    func timeline() throws {
        let (dataset, exploration) = try Self.fixture()
        var timeline = BuyerTimeline(dataset, orders: exploration.orders)
        let buyers = exploration.buyers
        timeline.advance(to: buyers.referenceDate.secondsSince1970)
        #expect(timeline.knownCount == buyers.count)
        let row = Dictionary(uniqueKeysWithValues: buyers.buyer.enumerated().map { ($1, $0) })
        for feature in BuyerFeature.allCases {
            let values = timeline.values(feature)
            let expected = feature.values(buyers)
            for (slot, code) in timeline.buyerCodes.enumerated() {
                let want = expected[row[code]!]
                #expect(want.isNaN ? values[slot].isNaN : isClose(values[slot], want, 1e-12), "\(feature) of buyer \(code)")
            }
        }
    }

    @Test("K-means drift: steps, curve, floor and sizes are consistent and deterministic for a seed")
    func kmeansRun() throws {
        let (dataset, exploration) = try Self.fixture()
        let analysis = DriftAnalysis(model: Self.kmeans, configuration: DriftConfiguration(seed: 3))
        let result = try analysis.run(dataset, orders: exploration.orders)
        #expect(!result.isTooShort)
        #expect(result.starts.count == 3)
        let first = result.starts[0]
        #expect(first.steps.count >= 8)
        #expect(result.curve.count == first.steps.count)
        for step in first.steps {
            #expect((-0.5...1).contains(step.ari) && (-0.5...1).contains(step.floor))
        }
        // Starts a month apart: the second start's first step is the first start's second.
        #expect(result.starts[1].steps[0].date == first.steps[1].date)
        #expect(result.sizes.count == first.steps.count + 1)
        #expect(result.sizes[0].reduce(0, +) == first.buyers)
        for (j, step) in first.steps.enumerated() { #expect(result.sizes[j + 1].reduce(0, +) == step.buyers) }
        #expect(result.features.map(\.feature) == Self.kmeans.featureSet.features)
        #expect(result.features.allSatisfy { $0.psi.count == first.steps.count })
        // Recency measured from each step: its distribution moves away from the window's.
        let recency = result.features[0].psi
        #expect(recency.last! > recency.first!)
        #expect(result.interval != nil)
        let again = try analysis.run(dataset, orders: exploration.orders)
        #expect(again.starts == result.starts && again.curve == result.curve && again.labelings == result.labelings)
    }

    @Test("Ward on samples: each restart refined on every buyer, the best kept, so two seeds agree")
    func wardSample() throws {
        let (dataset, exploration) = try Self.fixture()
        let model = DriftModel(featureSet: .rfm, algorithm: .ward, clusterCount: 3)
        let configuration = DriftConfiguration(starts: 1, sampleSize: 400)
        let result = try DriftAnalysis(model: model, configuration: configuration).run(dataset, orders: exploration.orders)
        #expect(!result.isTooShort && result.starts.count == 1)
        #expect(result.sizeLabels == [0, 1, 2])
        // Refined to a fixed point on every buyer, two refits with different samples agree.
        #expect(result.medianFloor > 0.95)
        // A refit is a fixed point of the nearest-centroid rule: relabelling by its own
        // centroids changes nothing.
        let refit = try #require(result.labelings.first { $0.kind == .refit })
        let floorFit = try #require(result.labelings.first { $0.kind == .refitFloor && $0.date == refit.date })
        #expect(try ClusterScores.adjustedRandIndex(refit.labels, floorFit.labels) > 0.95)
    }

    @Test("centroid refinement converges to the blobs' means from a poor start, inertia its sum of squares")
    func refinement() {
        // Two blobs on a line, at 0…0.9 and 10…10.9; the start puts both centres in the first.
        let xs = (0..<10).map { Double($0) / 10 } + (0..<10).map { 10 + Double($0) / 10 }
        let data = Matrix(rows: 20, cols: 1, values: xs)
        let refined = CentroidRefinement(data, start: Matrix(rows: 2, cols: 1, values: [0, 0.5]))
        #expect(refined.labels == [Int](repeating: 0, count: 10) + [Int](repeating: 1, count: 10))
        #expect(abs(refined.centers.values[0] - 0.45) < 1e-12 && abs(refined.centers.values[1] - 10.45) < 1e-12)
        let expected = xs.enumerated().reduce(0.0) { sum, item in
            let c = item.offset < 10 ? 0.45 : 10.45
            return sum + (item.element - c) * (item.element - c)
        }
        #expect(abs(refined.inertia - expected) < 1e-12)
        #expect(refined.iterations >= 2)
    }

    @Test("the sizes' columns are matched to today's segments by most of their buyers")
    func matchedSegments() throws {
        let (dataset, exploration) = try Self.fixture()
        let result = try DriftAnalysis(model: Self.kmeans, configuration: DriftConfiguration(starts: 1, seed: 3))
            .run(dataset, orders: exploration.orders)
        let last = try #require(result.labelings.last { $0.kind == .initial && $0.start == 0 })
        let buyers = Array(result.buyerOrder.prefix(last.labels.count))
        #expect(result.matchedSegments(buyers: buyers, labels: last.labels) == [0, 1, 2])
        // Today's numbering reversed, and buyers in another order: still matched.
        let reversed = Array(zip(buyers, last.labels.map { 2 - $0 }).reversed())
        #expect(result.matchedSegments(buyers: reversed.map(\.0), labels: reversed.map(\.1)) == [2, 1, 0])
        // Buyers unknown today: no match.
        #expect(result.matchedSegments(buyers: [], labels: []) == [nil, nil, nil])
        // Shares of each row sum to 1; the largest change is one of the columns.
        #expect(result.sizeShares.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 })
        let change = try #require(result.largestShareChange)
        #expect(result.sizeLabels.indices.contains(change.column))
    }

    @Test("too short: the initial window and two steps do not fit, nothing is measured")
    func tooShort() throws {
        let (dataset, exploration) = try Self.fixture()
        let result = try DriftAnalysis(model: Self.kmeans, configuration: DriftConfiguration(initialMonths: 22))
            .run(dataset, orders: exploration.orders)
        #expect(result.isTooShort && result.interval == nil && result.curve.isEmpty && result.labelings.isEmpty)
        #expect(result.requiredEnd > result.dataEnd)
        // The hand-written 4-buyer dataset (Jan–Mar 2018) is too short for the default window.
        let tiny = try EDATestData.load()
        let short = try DriftAnalysis(model: Self.kmeans).run(tiny, orders: OrderSummary(tiny))
        #expect(short.isTooShort)
    }

    @Test("configuration values out of range are rejected")
    func validation() throws {
        let (dataset, exploration) = try Self.fixture()
        #expect(throws: ClusteringError.self) {
            try DriftAnalysis(model: Self.kmeans, configuration: DriftConfiguration(threshold: 1.5)).run(dataset, orders: exploration.orders)
        }
    }
}

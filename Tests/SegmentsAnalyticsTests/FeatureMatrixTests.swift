import Foundation
import SegmentsLoading
import SegmentsSynthetic
import SegmentsTestSupport
import Testing
@testable import SegmentsAnalytics

@Suite("Buyer features")
struct FeatureMatrixTests {
    static let dataset: OlistDataset = {
        let files = SyntheticOlist.generate(.init(buyers: 1_500, seed: 11))
        return try! OlistDataset.load(files: files, origin: "test", logger: quietLogger)
    }()
    static let summary = BuyerSummary(dataset, orders: OrderSummary(dataset))

    @Test("columns are standardised like StandardScaler: mean 0, population std 1", arguments: FeatureSet.builtIn)
    func standardised(set: FeatureSet) {
        let features = FeatureMatrix(Self.summary, featureSet: set)
        let n = features.matrix.rows
        #expect(n == Self.summary.count)
        #expect(features.matrix.cols == set.features.count)
        for j in 0..<features.matrix.cols {
            let column = (0..<n).map { features.matrix[$0, j] }
            let mean = column.reduce(0, +) / Double(n)
            let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
            #expect(abs(mean) < 1e-12)
            #expect(abs(variance - 1) < 1e-9 || variance == 0)
            #expect(column.allSatisfy { $0.isFinite })
        }
    }

    @Test("each value is the transformed raw value, centred and scaled; missing ones get the median")
    func knownValues() {
        let features = FeatureMatrix(Self.summary, featureSet: .full)
        for (j, feature) in FeatureSet.full.features.enumerated() {
            let raw = feature.values(Self.summary)
            #expect(features.missing[j] == raw.filter(\.isNaN).count)
            for i in stride(from: 0, to: raw.count, by: 97) {
                let transformed = raw[i].isNaN ? features.imputed[j] : feature.transform(raw[i])
                let expected = (transformed - features.mean[j]) / features.scale[j]
                #expect(abs(features.matrix[i, j] - expected) < 1e-12)
            }
        }
        #expect(features.missing[FeatureSet.full.features.firstIndex(of: .frequency)!] == 0)
    }

    @Test("transforms: log1p for counts and amounts, signed log for delays, median of sorted values")
    func transforms() {
        #expect(BuyerFeature.frequency.transform(1) == log1p(1))
        #expect(BuyerFeature.deliveryDelay.transform(-3) == -log1p(3))
        #expect(BuyerFeature.deliveryDelay.transform(3) == log1p(3))
        #expect(BuyerFeature.review.transform(4.5) == 4.5)
        #expect(FeatureMatrix.median(ofSorted: [1, 2, 3, 10]) == 2.5)
        #expect(FeatureMatrix.median(ofSorted: [1, 2, 10]) == 2)
        #expect(FeatureMatrix.median(ofSorted: []) == 0)
    }

    @Test("buyer summary: every buyer has a valid order, frequencies add up to the valid orders")
    func summaryConsistency() {
        let summary = Self.summary
        let orders = OrderSummary(Self.dataset)
        let validWithBuyer = (0..<Self.dataset.orders.count).filter {
            orders.isValid[$0] && Self.dataset.orders.buyer[$0] >= 0
        }.count
        #expect(summary.frequency.reduce(0) { $0 + Int($1) } == validWithBuyer)
        #expect(summary.buyer == summary.buyer.sorted())
        #expect(summary.recencyDays.allSatisfy { $0 > 0 })
        #expect(zip(summary.firstPurchase, summary.lastPurchase).allSatisfy { $0 <= $1 })
        #expect(summary.secondPurchase.enumerated().allSatisfy { ($1 != nil) == (summary.frequency[$0] > 1) })
    }
}

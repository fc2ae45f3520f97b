import Testing
@testable import SegmentsAnalytics

@Suite("Sample statistics")
struct EDASampleStatisticsTests {
    @Test("quantiles interpolate between closest ranks, as NumPy's default")
    func quantiles() {
        let sample = SampleStatistics([4, 1, 3, 2, .nan, .infinity])
        #expect(sample.count == 4)
        #expect(sample.mean == 2.5)
        #expect(sample.median == 2.5)
        #expect(sample.quantile(0.25) == 1.75)
        #expect(sample.quantile(0.75) == 3.25)
        #expect(sample.quantile(0) == 1 && sample.quantile(1) == 4)
        #expect(sample.minimum == 1 && sample.maximum == 4)
    }

    @Test("odd count median is the middle value; empty sample gives NaN")
    func edges() {
        #expect(SampleStatistics([5, 1, 9]).median == 5)
        #expect(SampleStatistics([7]).quantile(0.9) == 7)
        let empty = SampleStatistics([.nan])
        #expect(empty.count == 0 && empty.mean.isNaN && empty.median.isNaN)
    }
}

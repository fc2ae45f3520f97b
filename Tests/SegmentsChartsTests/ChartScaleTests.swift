import Testing
@testable import SegmentsCharts

/// Nice ticks, scales and binning.
@Suite("Chart scales")
struct ChartScaleTests {
    @Test("nice ticks follow 1-2-5 steps like d3", arguments: [
        (0.0, 97.0, 5, [0.0, 20, 40, 60, 80]),
        (0.0, 100.0, 5, [0.0, 20, 40, 60, 80, 100]),
        (0.001, 0.0123, 5, [0.002, 0.004, 0.006, 0.008, 0.01, 0.012]),
        (0.0, 1.0, 10, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]),
        (-10.0, 10.0, 5, [-10.0, -5, 0, 5, 10]),
        (97.0, 0.0, 5, [0.0, 20, 40, 60, 80]),
        (1.0, 1.0, 5, [1.0]),
        (0.0, 7_300.0, 5, [0.0, 2_000, 4_000, 6_000]),
    ] as [(Double, Double, Int, [Double])])
    func ticks(start: Double, stop: Double, count: Int, expected: [Double]) {
        #expect(NiceTicks.ticks(start, stop, count: count) == expected)
    }

    @Test("degenerate tick requests give no ticks")
    func degenerateTicks() {
        #expect(NiceTicks.ticks(.nan, 1, count: 5).isEmpty)
        #expect(NiceTicks.ticks(0, .infinity, count: 5).isEmpty)
        #expect(NiceTicks.ticks(0, 1, count: 0).isEmpty)
        #expect(NiceTicks.step(3, 3, count: 5) == 0)
    }

    @Test("nice domains extend to tick multiples")
    func nice() {
        #expect(NiceTicks.nice(0, 97, count: 5) == (0, 100))
        #expect(NiceTicks.nice(0.001, 0.0123, count: 5) == (0, 0.014))
        #expect(NiceTicks.nice(-3.2, 47, count: 5) == (-10, 50))
        #expect(LinearScale.covering([12, 97, 40], range: (0, 1)).ticks() == [0, 20, 40, 60, 80, 100])
    }

    @Test("linear scales map and guard degenerate domains")
    func linear() {
        let scale = LinearScale(domain: (0, 100), range: (200, 0))
        #expect(scale(25) == 150)
        #expect(scale(.nan) == 200)
        for domain in [(5.0, 5.0), (0, 0), (.nan, 1), (-.infinity, .infinity)] {
            let safe = LinearScale(domain: domain, range: (0, 100))
            #expect(safe(3).isFinite)
            #expect(safe.domain.0 < safe.domain.1)
        }
        #expect(LinearScale.covering([], range: (0, 1)).domain == (0, 1))
        #expect(LinearScale.covering([.nan, 4, 4], range: (0, 1)).domain == (0, 4))
    }

    @Test("log ticks: powers of ten, with 2 and 5 for short domains", arguments: [
        (1.0, 10_000.0, [1.0, 10, 100, 1_000, 10_000]),
        (1.0, 100.0, [1.0, 2, 5, 10, 20, 50, 100]),
        (0.01, 1.0, [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]),
        (2.0, 9.0, [2.0, 3, 4, 5, 6, 7, 8, 9]),
    ] as [(Double, Double, [Double])])
    func logTicks(lower: Double, upper: Double, expected: [Double]) {
        #expect(LogScale(domain: (lower, upper), range: (0, 1)).ticks() == expected)
    }

    @Test("log scales map decades evenly and clamp non-positive values")
    func logScale() {
        let scale = LogScale(domain: (1, 100), range: (0, 200))
        #expect(abs(scale(10) - 100) < 1e-9)
        #expect(scale(0) == 0)
        #expect(scale(-5) == 0)
        #expect(LogScale(domain: (0, -1), range: (0, 1))(1).isFinite)
        let covering = LogScale.covering([3, 450, -2, .nan], range: (0, 1))
        #expect(covering.lower == 1 && covering.upper == 1_000)
    }

    @Test("band scales split the range")
    func bands() {
        let bands = BandScale(count: 4, range: (0, 100), paddingInner: 0, paddingOuter: 0)
        #expect(bands.step == 25 && bands.bandwidth == 25 && bands.start(2) == 50 && bands.center(0) == 12.5)
        let padded = BandScale(count: 2, range: (0, 100), paddingInner: 0.5, paddingOuter: 0.25)
        #expect(padded.step == 50 && padded.bandwidth == 25 && padded.start(0) == 12.5)
        #expect(BandScale(count: 0, range: (0, 100)).step == 0)
    }

    @Test("time ticks fall on months, quarters or years")
    func timeTicks() {
        let start = CivilDate(year: 2016, month: 9, day: 4).unixSeconds
        let end = CivilDate(year: 2018, month: 10, day: 17).unixSeconds
        let scale = TimeScale(domain: (start, end), range: (0, 600))
        let quarters = scale.ticks(maxCount: 9)
        #expect(quarters.interval == .quarter)
        #expect(quarters.dates.first == CivilDate(year: 2016, month: 10, day: 1))
        #expect(quarters.dates.last == CivilDate(year: 2018, month: 10, day: 1))
        #expect(TimeScale.labels(Array(quarters.dates.prefix(4)), interval: .quarter, language: .en)
            == ["Oct\u{00A0}2016", "Jan\u{00A0}2017", "Apr", "Jul"])
        let years = scale.ticks(maxCount: 3)
        #expect(years.interval == .year)
        #expect(years.dates == [CivilDate(year: 2017, month: 1, day: 1), CivilDate(year: 2018, month: 1, day: 1)])
        #expect(TimeScale.labels(years.dates, interval: .year, language: .fr) == ["2017", "2018"])
        #expect(scale.ticks(maxCount: 30).dates.count == 25)
        #expect(TimeScale(domain: (start, start), range: (0, 600))(start) == 300)
    }

    @Test("linear histogram bins: nice edges, values on an edge go to the upper bin")
    func linearHistogram() {
        let histogram = Histogram.linear([0, 0.1, 0.3, 0.3, 1.0, .nan], binCount: 10)
        #expect(histogram.edges.count == 11 && histogram.edges.first == 0 && histogram.edges.last == 1)
        #expect(histogram.counts == [1, 1, 0, 2, 0, 0, 0, 0, 0, 1])
        #expect(histogram.excluded == 1)
        #expect(Histogram.linear([4, 4, 4]).counts == [3])
        #expect(Histogram.linear([]).counts.isEmpty)
    }

    @Test("log histogram bins: decades split evenly, non-positive values excluded")
    func logHistogram() {
        let histogram = Histogram.logarithmic([5, 50, 500, 10, -1, 0, .nan], binsPerDecade: 1)
        #expect(histogram.edges == [1, 10, 100, 1_000])
        #expect(histogram.counts == [1, 2, 1])
        #expect(histogram.excluded == 3)
        let fine = Histogram.logarithmic([100, 150, 200], binsPerDecade: 5)
        #expect(fine.edges.count == 6 && fine.edges.first == 100 && fine.edges.last == 1_000)
        #expect(fine.counts == [2, 1, 0, 0, 0])  // edges 100, 158.5, 251.2, …
    }
}

import Testing
@testable import SegmentsLoading

@Suite("Disjoint slots")
struct DisjointSlotsTests {
    /// Counts the values released.
    final class Releases: @unchecked Sendable {
        var count = 0
    }

    /// A value that says when it is released.
    final class Value: @unchecked Sendable {
        let releases: Releases
        init(_ releases: Releases) { self.releases = releases }
        deinit { releases.count += 1 }
    }

    @Test("moved values are the caller's; values never moved are released with the slots")
    func release() {
        let releases = Releases()
        do {
            let slots = DisjointSlots<Value>(count: 3)
            for index in 0..<3 { slots.initialize(index, to: Value(releases)) }
            let moved = slots.moveAll()
            #expect(moved.count == 3 && releases.count == 0)
        }
        #expect(releases.count == 3)
        // The case fuzzing found (Fuzz/Regressions/transactions): a caller that throws before
        // it moves a slot out; the value used to leak.
        do {
            let slots = DisjointSlots<Value>(count: 2)
            slots.initialize(0, to: Value(releases))
            slots.initialize(1, to: Value(releases))
        }
        #expect(releases.count == 5)
        do {
            let slots = DisjointSlots<Value>(count: 2)
            slots.initialize(1, to: Value(releases))  // slot 0 never filled
        }
        #expect(releases.count == 6)
    }
}

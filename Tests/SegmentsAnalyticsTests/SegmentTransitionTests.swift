import Testing
@testable import SegmentsAnalytics

/// Golden values: scripts/transition_golden.py (scikit-learn's contingency_matrix and
/// adjusted_rand_score).
@Suite("Segment transition")
struct SegmentTransitionTests {
    @Test("the old × new counts matrix, sizes and ARI of a small fixture match scikit-learn")
    func knownAnswer() throws {
        let old = [0, 0, 0, 0, 1, 1, 1, 2, 2, -1]
        let new = [1, 1, 1, 0, 0, 0, 0, 2, 2, 2]
        let t = try SegmentTransition(old: old, new: new)
        #expect(t.oldSegments == [-1, 0, 1, 2])
        #expect(t.newSegments == [0, 1, 2])
        #expect(t.counts == [0, 0, 1, 1, 3, 0, 3, 0, 0, 0, 0, 2])
        #expect(t.count(old: 1, new: 1) == 3)
        #expect(t.oldSizes == [1, 4, 3, 2])
        #expect(t.newSizes == [4, 3, 3])
        #expect(t.buyers == 10)
        #expect(abs(t.ari - 0.52) < 1e-12)
    }

    @Test("the same partition gives ARI 1 and a diagonal matrix; mismatched counts are refused")
    func samePartition() throws {
        let labels = [2, 0, 1, 1, 0, 2, -1, 0]
        let t = try SegmentTransition(old: labels, new: labels)
        #expect(t.ari == 1)
        for i in t.oldSegments.indices {
            for j in t.newSegments.indices where i != j { #expect(t.count(old: i, new: j) == 0) }
        }
        #expect(t.oldSizes == [1, 3, 2, 2])
        #expect(throws: ClusteringError.self) { try SegmentTransition(old: [0, 1], new: [0]) }
    }
}

import SegmentsCore
import Testing

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test("same seed, same sequence; known first value")
    func deterministic() {
        var a = SplitMix64(seed: 42)
        var b = SplitMix64(seed: 42)
        let first = a.next()
        #expect(first == b.next())
        // Reference value of SplitMix64 for seed 42 (published test vector).
        #expect(first == 0xBDD7_3226_2FEB_6E95)
    }
}

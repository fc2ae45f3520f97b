import Testing
@testable import SegmentsLoading

@Suite("Interner and text column")
struct InternerTests {
    @Test("codes are dense, in order of first appearance, and stable")
    func codes() {
        var interner = Interner()
        #expect(interner.intern("b") == 0)
        #expect(interner.intern("a") == 1)
        #expect(interner.intern("b") == 0)
        #expect(interner.intern("") == 2)
        #expect(interner.count == 3)
        #expect(interner.strings == ["b", "a", ""])
        #expect(interner.code(of: "a") == 1)
        #expect(interner.code(of: "c") == nil)
        #expect(interner[1] == "a")
    }

    @Test("many strings survive table growth; lookups across interners")
    func growth() {
        var interner = Interner()
        for index in 0..<20_000 { #expect(interner.intern("id-\(index)-çé") == Int32(index)) }
        for index in stride(from: 0, to: 20_000, by: 7) {
            #expect(interner.code(of: "id-\(index)-çé") == Int32(index))
        }
        let other = Interner(["id-5-çé", "missing", "id-0-çé"])
        #expect(other.codes(in: interner) == [5, -1, 0])
        #expect(Interner(["x", "y"]) == Interner(["x", "y"]))
        #expect(Interner(["x", "y"]) != Interner(["y", "x"]))
    }

    @Test("text column: empty is missing")
    func text() {
        let column = TextColumn(["hello, \"world\"\nbye", nil, ""])
        #expect(column.count == 3)
        #expect(column[0] == "hello, \"world\"\nbye")
        #expect(column[1] == nil && column.isMissing(1))
        #expect(column[2] == nil)
        #expect(column.utf8Count(0) == 18)
    }
}

/// A fixed number of result slots that concurrent tasks fill, each task its own slot.
///
/// Sendable because no two tasks touch the same slot: the caller gives each task a distinct
/// index, initialises each slot at most once, and collects them with ``moveAll()`` after the
/// tasks are done (`DispatchQueue.concurrentPerform` returns only then). A slot filled but
/// never moved out (a caller that throws first) is released with the slots.
final class DisjointSlots<Element>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    /// Per slot: whether it holds a value (set by the slot's task, cleared by ``moveAll()``).
    private let filled: UnsafeMutablePointer<Bool>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        filled = .allocate(capacity: count)
        filled.initialize(repeating: false, count: count)
    }

    /// Initialises slot `index`; call once per slot.
    func initialize(_ index: Int, to value: Element) {
        precondition(index >= 0 && index < count && !filled[index])
        (base + index).initialize(to: value)
        filled[index] = true
    }

    /// Moves every slot out, in index order; call once, after every slot was initialised.
    func moveAll() -> [Element] {
        (0..<count).map { index in
            precondition(filled[index], "slot \(index) was never initialised")
            filled[index] = false
            return (base + index).move()
        }
    }

    deinit {
        for index in 0..<count where filled[index] {
            (base + index).deinitialize(count: 1)
        }
        filled.deallocate()
        base.deallocate()
    }
}

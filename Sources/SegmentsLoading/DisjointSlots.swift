/// A fixed number of result slots that concurrent tasks fill, each task its own slot.
///
/// Sendable because no two tasks touch the same slot: the caller gives each task a distinct
/// index, initialises each slot exactly once, and collects them with ``moveAll()`` after the
/// tasks are done (`DispatchQueue.concurrentPerform` returns only then).
final class DisjointSlots<Element>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
    }

    /// Initialises slot `index`; call once per slot.
    func initialize(_ index: Int, to value: Element) {
        precondition(index >= 0 && index < count)
        (base + index).initialize(to: value)
    }

    /// Moves every slot out, in index order; call once, after every slot was initialised.
    func moveAll() -> [Element] {
        (0..<count).map { (base + $0).move() }
    }

    deinit {
        base.deallocate()
    }
}

/// A bounded max-heap of (squared distance, row) pairs that keeps the `capacity` smallest,
/// ordered lexicographically so ties are resolved by row index. Manually allocated so a
/// search loop reuses it without allocation; its storage has reference semantics, so copies
/// of the value share one heap.
struct NeighborHeap {
    let capacity: Int
    private let count: UnsafeMutablePointer<Int>
    private let distance: UnsafeMutablePointer<Double>
    private let row: UnsafeMutablePointer<Int32>

    init(capacity: Int) {
        self.capacity = capacity
        count = .allocate(capacity: 1)
        count.initialize(to: 0)
        distance = .allocate(capacity: max(capacity, 1))
        row = .allocate(capacity: max(capacity, 1))
    }

    func deallocate() {
        count.deallocate()
        distance.deallocate()
        row.deallocate()
    }

    /// Number of neighbours kept so far.
    var size: Int {
        get { count.pointee }
        nonmutating set { count.pointee = newValue }
    }

    func removeAll() { size = 0 }

    /// Squared distance beyond which nothing can enter: the worst kept one once full.
    var bound: Double { size < capacity ? .infinity : distance[0] }

    @inline(__always)
    private func greater(_ a: Int, _ b: Int) -> Bool {
        distance[a] > distance[b] || (distance[a] == distance[b] && row[a] > row[b])
    }

    /// Offers a candidate; kept if the heap is not full or it beats the worst kept one.
    @inline(__always)
    func offer(_ d: Double, _ r: Int32) {
        if size < capacity {
            var i = size
            size += 1
            distance[i] = d
            row[i] = r
            while i > 0 {
                let parent = (i - 1) / 2
                guard greater(i, parent) else { break }
                swap(i, parent)
                i = parent
            }
            return
        }
        guard d < distance[0] || (d == distance[0] && r < row[0]) else { return }
        distance[0] = d
        row[0] = r
        siftDown(0, size)
    }

    private func swap(_ a: Int, _ b: Int) {
        (distance[a], distance[b]) = (distance[b], distance[a])
        (row[a], row[b]) = (row[b], row[a])
    }

    private func siftDown(_ start: Int, _ end: Int) {
        var i = start
        while true {
            let l = 2 * i + 1
            guard l < end else { return }
            var largest = l
            if l + 1 < end && greater(l + 1, l) { largest = l + 1 }
            guard greater(largest, i) else { return }
            swap(i, largest)
            i = largest
        }
    }

    /// Heap-sorts in place and writes the neighbours ascending at `row × k`, as Euclidean
    /// distances. Slots beyond `size` (fewer candidates than k) get row -1 and +∞.
    func writeSorted(
        row target: Int, k: Int, outI: SharedMutablePointer<Int32>, outD: SharedMutablePointer<Double>
    ) {
        var end = size
        while end > 1 {
            swap(0, end - 1)
            end -= 1
            siftDown(0, end)
        }
        for j in 0..<k {
            if j < size {
                outI[target * k + j] = row[j]
                outD[target * k + j] = distance[j].squareRoot()
            } else {
                outI[target * k + j] = -1
                outD[target * k + j] = .infinity
            }
        }
        size = 0
    }
}

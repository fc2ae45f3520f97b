/// Builds the arrays of a `KDTree`: splits each node at the median of its widest dimension
/// until nodes hold at most `leafSize` points.
struct KDTreeBuilder {
    let data: Matrix
    let leafSize: Int
    var order: [Int32]
    var nodeStart: [Int32] = []
    var nodeEnd: [Int32] = []
    var nodeLeft: [Int32] = []
    var nodeRight: [Int32] = []
    var lower: [Double] = []
    var upper: [Double] = []

    init(data: Matrix, leafSize: Int) {
        self.data = data
        self.leafSize = leafSize
        order = (0..<Int32(data.rows)).map { $0 }
        let capacity = 2 * max(1, data.rows / leafSize) + 1
        nodeStart.reserveCapacity(capacity)
        lower.reserveCapacity(capacity * data.cols)
        upper.reserveCapacity(capacity * data.cols)
    }

    mutating func build() {
        _ = addNode(start: 0, end: data.rows)
    }

    /// Adds the node covering `order[start..<end]` and, recursively, its children.
    private mutating func addNode(start: Int, end: Int) -> Int32 {
        let node = nodeStart.count
        let d = data.cols
        nodeStart.append(Int32(start))
        nodeEnd.append(Int32(end))
        nodeLeft.append(-1)
        nodeRight.append(-1)
        appendBoundingBox(start: start, end: end)
        guard end - start > leafSize else { return Int32(node) }
        var widest = 0
        var widestSpread = -1.0
        for j in 0..<d {
            let spread = upper[node * d + j] - lower[node * d + j]
            if spread > widestSpread {
                widestSpread = spread
                widest = j
            }
        }
        guard widestSpread > 0 else { return Int32(node) }  // all points identical: a leaf
        let middle = (start + end) / 2
        select(middle, in: start..<end, dimension: widest)
        let left = addNode(start: start, end: middle)
        let right = addNode(start: middle, end: end)
        nodeLeft[node] = left
        nodeRight[node] = right
        return Int32(node)
    }

    private mutating func appendBoundingBox(start: Int, end: Int) {
        let d = data.cols
        let base = lower.count
        lower.append(contentsOf: repeatElement(.infinity, count: d))
        upper.append(contentsOf: repeatElement(-.infinity, count: d))
        data.values.withUnsafeBufferPointer { x in
            for p in start..<end {
                let row = Int(order[p]) * d
                for j in 0..<d {
                    let v = x[row + j]
                    if v < lower[base + j] { lower[base + j] = v }
                    if v > upper[base + j] { upper[base + j] = v }
                }
            }
        }
    }

    /// Quickselect (Hoare) on `order[range]` so that position `k` holds the point of rank `k`
    /// along `dimension`, smaller ones before it and larger ones after it.
    private mutating func select(_ k: Int, in range: Range<Int>, dimension: Int) {
        let d = data.cols
        data.values.withUnsafeBufferPointer { x in
            order.withUnsafeMutableBufferPointer { idx in
                func value(_ p: Int) -> Double { x[Int(idx[p]) * d + dimension] }
                var lo = range.lowerBound
                var hi = range.upperBound - 1
                while lo < hi {
                    let mid = lo + (hi - lo) / 2
                    // Median of three as pivot, deterministic.
                    let a = value(lo), b = value(mid), c = value(hi)
                    let pivot = max(min(a, b), min(max(a, b), c))
                    var i = lo
                    var j = hi
                    while i <= j {
                        while value(i) < pivot { i += 1 }
                        while value(j) > pivot { j -= 1 }
                        if i <= j {
                            idx.swapAt(i, j)
                            i += 1
                            j -= 1
                        }
                    }
                    if k <= j {
                        hi = j
                    } else if k >= i {
                        lo = i
                    } else {
                        return
                    }
                }
            }
        }
    }
}

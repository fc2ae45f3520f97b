/// A point-region quadtree over a 2-D embedding in flat, reusable arrays: rebuilt every
/// iteration without allocation once its capacity has grown to the data. Children of a
/// node are contiguous and only non-empty ones are stored. Points closer than the cell
/// size at `maxDepth` (duplicates) share one leaf, which counts them with multiplicity.
struct QuadTree {
    /// Depth beyond which cells are not split (coincident or nearly coincident points).
    static let maxDepth = 48

    /// Centre of mass of each node.
    private(set) var massX: [Double] = []
    private(set) var massY: [Double] = []
    /// Side length of each node's square cell.
    private(set) var side: [Double] = []
    /// Points under each node: `order[start[node]..<end[node]]`.
    private(set) var start: [Int32] = []
    private(set) var end: [Int32] = []
    /// First child and number of (non-empty) children; `childCount == 0` for a leaf.
    private(set) var firstChild: [Int32] = []
    private(set) var childCount: [UInt8] = []
    /// Point indices in tree order.
    private(set) var order: [Int32] = []
    /// Leaf of each point.
    private(set) var leafOf: [Int32] = []
    private var scratch: [Int32] = []

    init(capacity n: Int) {
        order = [Int32](repeating: 0, count: n)
        scratch = order
        leafOf = order
        massX.reserveCapacity(2 * n + 1)
        massY.reserveCapacity(2 * n + 1)
        side.reserveCapacity(2 * n + 1)
        start.reserveCapacity(2 * n + 1)
        end.reserveCapacity(2 * n + 1)
        firstChild.reserveCapacity(2 * n + 1)
        childCount.reserveCapacity(2 * n + 1)
    }

    /// Rebuilds the tree over `positions` (`n × 2` row-major).
    /// - Complexity: O(n·depth).
    mutating func build(_ positions: UnsafeBufferPointer<Double>) {
        let n = positions.count / 2
        massX.removeAll(keepingCapacity: true)
        massY.removeAll(keepingCapacity: true)
        side.removeAll(keepingCapacity: true)
        start.removeAll(keepingCapacity: true)
        end.removeAll(keepingCapacity: true)
        firstChild.removeAll(keepingCapacity: true)
        childCount.removeAll(keepingCapacity: true)
        guard n > 0 else { return }
        var minX = Double.infinity, minY = Double.infinity
        var maxX = -Double.infinity, maxY = -Double.infinity
        for i in 0..<n {
            order[i] = Int32(i)
            minX = min(minX, positions[2 * i]); maxX = max(maxX, positions[2 * i])
            minY = min(minY, positions[2 * i + 1]); maxY = max(maxY, positions[2 * i + 1])
        }
        let width = max(maxX - minX, maxY - minY) * (1 + 1e-9) + Double.leastNormalMagnitude
        appendNode(start: 0, end: n, side: width)
        split(0, x0: minX, y0: minY, depth: 0, positions)
    }

    private mutating func appendNode(start s: Int, end e: Int, side width: Double) {
        massX.append(0); massY.append(0)
        side.append(width)
        start.append(Int32(s)); end.append(Int32(e))
        firstChild.append(-1); childCount.append(0)
    }

    /// Computes the centre of mass of `node` and splits it into quadrants, recursively.
    private mutating func split(_ node: Int, x0: Double, y0: Double, depth: Int, _ p: UnsafeBufferPointer<Double>) {
        let s = Int(start[node]), e = Int(end[node])
        var sx = 0.0, sy = 0.0
        for t in s..<e {
            let i = Int(order[t])
            sx += p[2 * i]; sy += p[2 * i + 1]
        }
        massX[node] = sx / Double(e - s)
        massY[node] = sy / Double(e - s)
        if e - s == 1 || depth == Self.maxDepth {
            for t in s..<e { leafOf[Int(order[t])] = Int32(node) }
            return
        }
        // Counting sort of the node's points into its four quadrants.
        let half = side[node] / 2
        let midX = x0 + half, midY = y0 + half
        func quadrant(_ i: Int) -> Int { (p[2 * i] >= midX ? 1 : 0) + (p[2 * i + 1] >= midY ? 2 : 0) }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 9) { b in
            // b[0...4]: quadrant bounds; b[5...8]: write cursors.
            for q in 0..<5 { b[q] = 0 }
            for t in s..<e { b[quadrant(Int(order[t])) + 1] += 1 }
            b[0] = s
            for q in 1..<5 { b[q] += b[q - 1] }
            for q in 0..<4 { b[5 + q] = b[q] }
            for t in s..<e {
                let i = Int(order[t])
                let q = quadrant(i)
                scratch[b[5 + q]] = Int32(i)
                b[5 + q] += 1
            }
            for t in s..<e { order[t] = scratch[t] }
            let first = massX.count
            var children = 0
            for q in 0..<4 where b[q + 1] > b[q] {
                appendNode(start: b[q], end: b[q + 1], side: half)
                children += 1
            }
            firstChild[node] = Int32(first)
            childCount[node] = UInt8(children)
            var child = first
            for q in 0..<4 where b[q + 1] > b[q] {
                split(child, x0: x0 + (q & 1 == 1 ? half : 0), y0: y0 + (q >= 2 ? half : 0), depth: depth + 1, p)
                child += 1
            }
        }
    }

    /// Runs `body` with unsafe views of the nodes, for parallel traversals.
    func withUnsafeNodes<R>(_ body: (QuadTreeNodes) -> R) -> R {
        massX.withUnsafeBufferPointer { mx in
            massY.withUnsafeBufferPointer { my in
                side.withUnsafeBufferPointer { sd in
                    firstChild.withUnsafeBufferPointer { fc in
                        childCount.withUnsafeBufferPointer { cc in
                            start.withUnsafeBufferPointer { st in
                                end.withUnsafeBufferPointer { en in
                                    order.withUnsafeBufferPointer { od in
                                        leafOf.withUnsafeBufferPointer { lf in
                                            body(QuadTreeNodes(
                                                massX: mx, massY: my, side: sd, firstChild: fc,
                                                childCount: cc, start: st, end: en, order: od, leafOf: lf))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Unsafe views of a `KDTree`'s arrays plus the per-thread scratch of one searcher, valid
/// inside `KDTree.withSearcher`. Query loops run here without bounds checks or allocation.
struct KDTreeSearcher {
    let d: Int
    let points: UnsafeBufferPointer<Double>
    let order: UnsafeBufferPointer<Int32>
    let start: UnsafeBufferPointer<Int32>
    let end: UnsafeBufferPointer<Int32>
    let left: UnsafeBufferPointer<Int32>
    let right: UnsafeBufferPointer<Int32>
    let lower: UnsafeBufferPointer<Double>
    let upper: UnsafeBufferPointer<Double>
    /// Depth-first stack of nodes still to visit and their box distances.
    let stackNode: UnsafeMutablePointer<Int32>
    let stackDistance: UnsafeMutablePointer<Double>

    /// Squared distance from `q` to node's bounding box.
    @inline(__always)
    func boxDistance(_ node: Int, _ q: UnsafePointer<Double>) -> Double {
        var s = 0.0
        let base = node * d
        for j in 0..<d {
            let v = q[j]
            let lo = lower[base + j]
            let hi = upper[base + j]
            let gap = v < lo ? lo - v : (v > hi ? v - hi : 0)
            s += gap * gap
        }
        return s
    }

    /// Squared distance from `q` to the farthest corner of node's bounding box.
    @inline(__always)
    func farthestBoxDistance(_ node: Int, _ q: UnsafePointer<Double>) -> Double {
        var s = 0.0
        let base = node * d
        for j in 0..<d {
            let gap = max(abs(q[j] - lower[base + j]), abs(upper[base + j] - q[j]))
            s += gap * gap
        }
        return s
    }

    @inline(__always)
    func squaredDistance(_ position: Int, _ q: UnsafePointer<Double>) -> Double {
        var s = 0.0
        let base = position * d
        for j in 0..<d {
            let diff = points[base + j] - q[j]
            s += diff * diff
        }
        return s
    }

    /// Visits the nodes whose box is within `bound()` of `q`, nearest child first, calling
    /// `leaf(node)` on leaves. When `checkInside` is set, a node whose whole box lies within
    /// `bound()` is first offered to `inside(node)`, which returns whether it consumed it.
    @inline(__always)
    func traverse(
        _ q: UnsafePointer<Double>,
        bound: () -> Double,
        checkInside: Bool = false,
        inside: (Int) -> Bool = { _ in false },
        leaf: (Int) -> Void
    ) {
        var top = 0
        stackNode[0] = 0
        stackDistance[0] = boxDistance(0, q)
        top = 1
        while top > 0 {
            top -= 1
            let node = Int(stackNode[top])
            if stackDistance[top] > bound() { continue }
            if checkInside, farthestBoxDistance(node, q) <= bound(), inside(node) { continue }
            let l = Int(left[node])
            if l < 0 {
                leaf(node)
                continue
            }
            let r = Int(right[node])
            let dl = boxDistance(l, q)
            let dr = boxDistance(r, q)
            // Push the farther child first so the nearer one is visited next.
            if dl <= dr {
                stackNode[top] = Int32(r); stackDistance[top] = dr
                stackNode[top + 1] = Int32(l); stackDistance[top + 1] = dl
            } else {
                stackNode[top] = Int32(l); stackDistance[top] = dl
                stackNode[top + 1] = Int32(r); stackDistance[top + 1] = dr
            }
            top += 2
        }
    }
}

extension KDTree {
    /// Maximum depth-first stack size: the tree is balanced, so depth ≤ log2(n) + 1 and the
    /// stack holds at most one sibling per level plus two.
    var stackCapacity: Int { 2 * (Int.bitWidth - count.leadingZeroBitCount) + 4 }

    /// Runs `body` with a searcher over this tree and freshly allocated scratch.
    func withSearcher<R>(_ body: (KDTreeSearcher) -> R) -> R {
        let capacity = stackCapacity
        let stackNode = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let stackDistance = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
        defer {
            stackNode.deallocate()
            stackDistance.deallocate()
        }
        return points.withUnsafeBufferPointer { points in
            order.withUnsafeBufferPointer { order in
                nodeStart.withUnsafeBufferPointer { start in
                    nodeEnd.withUnsafeBufferPointer { end in
                        nodeLeft.withUnsafeBufferPointer { left in
                            nodeRight.withUnsafeBufferPointer { right in
                                lower.withUnsafeBufferPointer { lower in
                                    upper.withUnsafeBufferPointer { upper in
                                        body(
                                            KDTreeSearcher(
                                                d: dimension, points: points, order: order,
                                                start: start, end: end, left: left, right: right,
                                                lower: lower, upper: upper,
                                                stackNode: stackNode, stackDistance: stackDistance))
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

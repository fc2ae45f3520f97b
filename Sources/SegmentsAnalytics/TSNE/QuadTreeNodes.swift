/// Read-only unsafe views of a `QuadTree`, shared by the threads of one traversal.
struct QuadTreeNodes: @unchecked Sendable {
    let massX: UnsafeBufferPointer<Double>
    let massY: UnsafeBufferPointer<Double>
    let side: UnsafeBufferPointer<Double>
    let firstChild: UnsafeBufferPointer<Int32>
    let childCount: UnsafeBufferPointer<UInt8>
    let start: UnsafeBufferPointer<Int32>
    let end: UnsafeBufferPointer<Int32>
    let order: UnsafeBufferPointer<Int32>
    let leafOf: UnsafeBufferPointer<Int32>

    /// Depth-first stack size: at most 3 pending siblings per level plus the root.
    static let stackCapacity = 4 * (QuadTree.maxDepth + 2)

    /// The Barnes–Hut force `Σ_j w_ij² (y_i − y_j)` on point `i` at `(x, y)` and its
    /// contribution `Σ_{j≠i} w_ij` to Z. The leaf holding `i` is summed point by point so
    /// that `i` itself is left out; its duplicates count with weight 1 and no force.
    @inline(__always)
    func repulsion(
        on i: Int, x: Double, y: Double, positions: UnsafeBufferPointer<Double>,
        thetaSquared: Double, stack: UnsafeMutablePointer<Int32>
    ) -> (Double, Double, Double) {
        var fx = 0.0, fy = 0.0, z = 0.0
        let ownLeaf = Int(leafOf[i])
        var top = 1
        stack[0] = 0
        while top > 0 {
            top -= 1
            let node = Int(stack[top])
            if node == ownLeaf {
                for t in Int(start[node])..<Int(end[node]) {
                    let j = Int(order[t])
                    if j == i { continue }
                    let dx = x - positions[2 * j], dy = y - positions[2 * j + 1]
                    let w = 1 / (1 + dx * dx + dy * dy)
                    z += w
                    fx += w * w * dx
                    fy += w * w * dy
                }
                continue
            }
            let dx = x - massX[node], dy = y - massY[node]
            let d2 = dx * dx + dy * dy
            let children = Int(childCount[node])
            if children == 0 || side[node] * side[node] < thetaSquared * d2 {
                let m = Double(end[node] - start[node])
                let w = 1 / (1 + d2)
                z += m * w
                fx += m * w * w * dx
                fy += m * w * w * dy
                continue
            }
            let first = Int(firstChild[node])
            for c in 0..<children {
                stack[top] = Int32(first + c)
                top += 1
            }
        }
        return (fx, fy, z)
    }
}

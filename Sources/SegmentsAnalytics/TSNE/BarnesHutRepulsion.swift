/// Repulsive forces by Barnes–Hut on a quadtree (van der Maaten, "Accelerating t-SNE using
/// tree-based algorithms", JMLR 2014): a cell whose side is seen from a point under a ratio
/// `side / distance < θ` acts as one body at its centre of mass.
struct BarnesHutRepulsion: TSNERepulsion {
    let theta: Double
    private var tree: QuadTree
    /// Per-chunk partial sums of Z, reduced in chunk order.
    private var partialZ: [Double]
    /// Per-chunk traversal stacks.
    private var stacks: [Int32]

    init(points n: Int, theta: Double) {
        self.theta = theta
        tree = QuadTree(capacity: n)
        partialZ = [Double](repeating: 0, count: Parallel.chunkCount(for: n))
        stacks = [Int32](repeating: 0, count: partialZ.count * QuadTreeNodes.stackCapacity)
    }

    mutating func compute(
        positions: UnsafeBufferPointer<Double>, forces: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        let n = positions.count / 2
        tree.build(positions)
        let thetaSquared = theta * theta
        let out = SharedMutablePointer(forces)
        let tree = self.tree
        partialZ.withUnsafeMutableBufferPointer { zb in
            stacks.withUnsafeMutableBufferPointer { sb in
                let z = SharedMutablePointer(zb), stacks = SharedMutablePointer(sb)
                tree.withUnsafeNodes { nodes in
                    Parallel.forEachChunk(n) { chunk, range in
                        let stack = stacks.base! + chunk * QuadTreeNodes.stackCapacity
                        var sum = 0.0
                        for i in range {
                            let (fx, fy, zi) = nodes.repulsion(
                                on: i, x: positions[2 * i], y: positions[2 * i + 1],
                                positions: positions, thetaSquared: thetaSquared, stack: stack)
                            out[2 * i] = fx
                            out[2 * i + 1] = fy
                            sum += zi
                        }
                        z[chunk] = sum
                    }
                }
            }
        }
        return partialZ.reduce(0, +)
    }
}

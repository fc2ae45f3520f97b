/// The active clusters of Ward's nearest-neighbour chain: centroids in a coordinate-major
/// flat array (so the scan over clusters vectorises), sizes, and one observation of each
/// cluster. Slots start in k-d tree order, so consecutive slots are close in space, and are
/// grouped in blocks of `blockSize` with a bounding box and a minimum size each: a block
/// whose Ward distance lower bound is not below the best found so far is skipped.
///
/// A merged cluster takes the lower of its two slots; the other is marked dead (+∞
/// coordinate). Dead slots are compacted away, keeping the order, once they are a quarter of
/// the live ones, and the boxes are then rebuilt tight.
final class CentroidStore {
    static let blockSize = 32
    let d: Int
    /// Stride between coordinates: the initial slot count.
    let stride: Int
    /// `coordinates[j * stride + slot]`.
    let coordinates: UnsafeMutablePointer<Double>
    let sizes: UnsafeMutablePointer<Double>
    let members: UnsafeMutablePointer<Int32>
    /// Slots in use, live and dead.
    private(set) var slotCount: Int
    private(set) var liveCount: Int
    /// Per block: bounding box (`blockCount × d` each) and smallest cluster size.
    let boxLow: UnsafeMutablePointer<Double>
    let boxHigh: UnsafeMutablePointer<Double>
    let blockMinSize: UnsafeMutablePointer<Double>

    var blockCount: Int { (slotCount + Self.blockSize - 1) / Self.blockSize }

    /// Stores the rows of `data` in the order `order`.
    init(_ data: Matrix, order: [Int32]) {
        d = data.cols
        stride = data.rows
        slotCount = data.rows
        liveCount = data.rows
        coordinates = .allocate(capacity: max(1, stride * d))
        sizes = .allocate(capacity: max(1, stride))
        members = .allocate(capacity: max(1, stride))
        let blocks = max(1, (stride + Self.blockSize - 1) / Self.blockSize)
        boxLow = .allocate(capacity: blocks * d)
        boxHigh = .allocate(capacity: blocks * d)
        blockMinSize = .allocate(capacity: blocks)
        for (slot, row) in order.enumerated() {
            for j in 0..<d { coordinates[j * stride + slot] = data.values[Int(row) * d + j] }
            sizes[slot] = 1
            members[slot] = row
        }
        rebuildBlocks()
    }

    deinit {
        coordinates.deallocate()
        sizes.deallocate()
        members.deallocate()
        boxLow.deallocate()
        boxHigh.deallocate()
        blockMinSize.deallocate()
    }

    func isLive(_ slot: Int) -> Bool { sizes[slot] > 0 }

    /// Ward's squared distance between two clusters, 2|A||B|/(|A|+|B|)·‖c_A − c_B‖², computed
    /// exactly as the scan computes it.
    func wardSquared(_ a: Int, _ b: Int) -> Double {
        var s = 0.0
        for j in 0..<d {
            let diff = coordinates[j * stride + b] - coordinates[j * stride + a]
            s += diff * diff
        }
        return s * Self.weight(sizes[a], sizes[b])
    }

    @inline(__always)
    static func weight(_ na: Double, _ nb: Double) -> Double { 2 * na * nb / (na + nb) }

    /// Merges the clusters in slots `a` and `b` into the lower slot and kills the other.
    /// - Returns: the slot of the merged cluster.
    @discardableResult
    func merge(_ a: Int, _ b: Int) -> Int {
        let (kept, removed) = a < b ? (a, b) : (b, a)
        let nk = sizes[kept]
        let nr = sizes[removed]
        let total = nk + nr
        let block = kept / Self.blockSize
        for j in 0..<d {
            let c = (nk * coordinates[j * stride + kept] + nr * coordinates[j * stride + removed]) / total
            coordinates[j * stride + kept] = c
            boxLow[block * d + j] = min(boxLow[block * d + j], c)
            boxHigh[block * d + j] = max(boxHigh[block * d + j], c)
        }
        sizes[kept] = total
        sizes[removed] = 0
        coordinates[removed] = .infinity
        liveCount -= 1
        return kept
    }

    /// Whether enough slots are dead to compact.
    var needsCompaction: Bool { slotCount - liveCount >= max(liveCount / 4, Self.blockSize) }

    /// Removes dead slots, keeping the order of the live ones, and rebuilds the blocks.
    /// - Returns: the new slot of each old slot (−1 for dead ones).
    func compact() -> [Int] {
        var newSlot = [Int](repeating: -1, count: slotCount)
        var next = 0
        for slot in 0..<slotCount where isLive(slot) {
            newSlot[slot] = next
            if next != slot {
                for j in 0..<d { coordinates[j * stride + next] = coordinates[j * stride + slot] }
                sizes[next] = sizes[slot]
                members[next] = members[slot]
            }
            next += 1
        }
        slotCount = next
        rebuildBlocks()
        return newSlot
    }

    /// Tight bounding boxes and minimum sizes of the live slots of every block.
    private func rebuildBlocks() {
        let blocks = blockCount
        boxLow.update(repeating: .infinity, count: blocks * d)
        boxHigh.update(repeating: -.infinity, count: blocks * d)
        blockMinSize.update(repeating: .infinity, count: blocks)
        for slot in 0..<slotCount where isLive(slot) {
            let block = slot / Self.blockSize
            blockMinSize[block] = min(blockMinSize[block], sizes[slot])
            for j in 0..<d {
                let v = coordinates[j * stride + slot]
                boxLow[block * d + j] = min(boxLow[block * d + j], v)
                boxHigh[block * d + j] = max(boxHigh[block * d + j], v)
            }
        }
    }
}

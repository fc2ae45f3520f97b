/// Discrete 2-D convolution of two complex `R × C` grids (R rows, C columns; square for a
/// square embedding) with one real, even kernel, by zero padding to `2R × 2C` and FFT
/// (circulant embedding of the Toeplitz interaction matrix, Linderman et al. 2019, §2). Two real grids ride in the real and imaginary parts
/// of one complex grid, since the kernel's transform is real.
///
/// A 2-D transform is a pass of row FFTs then a pass of column FFTs, each four rows or
/// columns at a time in SIMD lanes, over both cores; zero rows are never transformed and
/// only the `R × C` block of the result is computed on the way back. Storage is allocated
/// once per grid size and only grows, so steady-state iterations allocate nothing.
final class FFTConvolution {
    static let parts = 16

    /// Nodes per column (grid rows), `R`, and per row (grid columns), `C`.
    private(set) var rows = 0
    private(set) var columns = 0
    /// Row stride of the grids and length of the row transforms, `2C`.
    private(set) var stride = 0
    /// Length of the column transforms, `2R`.
    private(set) var height = 0
    private var rowPlan: FFTPlan?
    private var columnPlan: FFTPlan?
    private var capacity = 0
    /// Elements per lane buffer of the scratch.
    private var lanesLength = 0
    /// Two complex grids (`2R × 2C`, row stride 2C): a = (aRe, aIm), b = (bRe, bIm).
    private(set) var aRe = Grid(), aIm = Grid(), bRe = Grid(), bIm = Grid()
    /// The kernel's (real) transform, scaled by 1 / M², and its imaginary scratch.
    private var kernel = Grid(), kernelIm = Grid()
    /// Per-part scratch: 10 lane buffers of M elements.
    private var lanes = UnsafeMutablePointer<FFTLanes>.allocate(capacity: 1)
    /// Spacing and size of the kernel currently transformed, to skip recomputing it.
    private var kernelKey: (rows: Int, columns: Int, spacing: Double) = (0, 0, 0)

    /// A manually managed buffer of doubles.
    struct Grid: @unchecked Sendable {
        var base = UnsafeMutablePointer<Double>.allocate(capacity: 1)
        subscript(i: Int) -> Double {
            get { base[i] }
            nonmutating set { base[i] = newValue }
        }
    }

    deinit {
        for grid in [aRe, aIm, bRe, bIm, kernel, kernelIm] { grid.base.deallocate() }
        lanes.deallocate()
    }

    /// Prepares for `n × n` grids; see `prepare(rows:columns:)`.
    func prepare(size n: Int) {
        prepare(rows: n, columns: n)
    }

    /// Prepares for grids of `r` rows and `c` columns (`2r` and `2c` must factor into 2, 3
    /// and 5) and clears rows `0..<r` of both grids, ready to receive charges at
    /// `[row * stride + column]`.
    func prepare(rows r: Int, columns c: Int) {
        let (mr, mc) = (2 * r, 2 * c)
        if mc != stride {
            rowPlan = FFTPlan(length: mc)
            stride = mc
        }
        if mr != height {
            columnPlan = FFTPlan(length: mr)
            height = mr
        }
        (rows, columns) = (r, c)
        let longest = max(mr, mc)
        if capacity < mr * mc || lanesLength < longest {
            capacity = max(capacity, mr * mc)
            lanesLength = max(lanesLength, longest)
            for grid in [aRe, aIm, bRe, bIm, kernel, kernelIm] { grid.base.deallocate() }
            lanes.deallocate()
            func make() -> Grid { Grid(base: .allocate(capacity: capacity)) }
            (aRe, aIm, bRe, bIm, kernel, kernelIm) = (make(), make(), make(), make(), make(), make())
            lanes = .allocate(capacity: Self.parts * 10 * lanesLength)
            kernelKey = (0, 0, 0)
        }
        for grid in [aRe, aIm, bRe, bIm] { grid.base.update(repeating: 0, count: r * mc) }
    }

    /// Sets the kernel to `k(spacing² (dr² + dc²))` for node offsets `dr, dc`; its transform
    /// is recomputed only when the size or the spacing changed.
    func setKernel(spacing: Double, _ k: (Double) -> Double) {
        guard kernelKey != (rows, columns, spacing) else { return }
        kernelKey = (rows, columns, spacing)
        let (nr, nc, m, mr) = (rows, columns, stride, height)
        let packed = (nr + 1) / 2
        kernel.base.update(repeating: 0, count: packed * m)
        kernelIm.base.update(repeating: 0, count: packed * m)
        // Every row and column of the circulant kernel is real and even, so its transform
        // is real: two of them ride in one complex transform (the real part is the first's,
        // the imaginary part the second's). Kernel row 2j goes to packed row j of the real
        // grid, row 2j + 1 to packed row j of the imaginary grid.
        for r in 0..<nr {
            let target = r % 2 == 0 ? kernel : kernelIm
            let row = (r / 2) * m
            for c in 0..<nc {
                let v = k(spacing * spacing * Double(r * r + c * c))
                target[row + c] = v
                if c > 0 { target[row + m - c] = v }
            }
        }
        rowPass(kernel, kernelIm, rows: packed, inverse: false)
        // Unpack from the last packed row down, so no packed row is overwritten before read.
        for j in Swift.stride(from: packed - 1, through: 0, by: -1) {
            if 2 * j + 1 < nr { (kernel.base + (2 * j + 1) * m).update(from: kernelIm.base + j * m, count: m) }
            if j > 0 { (kernel.base + 2 * j * m).update(from: kernel.base + j * m, count: m) }
        }
        // Columns: column C + c rides in the imaginary grid beside column c (stride 2C).
        for r in 0..<nr {
            (kernelIm.base + r * m).update(from: kernel.base + r * m + nc, count: nc)
        }
        // Rows R + 1..<2R of the circulant kernel mirror rows 1..<R: the column pass reads
        // them from there instead of storing them.
        columnPass(kernel, kernelIm, inverse: false, sourceRows: nr, mirror: true, storedRows: mr, columns: nc)
        let scale = 1 / Double(mr * m)
        for r in 0..<mr {
            let row = kernel.base + r * m
            let second = kernelIm.base + r * m
            for c in 0..<nc {
                row[c] *= scale
                row[nc + c] = second[c] * scale
            }
        }
    }

    /// Convolves grids a and b with the kernel, in place: afterwards rows and columns
    /// `0..<R` and columns `0..<C` hold the potentials.
    ///
    /// Row transforms of both grids, then `convolveColumns` (forward column transform, product
    /// with the kernel and inverse column transform, one block of columns at a time, so the
    /// `M × M` spectra never go through memory), then the inverse row transforms. Each
    /// column and row goes through the same operations in the same order as a separate
    /// forward pass, product and inverse pass would apply, so the result is the same.
    func convolve() {
        rowPass(aRe, aIm, rows: rows, inverse: false)
        rowPass(bRe, bIm, rows: rows, inverse: false)
        convolveColumns()
        rowPass(aRe, aIm, rows: rows, inverse: true)
        rowPass(bRe, bIm, rows: rows, inverse: true)
    }

    /// For each block of eight adjacent columns of both grids (rows `0..<R` hold data, rows
    /// above are zero): forward transforms, product with the kernel's transform, inverse
    /// transforms, and rows `0..<R` written back.
    private func convolveColumns() {
        guard let plan = columnPlan else { return }
        let (m, n, mr) = (stride, rows, height)
        let lanes = SharedLanes(base: self.lanes, length: lanesLength)
        let grids = [aRe, aIm, bRe, bIm]
        let kernel = self.kernel
        Parallel.forEachPart((m + 7) / 8, parts: Self.parts) { part, blocks in
            let buffers = lanes.buffers(part: part)
            let (yr, yi) = (buffers[8], buffers[9])
            for block in blocks {
                let first = 8 * block
                let count = min(8, m - first)
                // Buffers 2g and 2g + 1: columns first..<first+4 and first+4..<first+8 of grid g.
                for g in 0..<4 {
                    Self.loadColumns(grids[g], first: first, count: count, rows: n, m: m, height: mr, into: buffers[2 * g], buffers[2 * g + 1])
                }
                for half in 0..<2 where half == 0 || count > 4 {
                    plan.transform(re: buffers[half], im: buffers[2 + half], scratchRe: yr, scratchIm: yi, inverse: false)
                    plan.transform(re: buffers[4 + half], im: buffers[6 + half], scratchRe: yr, scratchIm: yi, inverse: false)
                    for r in 0..<mr {
                        let offset = r * m + first + 4 * half
                        var k = FFTLanes()
                        if first + 4 * half + 4 <= m {
                            k = UnsafeRawPointer(kernel.base + offset).loadUnaligned(as: FFTLanes.self)
                        } else {
                            for l in 0..<max(0, count - 4 * half) { k[l] = kernel[offset + l] }
                        }
                        buffers[half][r] *= k
                        buffers[2 + half][r] *= k
                        buffers[4 + half][r] *= k
                        buffers[6 + half][r] *= k
                    }
                    plan.transform(re: buffers[half], im: buffers[2 + half], scratchRe: yr, scratchIm: yi, inverse: true)
                    plan.transform(re: buffers[4 + half], im: buffers[6 + half], scratchRe: yr, scratchIm: yi, inverse: true)
                }
                for g in 0..<4 {
                    Self.storeColumns(grids[g], first: first, count: count, rows: n, m: m, from: buffers[2 * g], buffers[2 * g + 1])
                }
            }
        }
    }

    /// Columns `first..<first + count` (count ≤ 8) of rows `0..<rows` (row stride `m`) into two
    /// lane buffers of `height` elements (four columns each), rows from `rows` on set to zero.
    @inline(__always)
    private static func loadColumns(
        _ grid: Grid, first: Int, count: Int, rows: Int, m: Int, height: Int,
        into low: UnsafeMutablePointer<FFTLanes>, _ high: UnsafeMutablePointer<FFTLanes>
    ) {
        for r in 0..<rows {
            let offset = r * m + first
            if count == 8 {
                low[r] = UnsafeRawPointer(grid.base + offset).loadUnaligned(as: FFTLanes.self)
                high[r] = UnsafeRawPointer(grid.base + offset + 4).loadUnaligned(as: FFTLanes.self)
            } else {
                var v = (FFTLanes(), FFTLanes())
                for l in 0..<min(count, 4) { v.0[l] = grid[offset + l] }
                for l in 4..<max(count, 4) { v.1[l - 4] = grid[offset + l] }
                (low[r], high[r]) = v
            }
        }
        (low + rows).update(repeating: FFTLanes(), count: height - rows)
        (high + rows).update(repeating: FFTLanes(), count: height - rows)
    }

    /// Inverse of `loadColumns` for rows `0..<rows`.
    @inline(__always)
    private static func storeColumns(
        _ grid: Grid, first: Int, count: Int, rows: Int, m: Int,
        from low: UnsafeMutablePointer<FFTLanes>, _ high: UnsafeMutablePointer<FFTLanes>
    ) {
        for r in 0..<rows {
            let offset = r * m + first
            if count == 8 {
                UnsafeMutableRawPointer(grid.base + offset).storeBytes(of: low[r], as: FFTLanes.self)
                UnsafeMutableRawPointer(grid.base + offset + 4).storeBytes(of: high[r], as: FFTLanes.self)
            } else {
                for l in 0..<min(count, 4) { grid[offset + l] = low[r][l] }
                for l in 4..<max(count, 4) { grid[offset + l] = high[r][l - 4] }
            }
        }
    }

    /// FFT of rows `0..<rows`, four rows per transform.
    private func rowPass(_ re: Grid, _ im: Grid, rows: Int, inverse: Bool) {
        guard let plan = rowPlan else { return }
        let m = stride
        let lanes = SharedLanes(base: self.lanes, length: lanesLength)
        Parallel.forEachPart((rows + 3) / 4, parts: Self.parts) { part, blocks in
            let (xr, xi, yr, yi, _, _) = lanes.scratch(part: part)
            for block in blocks {
                let first = 4 * block
                let count = min(4, rows - first)
                for c in 0..<m {
                    var vr = FFTLanes(), vi = FFTLanes()
                    for l in 0..<count {
                        vr[l] = re[(first + l) * m + c]
                        vi[l] = im[(first + l) * m + c]
                    }
                    xr[c] = vr
                    xi[c] = vi
                }
                plan.transform(re: xr, im: xi, scratchRe: yr, scratchIm: yi, inverse: inverse)
                for c in 0..<m {
                    for l in 0..<count {
                        re[(first + l) * m + c] = xr[c][l]
                        im[(first + l) * m + c] = xi[c][l]
                    }
                }
            }
        }
    }

    /// FFT of columns `0..<columns` (default all), eight adjacent columns (one cache line
    /// per row) as two four-lane transforms of length `2R`. Rows at and above `sourceRows` read
    /// as zero, or with `mirror` as row `2R − r` (row R itself zero); only rows
    /// `0..<storedRows` of the result are written.
    private func columnPass(
        _ re: Grid, _ im: Grid, inverse: Bool, sourceRows: Int, mirror: Bool, storedRows: Int, columns: Int? = nil
    ) {
        guard let plan = columnPlan else { return }
        let (m, mr) = (stride, height)
        let width = columns ?? m
        let lanes = SharedLanes(base: self.lanes, length: lanesLength)
        Parallel.forEachPart((width + 7) / 8, parts: Self.parts) { part, blocks in
            let (ar, ai, br, bi, yr, yi) = lanes.scratch(part: part)
            for block in blocks {
                let first = 8 * block
                let count = min(8, width - first)
                for r in 0..<mr {
                    let source = r < sourceRows ? r : (mirror && r > mr - sourceRows ? mr - r : -1)
                    guard source >= 0 else {
                        ar[r] = FFTLanes(); ai[r] = FFTLanes(); br[r] = FFTLanes(); bi[r] = FFTLanes()
                        continue
                    }
                    let offset = source * m + first
                    if count == 8 {
                        ar[r] = UnsafeRawPointer(re.base + offset).loadUnaligned(as: FFTLanes.self)
                        ai[r] = UnsafeRawPointer(im.base + offset).loadUnaligned(as: FFTLanes.self)
                        br[r] = UnsafeRawPointer(re.base + offset + 4).loadUnaligned(as: FFTLanes.self)
                        bi[r] = UnsafeRawPointer(im.base + offset + 4).loadUnaligned(as: FFTLanes.self)
                    } else {
                        var v = (FFTLanes(), FFTLanes(), FFTLanes(), FFTLanes())
                        for l in 0..<min(count, 4) { v.0[l] = re[offset + l]; v.1[l] = im[offset + l] }
                        for l in 4..<max(count, 4) { v.2[l - 4] = re[offset + l]; v.3[l - 4] = im[offset + l] }
                        (ar[r], ai[r], br[r], bi[r]) = v
                    }
                }
                plan.transform(re: ar, im: ai, scratchRe: yr, scratchIm: yi, inverse: inverse)
                if count > 4 { plan.transform(re: br, im: bi, scratchRe: yr, scratchIm: yi, inverse: inverse) }
                for r in 0..<storedRows {
                    let offset = r * m + first
                    if count == 8 {
                        UnsafeMutableRawPointer(re.base + offset).storeBytes(of: ar[r], as: FFTLanes.self)
                        UnsafeMutableRawPointer(im.base + offset).storeBytes(of: ai[r], as: FFTLanes.self)
                        UnsafeMutableRawPointer(re.base + offset + 4).storeBytes(of: br[r], as: FFTLanes.self)
                        UnsafeMutableRawPointer(im.base + offset + 4).storeBytes(of: bi[r], as: FFTLanes.self)
                    } else {
                        for l in 0..<min(count, 4) { re[offset + l] = ar[r][l]; im[offset + l] = ai[r][l] }
                        for l in 4..<max(count, 4) { re[offset + l] = br[r][l - 4]; im[offset + l] = bi[r][l - 4] }
                    }
                }
            }
        }
    }
}

/// The per-part lane scratch, shared by the parts of one pass (each uses its own slice).
private struct SharedLanes: @unchecked Sendable {
    let base: UnsafeMutablePointer<FFTLanes>
    /// Elements per buffer.
    let length: Int

    /// Six of the ten buffers of `part`.
    func scratch(part: Int) -> (
        UnsafeMutablePointer<FFTLanes>, UnsafeMutablePointer<FFTLanes>, UnsafeMutablePointer<FFTLanes>,
        UnsafeMutablePointer<FFTLanes>, UnsafeMutablePointer<FFTLanes>, UnsafeMutablePointer<FFTLanes>
    ) {
        let m = length
        let p = base + part * 10 * m
        return (p, p + m, p + 2 * m, p + 3 * m, p + 4 * m, p + 5 * m)
    }

    /// The ten buffers of `part`.
    func buffers(part: Int) -> [UnsafeMutablePointer<FFTLanes>] {
        let m = length
        let p = base + part * 10 * m
        return (0..<10).map { p + $0 * m }
    }
}

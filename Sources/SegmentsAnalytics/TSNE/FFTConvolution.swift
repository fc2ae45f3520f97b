/// Discrete 2-D convolution of two complex `N × N` grids with one real, even `N × N` kernel,
/// by zero padding to `M = 2N` and FFT (circulant embedding of the Toeplitz interaction
/// matrix, Linderman et al. 2019, §2). Two real grids ride in the real and imaginary parts
/// of one complex grid, since the kernel's transform is real.
///
/// Storage is allocated once per grid size and only grows, so steady-state iterations
/// allocate nothing. Row FFTs run over both cores; frequency-domain data are kept
/// transposed, so a 2-D transform is rows, transpose, rows.
final class FFTConvolution {
    static let parts = 16

    /// Nodes per side, `N`.
    private(set) var size = 0
    /// Row stride of the grids, `M = 2N`.
    private(set) var stride = 0
    private var plan: FFTPlan?
    private var capacity = 0
    /// Two complex grids (`M × M`, row stride M): a = (aRe, aIm), b = (bRe, bIm).
    private(set) var aRe = Grid(), aIm = Grid(), bRe = Grid(), bIm = Grid()
    /// The kernel's (real) transform, scaled by 1 / M², and its imaginary scratch.
    private var kernel = Grid(), kernelIm = Grid()
    private var tRe = Grid(), tIm = Grid()
    /// Per-part row scratch, `parts × M` each.
    private var rowRe = Grid(), rowIm = Grid()

    /// A manually managed buffer of doubles.
    struct Grid: @unchecked Sendable {
        var base = UnsafeMutablePointer<Double>.allocate(capacity: 1)
        subscript(i: Int) -> Double {
            get { base[i] }
            nonmutating set { base[i] = newValue }
        }
    }

    deinit {
        for grid in [aRe, aIm, bRe, bIm, kernel, kernelIm, tRe, tIm, rowRe, rowIm] { grid.base.deallocate() }
    }

    /// Prepares for `n × n` grids (`2n` must factor into 2, 3 and 5) and clears rows `0..<n`
    /// of both grids, ready to receive charges at `[row * stride + column]`.
    func prepare(size n: Int) {
        let m = 2 * n
        if m != stride {
            plan = FFTPlan(length: m)
            stride = m
        }
        size = n
        if capacity < m * m {
            capacity = m * m
            for grid in [aRe, aIm, bRe, bIm, kernel, kernelIm, tRe, tIm, rowRe, rowIm] { grid.base.deallocate() }
            func make(_ count: Int) -> Grid { Grid(base: .allocate(capacity: count)) }
            (aRe, aIm, bRe, bIm) = (make(capacity), make(capacity), make(capacity), make(capacity))
            (kernel, kernelIm, tRe, tIm) = (make(capacity), make(capacity), make(capacity), make(capacity))
            (rowRe, rowIm) = (make(Self.parts * m), make(Self.parts * m))
        }
        aRe.base.update(repeating: 0, count: n * m)
        aIm.base.update(repeating: 0, count: n * m)
        bRe.base.update(repeating: 0, count: n * m)
        bIm.base.update(repeating: 0, count: n * m)
    }

    /// Sets the kernel from `value(dr, dc)` for offsets `0 ≤ dr, dc < n` (even in both).
    func setKernel(_ value: (Int, Int) -> Double) {
        let n = size, m = stride
        kernel.base.update(repeating: 0, count: n * m)
        kernelIm.base.update(repeating: 0, count: n * m)
        for r in 0..<n {
            for c in 0..<n {
                let v = value(r, c)
                kernel[r * m + c] = v
                if c > 0 { kernel[r * m + m - c] = v }
            }
        }
        // Rows n + 1..<m of the circulant kernel mirror rows 1..<n: the transpose reads them
        // from there (`mirror`) instead of storing them.
        forward(&kernel, &kernelIm, mirror: true)
        let scale = 1 / Double(m * m)
        for t in 0..<(m * m) { kernel[t] *= scale }
    }

    /// Convolves grids a and b with the kernel, in place: afterwards rows and columns
    /// `0..<n` hold the potentials.
    func convolve() {
        forward(&aRe, &aIm, mirror: false)
        forward(&bRe, &bIm, mirror: false)
        let cells = stride * stride
        let (k, a, ai, b, bi) = (kernel, aRe, aIm, bRe, bIm)
        Parallel.forEachPart(cells, parts: Self.parts) { _, range in
            for t in range {
                a[t] *= k[t]; ai[t] *= k[t]
                b[t] *= k[t]; bi[t] *= k[t]
            }
        }
        inverse(&aRe, &aIm)
        inverse(&bRe, &bIm)
    }

    /// Rows `0..<n` hold data (rows above are zero, or mirror rows below): FFT those rows,
    /// transpose into t, FFT all rows of t, and swap t in.
    private func forward(_ re: inout Grid, _ im: inout Grid, mirror: Bool) {
        rows(re, im, 0..<size, inverse: false)
        transpose(re, im, into: tRe, tIm, sourceRows: size, targetRows: stride, mirror: mirror)
        rows(tRe, tIm, 0..<stride, inverse: false)
        swap(&re, &tRe)
        swap(&im, &tIm)
    }

    /// Inverse of `forward`, computing only the `n × n` block of interest.
    private func inverse(_ re: inout Grid, _ im: inout Grid) {
        rows(re, im, 0..<stride, inverse: true)
        transpose(re, im, into: tRe, tIm, sourceRows: stride, targetRows: size, mirror: false)
        rows(tRe, tIm, 0..<size, inverse: true)
        swap(&re, &tRe)
        swap(&im, &tIm)
    }

    /// FFT of rows `range` of an `M × M` grid, over both cores.
    private func rows(_ re: Grid, _ im: Grid, _ range: Range<Int>, inverse: Bool) {
        guard let plan else { return }
        let m = stride
        let (scratchRe, scratchIm) = (rowRe, rowIm)
        Parallel.forEachPart(range.count, parts: Self.parts) { part, rows in
            for row in rows {
                let offset = (range.lowerBound + row) * m
                plan.transform(
                    re: re.base + offset, im: im.base + offset,
                    scratchRe: scratchRe.base + part * m, scratchIm: scratchIm.base + part * m,
                    inverse: inverse)
            }
        }
    }

    /// `target[c][r] = source[r][c]` for target rows `c < targetRows`, source rows
    /// `r < sourceRows` (rows above are zero, or with `mirror`, equal to row `M − r`).
    private func transpose(_ re: Grid, _ im: Grid, into tr: Grid, _ ti: Grid, sourceRows: Int, targetRows: Int, mirror: Bool) {
        let m = stride
        let block = 16
        Parallel.forEachPart((targetRows + block - 1) / block, parts: Self.parts) { _, blocks in
            for blockIndex in blocks {
                let columns = (blockIndex * block)..<min(targetRows, (blockIndex + 1) * block)
                for r in 0..<m {
                    let source = r < sourceRows ? r : (mirror && r > m - sourceRows ? m - r : -1)
                    if source < 0 {
                        for c in columns { tr[c * m + r] = 0; ti[c * m + r] = 0 }
                    } else {
                        for c in columns {
                            tr[c * m + r] = re[source * m + c]
                            ti[c * m + r] = im[source * m + c]
                        }
                    }
                }
            }
        }
    }
}

/// Discrete 2-D convolution of two complex `N × N` grids with one real, even `N × N` kernel,
/// by zero padding to `M = 2N` and FFT (circulant embedding of the Toeplitz interaction
/// matrix, Linderman et al. 2019, §2). Two real grids ride in the real and imaginary parts
/// of one complex grid, since the kernel's transform is real.
///
/// A 2-D transform is a pass of row FFTs then a pass of column FFTs, each four rows or
/// columns at a time in SIMD lanes, over both cores; zero rows are never transformed and
/// only the `N × N` block of the result is computed on the way back. Storage is allocated
/// once per grid size and only grows, so steady-state iterations allocate nothing.
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
    /// Per-part scratch: 6 lane buffers of M elements.
    private var lanes = UnsafeMutablePointer<FFTLanes>.allocate(capacity: 1)
    /// Spacing and size of the kernel currently transformed, to skip recomputing it.
    private var kernelKey: (size: Int, spacing: Double) = (0, 0)

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

    /// Prepares for `n × n` grids (`2n` must factor into 2, 3 and 5) and clears rows `0..<n`
    /// of both grids, ready to receive charges at `[row * stride + column]`.
    func prepare(size n: Int) {
        let m = 2 * n
        if m != stride {
            plan = FFTPlan(length: m)
            stride = m
            kernelKey = (0, 0)
        }
        size = n
        if capacity < m * m {
            capacity = m * m
            for grid in [aRe, aIm, bRe, bIm, kernel, kernelIm] { grid.base.deallocate() }
            lanes.deallocate()
            func make() -> Grid { Grid(base: .allocate(capacity: capacity)) }
            (aRe, aIm, bRe, bIm, kernel, kernelIm) = (make(), make(), make(), make(), make(), make())
            lanes = .allocate(capacity: Self.parts * 6 * m)
        }
        for grid in [aRe, aIm, bRe, bIm] { grid.base.update(repeating: 0, count: n * m) }
    }

    /// Sets the kernel to `k(spacing² (dr² + dc²))` for node offsets `dr, dc`; its transform
    /// is recomputed only when the size or the spacing changed.
    func setKernel(spacing: Double, _ k: (Double) -> Double) {
        guard kernelKey.size != size || kernelKey.spacing != spacing else { return }
        kernelKey = (size, spacing)
        let n = size, m = stride
        let packed = (n + 1) / 2
        kernel.base.update(repeating: 0, count: packed * m)
        kernelIm.base.update(repeating: 0, count: packed * m)
        // Every row and column of the circulant kernel is real and even, so its transform
        // is real: two of them ride in one complex transform (the real part is the first's,
        // the imaginary part the second's). Kernel row 2j goes to packed row j of the real
        // grid, row 2j + 1 to packed row j of the imaginary grid.
        for r in 0..<n {
            let target = r % 2 == 0 ? kernel : kernelIm
            let row = (r / 2) * m
            for c in 0..<n {
                let v = k(spacing * spacing * Double(r * r + c * c))
                target[row + c] = v
                if c > 0 { target[row + m - c] = v }
            }
        }
        rowPass(kernel, kernelIm, rows: packed, inverse: false)
        // Unpack from the last packed row down, so no packed row is overwritten before read.
        for j in Swift.stride(from: packed - 1, through: 0, by: -1) {
            if 2 * j + 1 < n { (kernel.base + (2 * j + 1) * m).update(from: kernelIm.base + j * m, count: m) }
            if j > 0 { (kernel.base + 2 * j * m).update(from: kernel.base + j * m, count: m) }
        }
        // Columns: column n + c rides in the imaginary grid beside column c (m = 2n).
        for r in 0..<n {
            (kernelIm.base + r * m).update(from: kernel.base + r * m + n, count: n)
        }
        // Rows n + 1..<m of the circulant kernel mirror rows 1..<n: the column pass reads
        // them from there instead of storing them.
        columnPass(kernel, kernelIm, inverse: false, sourceRows: n, mirror: true, storedRows: m, columns: n)
        let scale = 1 / Double(m * m)
        for r in 0..<m {
            let row = kernel.base + r * m
            let second = kernelIm.base + r * m
            for c in 0..<n {
                row[c] *= scale
                row[n + c] = second[c] * scale
            }
        }
    }

    /// Convolves grids a and b with the kernel, in place: afterwards rows and columns
    /// `0..<n` hold the potentials.
    func convolve() {
        forward(aRe, aIm, mirror: false)
        forward(bRe, bIm, mirror: false)
        let cells = stride * stride
        let (k, a, ai, b, bi) = (kernel, aRe, aIm, bRe, bIm)
        Parallel.forEachPart(cells, parts: Self.parts) { _, range in
            for t in range {
                a[t] *= k[t]; ai[t] *= k[t]
                b[t] *= k[t]; bi[t] *= k[t]
            }
        }
        inverse(aRe, aIm)
        inverse(bRe, bIm)
    }

    /// Rows `0..<n` hold data (rows above are zero, or mirror rows below).
    private func forward(_ re: Grid, _ im: Grid, mirror: Bool) {
        rowPass(re, im, rows: size, inverse: false)
        columnPass(re, im, inverse: false, sourceRows: size, mirror: mirror, storedRows: stride)
    }

    /// Inverse of `forward`, computing only the `n × n` block of interest.
    private func inverse(_ re: Grid, _ im: Grid) {
        columnPass(re, im, inverse: true, sourceRows: stride, mirror: false, storedRows: size)
        rowPass(re, im, rows: size, inverse: true)
    }

    /// FFT of rows `0..<rows`, four rows per transform.
    private func rowPass(_ re: Grid, _ im: Grid, rows: Int, inverse: Bool) {
        guard let plan else { return }
        let m = stride
        let lanes = SharedLanes(base: self.lanes)
        Parallel.forEachPart((rows + 3) / 4, parts: Self.parts) { part, blocks in
            let (xr, xi, yr, yi, _, _) = lanes.scratch(part: part, length: m)
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
    /// per row) as two four-lane transforms. Rows at and above `sourceRows` read as zero, or with `mirror` as
    /// row `M − r` (row n itself zero); only rows `0..<storedRows` of the result are written.
    private func columnPass(
        _ re: Grid, _ im: Grid, inverse: Bool, sourceRows: Int, mirror: Bool, storedRows: Int, columns: Int? = nil
    ) {
        guard let plan else { return }
        let m = stride
        let width = columns ?? m
        let lanes = SharedLanes(base: self.lanes)
        Parallel.forEachPart((width + 7) / 8, parts: Self.parts) { part, blocks in
            let (ar, ai, br, bi, yr, yi) = lanes.scratch(part: part, length: m)
            for block in blocks {
                let first = 8 * block
                let count = min(8, width - first)
                for r in 0..<m {
                    let source = r < sourceRows ? r : (mirror && r > m - sourceRows ? m - r : -1)
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

    /// Six buffers of `m` elements for `part`.
    func scratch(part: Int, length m: Int) -> (
        UnsafeMutablePointer<FFTLanes>, UnsafeMutablePointer<FFTLanes>, UnsafeMutablePointer<FFTLanes>,
        UnsafeMutablePointer<FFTLanes>, UnsafeMutablePointer<FFTLanes>, UnsafeMutablePointer<FFTLanes>
    ) {
        let p = base + part * 6 * m
        return (p, p + m, p + 2 * m, p + 3 * m, p + 4 * m, p + 5 * m)
    }
}

/// Four transforms side by side: lane `l` of every element belongs to transform `l`, so
/// each butterfly runs once for four rows or columns of a grid, in SIMD registers.
typealias FFTLanes = SIMD4<Double>

/// One Stockham stage: for `q < m` and `r < s`, reads `p` inputs `x[r + s(q + mk)]`, applies
/// a radix-`p` DFT, multiplies output `j` by the twiddle `w_q^j` and writes it to
/// `y[r + s(pq + j)]`. Twiddles are loaded once per `q`; `q = 0` needs none.
struct FFTPass {
    let xr: UnsafeMutablePointer<FFTLanes>
    let xi: UnsafeMutablePointer<FFTLanes>
    let yr: UnsafeMutablePointer<FFTLanes>
    let yi: UnsafeMutablePointer<FFTLanes>
    let m: Int
    let s: Int
    let twr: UnsafePointer<Double>
    let twi: UnsafePointer<Double>
    /// +1 forward, −1 inverse (conjugates twiddles and butterfly roots).
    let sign: Double

    /// Twiddle `j` (1-based) of `q`, as lane vectors.
    @inline(__always)
    private func twiddle(_ q: Int, _ j: Int, radix p: Int) -> (FFTLanes, FFTLanes) {
        let t = q * (p - 1) + j - 1
        return (FFTLanes(repeating: twr[t]), FFTLanes(repeating: sign * twi[t]))
    }

    @inline(__always)
    private static func rotate(_ r: FFTLanes, _ i: FFTLanes, _ w: (FFTLanes, FFTLanes)) -> (FFTLanes, FFTLanes) {
        (r * w.0 - i * w.1, r * w.1 + i * w.0)
    }

    func radix2() {
        let (xr, xi, yr, yi, m, s) = (xr, xi, yr, yi, m, s)
        for q in 0..<m {
            let w1 = twiddle(q, 1, radix: 2)
            for r in 0..<s {
                let a = r + s * q, b = a + s * m
                let out = r + s * 2 * q
                yr[out] = xr[a] + xr[b]
                yi[out] = xi[a] + xi[b]
                (yr[out + s], yi[out + s]) = Self.rotate(xr[a] - xr[b], xi[a] - xi[b], w1)
            }
        }
    }

    func radix4() {
        let (xr, xi, yr, yi, m, s, sign) = (xr, xi, yr, yi, m, s, sign)
        for q in 0..<m {
            let w1 = twiddle(q, 1, radix: 4), w2 = twiddle(q, 2, radix: 4), w3 = twiddle(q, 3, radix: 4)
            for r in 0..<s {
                let i0 = r + s * q, i1 = i0 + s * m, i2 = i1 + s * m, i3 = i2 + s * m
                let t0r = xr[i0] + xr[i2], t0i = xi[i0] + xi[i2]
                let t1r = xr[i0] - xr[i2], t1i = xi[i0] - xi[i2]
                let t2r = xr[i1] + xr[i3], t2i = xi[i1] + xi[i3]
                // (a1 − a3)·(−i) forward, ·(+i) inverse.
                let dr = xr[i1] - xr[i3], di = xi[i1] - xi[i3]
                let t3r = sign * di, t3i = -sign * dr
                let out = r + s * 4 * q
                yr[out] = t0r + t2r
                yi[out] = t0i + t2i
                (yr[out + s], yi[out + s]) = Self.rotate(t1r + t3r, t1i + t3i, w1)
                (yr[out + 2 * s], yi[out + 2 * s]) = Self.rotate(t0r - t2r, t0i - t2i, w2)
                (yr[out + 3 * s], yi[out + 3 * s]) = Self.rotate(t1r - t3r, t1i - t3i, w3)
            }
        }
    }

    func radix3() {
        let (xr, xi, yr, yi, m, s) = (xr, xi, yr, yi, m, s)
        let h = 0.866_025_403_784_438_6 * sign  // sin(2π/3)
        for q in 0..<m {
            let w1 = twiddle(q, 1, radix: 3), w2 = twiddle(q, 2, radix: 3)
            for r in 0..<s {
                let i0 = r + s * q, i1 = i0 + s * m, i2 = i1 + s * m
                let tr = xr[i1] + xr[i2], ti = xi[i1] + xi[i2]
                let ur = xr[i1] - xr[i2], ui = xi[i1] - xi[i2]
                let cr = xr[i0] - 0.5 * tr, ci = xi[i0] - 0.5 * ti
                // b1 = c − i·h·u, b2 = c + i·h·u (forward).
                let out = r + s * 3 * q
                yr[out] = xr[i0] + tr
                yi[out] = xi[i0] + ti
                (yr[out + s], yi[out + s]) = Self.rotate(cr + h * ui, ci - h * ur, w1)
                (yr[out + 2 * s], yi[out + 2 * s]) = Self.rotate(cr - h * ui, ci + h * ur, w2)
            }
        }
    }

    func radix5() {
        let (xr, xi, yr, yi, m, s) = (xr, xi, yr, yi, m, s)
        let c1 = 0.309_016_994_374_947_45, c2 = -0.809_016_994_374_947_5  // cos(2π/5), cos(4π/5)
        let s1 = 0.951_056_516_295_153_5 * sign, s2 = 0.587_785_252_292_473_1 * sign
        for q in 0..<m {
            let w1 = twiddle(q, 1, radix: 5), w2 = twiddle(q, 2, radix: 5)
            let w3 = twiddle(q, 3, radix: 5), w4 = twiddle(q, 4, radix: 5)
            for r in 0..<s {
                let i0 = r + s * q, i1 = i0 + s * m, i2 = i1 + s * m, i3 = i2 + s * m, i4 = i3 + s * m
                let t1r = xr[i1] + xr[i4], t1i = xi[i1] + xi[i4]
                let t2r = xr[i2] + xr[i3], t2i = xi[i2] + xi[i3]
                let u1r = xr[i1] - xr[i4], u1i = xi[i1] - xi[i4]
                let u2r = xr[i2] - xr[i3], u2i = xi[i2] - xi[i3]
                let ar = xr[i0] + c1 * t1r + c2 * t2r, ai = xi[i0] + c1 * t1i + c2 * t2i
                let br = xr[i0] + c2 * t1r + c1 * t2r, bi = xi[i0] + c2 * t1i + c1 * t2i
                // Forward: b1 = a − i(s1·u1 + s2·u2), b2 = b − i(s2·u1 − s1·u2).
                let vr = s1 * u1r + s2 * u2r, vi = s1 * u1i + s2 * u2i
                let wr = s2 * u1r - s1 * u2r, wi = s2 * u1i - s1 * u2i
                let out = r + s * 5 * q
                yr[out] = xr[i0] + t1r + t2r
                yi[out] = xi[i0] + t1i + t2i
                (yr[out + s], yi[out + s]) = Self.rotate(ar + vi, ai - vr, w1)
                (yr[out + 2 * s], yi[out + 2 * s]) = Self.rotate(br + wi, bi - wr, w2)
                (yr[out + 3 * s], yi[out + 3 * s]) = Self.rotate(br - wi, bi + wr, w3)
                (yr[out + 4 * s], yi[out + 4 * s]) = Self.rotate(ar - vi, ai + vr, w4)
            }
        }
    }
}

/// One Stockham stage: for `q < m` and `r < s`, reads `p` inputs `x[r + s(q + mk)]`, applies
/// a radix-`p` DFT, multiplies output `j` by the twiddle `w_q^j` and writes it to
/// `y[r + s(pq + j)]`.
struct FFTPass {
    let xr: UnsafeMutablePointer<Double>
    let xi: UnsafeMutablePointer<Double>
    let yr: UnsafeMutablePointer<Double>
    let yi: UnsafeMutablePointer<Double>
    let m: Int
    let s: Int
    let twr: UnsafePointer<Double>
    let twi: UnsafePointer<Double>
    /// +1 forward, −1 inverse (conjugates twiddles and butterfly roots).
    let sign: Double

    @inline(__always)
    private func store(_ r: Double, _ i: Double, at index: Int, twiddle t: Int) {
        if t < 0 {
            yr[index] = r
            yi[index] = i
        } else {
            let wr = twr[t], wi = sign * twi[t]
            yr[index] = r * wr - i * wi
            yi[index] = r * wi + i * wr
        }
    }

    func radix2() {
        for q in 0..<m {
            for r in 0..<s {
                let a = r + s * q, b = a + s * m
                let out = r + s * 2 * q
                store(xr[a] + xr[b], xi[a] + xi[b], at: out, twiddle: -1)
                store(xr[a] - xr[b], xi[a] - xi[b], at: out + s, twiddle: q)
            }
        }
    }

    func radix4() {
        for q in 0..<m {
            for r in 0..<s {
                let i0 = r + s * q, i1 = i0 + s * m, i2 = i1 + s * m, i3 = i2 + s * m
                let t0r = xr[i0] + xr[i2], t0i = xi[i0] + xi[i2]
                let t1r = xr[i0] - xr[i2], t1i = xi[i0] - xi[i2]
                let t2r = xr[i1] + xr[i3], t2i = xi[i1] + xi[i3]
                // (a1 − a3)·(−i) forward, ·(+i) inverse.
                let dr = xr[i1] - xr[i3], di = xi[i1] - xi[i3]
                let t3r = sign * di, t3i = -sign * dr
                let out = r + s * 4 * q
                store(t0r + t2r, t0i + t2i, at: out, twiddle: -1)
                store(t1r + t3r, t1i + t3i, at: out + s, twiddle: 3 * q)
                store(t0r - t2r, t0i - t2i, at: out + 2 * s, twiddle: 3 * q + 1)
                store(t1r - t3r, t1i - t3i, at: out + 3 * s, twiddle: 3 * q + 2)
            }
        }
    }

    func radix3() {
        let h = 0.866_025_403_784_438_6 * sign  // sin(2π/3)
        for q in 0..<m {
            for r in 0..<s {
                let i0 = r + s * q, i1 = i0 + s * m, i2 = i1 + s * m
                let tr = xr[i1] + xr[i2], ti = xi[i1] + xi[i2]
                let ur = xr[i1] - xr[i2], ui = xi[i1] - xi[i2]
                let cr = xr[i0] - 0.5 * tr, ci = xi[i0] - 0.5 * ti
                // b1 = c − i·h·u, b2 = c + i·h·u (forward).
                let out = r + s * 3 * q
                store(xr[i0] + tr, xi[i0] + ti, at: out, twiddle: -1)
                store(cr + h * ui, ci - h * ur, at: out + s, twiddle: 2 * q)
                store(cr - h * ui, ci + h * ur, at: out + 2 * s, twiddle: 2 * q + 1)
            }
        }
    }

    func radix5() {
        let c1 = 0.309_016_994_374_947_45, c2 = -0.809_016_994_374_947_5  // cos(2π/5), cos(4π/5)
        let s1 = 0.951_056_516_295_153_5 * sign, s2 = 0.587_785_252_292_473_1 * sign
        for q in 0..<m {
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
                store(xr[i0] + t1r + t2r, xi[i0] + t1i + t2i, at: out, twiddle: -1)
                store(ar + vi, ai - vr, at: out + s, twiddle: 4 * q)
                store(br + wi, bi - wr, at: out + 2 * s, twiddle: 4 * q + 1)
                store(br - wi, bi + wr, at: out + 3 * s, twiddle: 4 * q + 2)
                store(ar - vi, ai + vr, at: out + 4 * s, twiddle: 4 * q + 3)
            }
        }
    }
}

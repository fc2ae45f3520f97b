import Foundation

/// A complex FFT of one length whose prime factors are 2, 3 and 5, by the Stockham
/// autosort algorithm (decimation in frequency, radices 4, 2, 3, 5; Van Loan,
/// "Computational Frameworks for the Fast Fourier Transform", SIAM 1992, §1.7) on split
/// real/imaginary arrays, four transforms at a time (`FFTLanes`). Plans are immutable and
/// shared across threads; each thread brings its own scratch.
struct FFTPlan: Sendable {
    /// Transform length.
    let length: Int
    /// Radix of each stage, in order.
    let radices: [Int]
    /// For each stage, `m × (p − 1)` twiddles `exp(−2πi·q·j / n_stage)`, `q < m`, `1 ≤ j < p`.
    private let twiddleRe: [[Double]]
    private let twiddleIm: [[Double]]

    /// Whether `n` factors into 2, 3 and 5 only.
    static func isSupported(_ n: Int) -> Bool {
        guard n >= 1 else { return false }
        var m = n
        for p in [2, 3, 5] { while m % p == 0 { m /= p } }
        return m == 1
    }

    /// - Precondition: `isSupported(length)`.
    /// - Complexity: O(n) time and memory.
    init(length n: Int) {
        precondition(Self.isSupported(n), "FFT length must factor into 2, 3 and 5")
        var radices: [Int] = []
        var m = n
        while m % 4 == 0 { radices.append(4); m /= 4 }
        while m % 2 == 0 { radices.append(2); m /= 2 }
        while m % 3 == 0 { radices.append(3); m /= 3 }
        while m % 5 == 0 { radices.append(5); m /= 5 }
        var twRe: [[Double]] = []
        var twIm: [[Double]] = []
        var stage = n
        for p in radices {
            let sub = stage / p
            var re = [Double](repeating: 0, count: sub * (p - 1))
            var im = re
            for q in 0..<sub {
                for j in 1..<p {
                    let angle = -2 * Double.pi * Double(q * j) / Double(stage)
                    re[q * (p - 1) + j - 1] = cos(angle)
                    im[q * (p - 1) + j - 1] = sin(angle)
                }
            }
            twRe.append(re)
            twIm.append(im)
            stage = sub
        }
        length = n
        self.radices = radices
        twiddleRe = twRe
        twiddleIm = twIm
    }

    /// Transforms the four lanes of `(re, im)` in place: `X_k = Σ_j x_j exp(∓2πi·jk/n)`
    /// (− forward, + inverse, unscaled).
    /// - Parameters:
    ///   - scratchRe, scratchIm: `length` elements each, overwritten.
    /// - Complexity: O(n log n).
    func transform(
        re: UnsafeMutablePointer<FFTLanes>, im: UnsafeMutablePointer<FFTLanes>,
        scratchRe: UnsafeMutablePointer<FFTLanes>, scratchIm: UnsafeMutablePointer<FFTLanes>,
        inverse: Bool
    ) {
        var src = (re, im)
        var dst = (scratchRe, scratchIm)
        var stage = length
        var stride = 1
        let sign = inverse ? -1.0 : 1.0  // applied to the imaginary part of twiddles
        for (s, p) in radices.enumerated() {
            let m = stage / p
            twiddleRe[s].withUnsafeBufferPointer { twr in
                twiddleIm[s].withUnsafeBufferPointer { twi in
                    let pass = FFTPass(
                        xr: src.0, xi: src.1, yr: dst.0, yi: dst.1, m: m, s: stride,
                        twr: twr.baseAddress!, twi: twi.baseAddress!, sign: sign)
                    switch p {
                    case 4: pass.radix4()
                    case 2: pass.radix2()
                    case 3: pass.radix3()
                    default: pass.radix5()
                    }
                }
            }
            swap(&src, &dst)
            stage = m
            stride *= p
        }
        if src.0 != re {
            re.update(from: src.0, count: length)
            im.update(from: src.1, count: length)
        }
    }
}

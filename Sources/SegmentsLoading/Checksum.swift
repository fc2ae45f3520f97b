import Crypto

/// SHA-256 checksums of the input files, as lowercase hex (what `sha256sum` prints), computed
/// with swift-crypto (BoringSSL's SHA-NI code on Linux, CryptoKit on Apple platforms).
public enum Checksum {
    /// The SHA-256 digest of `bytes` in lowercase hex.
    /// - Complexity: O(n).
    public static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// The SHA-256 digest of `bytes` in lowercase hex.
    public static func sha256(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { sha256($0) }
    }

    /// Lowercase hex of a digest.
    static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(SHA256.Digest.byteCount * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

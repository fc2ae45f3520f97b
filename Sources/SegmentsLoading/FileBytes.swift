#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files into byte arrays.
enum FileBytes {
    /// The bytes of the file at `path`.
    /// - Throws: ``LoadingError/unreadableFile(file:reason:)``.
    static func contents(ofFile path: String) throws(LoadingError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadableFile(file: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadableFile(file: path, reason: String(cString: strerror(errno)))
        }
        let size = Int(info.st_size)
        var failure: String?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    if got < 0 { failure = String(cString: strerror(errno)) }
                    break
                }
                count += got
            }
        }
        if let failure { throw .unreadableFile(file: path, reason: failure) }
        return bytes
    }
}

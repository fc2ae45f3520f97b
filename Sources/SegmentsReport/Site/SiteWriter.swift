import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Publishes a `Site` atomically: the files are written into a temporary folder beside the
/// target, then the folders are swapped, so readers of a published copy (an intranet server)
/// never see a half-written site, and a failure leaves the previous site untouched.
public enum SiteWriter {
    /// Writes `site` to `directory`, replacing the previous site there, with the
    /// ``SiteTarget/marker`` file added.
    /// - Parameters:
    ///   - site: the files.
    ///   - directory: the target folder; it must pass ``SiteTarget/check(protecting:)``.
    ///   - protected: folders the target may not be nor contain.
    /// - Throws: ``ReportError`` from the target check (nothing touched), or
    ///   `ReportError.writeFailed` naming the path (the previous site is then intact).
    /// - Complexity: O(total size of the files).
    public static func publish(
        _ site: Site, to directory: URL, protecting protected: [SiteTarget.ProtectedFolder] = []
    ) throws(ReportError) {
        try SiteTarget(directory).check(protecting: protected)
        var site = site
        site.add(SiteTarget.marker, text: SiteTarget.markerContent)
        let fileManager = FileManager.default
        let target = directory.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(token)")
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .writeFailed(path: staging.path, reason: error.localizedDescription)
        }
        do {
            for file in site.files {
                let url = staging.appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard fileManager.createFile(atPath: url.path, contents: Data(file.bytes)) else {
                    throw ReportError.writeFailed(path: url.path, reason: "cannot create file")
                }
            }
            try swap(staging, into: target)
        } catch {
            try? fileManager.removeItem(at: staging)
            if let error = error as? ReportError { throw error }
            throw .writeFailed(path: target.path, reason: error.localizedDescription)
        }
    }

    /// Moves `staging` to `target`: an atomic exchange when a site is already there (Linux
    /// `renameat2(RENAME_EXCHANGE)`), else a plain rename; the old site is then removed.
    private static func swap(_ staging: URL, into target: URL) throws(ReportError) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw .writeFailed(path: target.path, reason: "exists and is not a folder")
        }
        if !exists {
            guard rename(staging.path, target.path) == 0 else {
                throw .writeFailed(path: target.path, reason: String(cString: strerror(errno)))
            }
            return
        }
        if exchange(staging.path, target.path) {
            try? fileManager.removeItem(at: staging)  // now holds the previous site
            return
        }
        // No atomic exchange (another OS or file system): two renames, a short window.
        let old = URL(fileURLWithPath: staging.path + ".old")
        guard rename(target.path, old.path) == 0 else {
            throw .writeFailed(path: target.path, reason: String(cString: strerror(errno)))
        }
        guard rename(staging.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old.path, target.path)
            throw .writeFailed(path: target.path, reason: reason)
        }
        try? fileManager.removeItem(at: old)
    }

    /// Atomically exchanges two paths where the system supports it (glibc's `renameat2`,
    /// looked up at run time since Swift's Glibc module does not export it).
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        let defaultHandle = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
        guard let symbol = dlsym(defaultHandle, "renameat2") else { return false }
        let renameExchange: UInt32 = 2  // RENAME_EXCHANGE from <linux/fs.h>
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }
}

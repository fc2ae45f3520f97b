import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Absolute paths with symbolic links and `.`/`..` resolved, also for a path whose last
/// components do not exist yet (they are appended to the resolved existing ancestor).
enum CanonicalPath {
    /// The canonical form of `path`, taken relative to the current directory when relative.
    static func of(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var missing: [String] = []
        while true {
            if let resolved = realPath("/" + existing.joined(separator: "/")) {
                return normalized(resolved, appending: missing)
            }
            guard let last = existing.popLast() else { return normalized("/", appending: missing) }
            missing.insert(last, at: 0)
        }
    }

    /// Whether `inner` is `outer` or lies inside it (both canonical).
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == inner || outer == "/" || inner.hasPrefix(outer + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// `base` followed by `components`, with `.` dropped and `..` removing its predecessor.
    private static func normalized(_ base: String, appending components: [String]) -> String {
        var parts = base.split(separator: "/").map(String.init)
        for component in components {
            switch component {
            case "", ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}

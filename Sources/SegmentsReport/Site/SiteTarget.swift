import Foundation

/// The folder a site is published to, checked so that publishing never deletes a file the
/// tool did not write.
///
/// A folder is replaced only when it does not exist, is empty, or is a site: it carries the
/// ``marker`` file, or `data/results.json` (a site written before the marker existed), or
/// holds only the repository's `site/README.md` placeholder. Whatever it holds, the target
/// may not be, nor contain, a protected folder (the input folder, the current directory, the
/// home directory, `/`), symbolic links and `..` resolved.
public struct SiteTarget: Sendable {
    /// The marker file every published site carries, holding the tool version.
    public static let marker = ".segments-site"

    /// A folder a site may never replace, and why.
    public struct ProtectedFolder: Sendable, Equatable {
        /// What the folder is to the user.
        public enum Role: String, Sendable, Equatable {
            case inputFolder = "the input folder (--data)"
            case currentDirectory = "the current directory"
            case homeDirectory = "the home directory"
            case root = "the root folder /"
        }
        public var path: String
        public var role: Role

        public init(path: String, role: Role) {
            self.path = path
            self.role = role
        }
    }

    /// The target folder as given.
    public let url: URL

    /// - Parameter url: the `--out` folder.
    public init(_ url: URL) {
        self.url = url
    }

    /// The folders no site may replace or contain: `input` (when given), the current
    /// directory, `$HOME` and `/`.
    public static func protectedFolders(input: URL?) -> [ProtectedFolder] {
        var folders: [ProtectedFolder] = []
        if let input { folders.append(.init(path: input.path, role: .inputFolder)) }
        folders.append(.init(path: FileManager.default.currentDirectoryPath, role: .currentDirectory))
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty {
            folders.append(.init(path: home, role: .homeDirectory))
        }
        folders.append(.init(path: "/", role: .root))
        return folders
    }

    /// Checks that publishing to the target deletes nothing but a previous site.
    /// - Parameter protected: folders the target may not be nor contain.
    /// - Throws: ``ReportError/outputProtected(path:protected:role:)`` or
    ///   ``ReportError/outputNotASite(path:found:)``, naming the folder; nothing is touched.
    /// - Complexity: O(number of entries in the target folder).
    public func check(protecting protected: [ProtectedFolder]) throws(ReportError) {
        let target = CanonicalPath.of(url.path)
        for folder in protected where CanonicalPath.contains(target, CanonicalPath.of(folder.path)) {
            throw .outputProtected(path: url.path, protected: folder.path, role: folder.role.rawValue)
        }
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue else {
            return  // absent (created), or a file (refused by the writer without touching it)
        }
        let entries: [String]
        do {
            entries = try fileManager.contentsOfDirectory(atPath: target).sorted()
        } catch {
            throw .writeFailed(path: url.path, reason: error.localizedDescription)
        }
        if entries.isEmpty || entries.contains(Self.marker) { return }
        if fileManager.fileExists(atPath: target + "/data/results.json") { return }
        if entries == ["README.md"],
            fileManager.contents(atPath: target + "/README.md") == Data(ReportBuilder.readme.utf8)
        {
            return
        }
        throw .outputNotASite(path: url.path, found: entries)
    }

    /// The marker file's content: the tool name and version.
    static var markerContent: String { "segments \(ToolVersion.current)\n" }
}

import SegmentsCharts
/// A report website built in memory: files keyed by their path relative to the site root,
/// kept in insertion order so listings and checksums are deterministic.
public struct Site: Sendable {
    /// One file of the site.
    public struct File: Sendable {
        /// Path relative to the site root, with `/` separators (e.g. `data/results.json`).
        public var path: String
        public var bytes: [UInt8]
    }

    public private(set) var files: [File] = []

    public init() {}

    /// Adds or replaces the file at `path`.
    public mutating func add(_ path: String, _ bytes: [UInt8]) {
        if let index = files.firstIndex(where: { $0.path == path }) {
            files[index].bytes = bytes
        } else {
            files.append(File(path: path, bytes: bytes))
        }
    }

    /// Adds or replaces the UTF-8 text file at `path`.
    public mutating func add(_ path: String, text: String) {
        add(path, Array(text.utf8))
    }

    /// The file at `path`, if any.
    public subscript(path: String) -> [UInt8]? {
        files.first { $0.path == path }?.bytes
    }

    /// Well-formedness problems of every HTML and SVG file, checked with libxml2.
    /// - Complexity: O(total size of the pages).
    public func validationIssues() -> [ValidationIssue] {
        files.filter { $0.path.hasSuffix(".html") || $0.path.hasSuffix(".svg") }
            .flatMap { PageValidator.validate($0.bytes, name: $0.path) }
    }
}

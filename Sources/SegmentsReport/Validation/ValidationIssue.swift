import SegmentsCharts
/// One well-formedness problem found by libxml2 in a page or an SVG file.
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    /// File name, relative to the validated folder.
    public var file: String
    /// 1-based line, or 0 when libxml2 gave none.
    public var line: Int
    /// libxml2's message, trimmed.
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the format of compilers and of `xmllint`.
    public var description: String { "\(file):\(line): \(message)" }
}

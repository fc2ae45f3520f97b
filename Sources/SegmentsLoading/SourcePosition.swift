/// A place in an input file: file name, physical line and character column, both 1-based.
///
/// Lines are counted in physical lines, so a line break inside a quoted field advances the
/// line; columns count Unicode scalars from the start of that physical line, as compilers
/// and editors do. Formatted `file:line:column`.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    /// The file name (for in-memory input, the name the bytes were given under).
    public var file: String
    /// The 1-based physical line.
    public var line: Int
    /// The 1-based character column within the line.
    public var column: Int

    /// Creates a position.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}

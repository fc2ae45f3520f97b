/// A configuration file that cannot be used, said as `file:line:column: key: what was expected`.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as given on the command line.
    public var file: String
    /// Line of the offending node, from 1 (0 when the file could not be read at all).
    public var line: Int
    /// Column of the offending node, from 1, in Unicode scalars.
    public var column: Int
    /// The dotted key path, such as `segmentation.k.max`; `(file)`, `(syntax)` or `(document)`
    /// (the whole document, such as a list instead of a mapping) for errors that are not about
    /// one key.
    public var key: String
    /// What was expected, and what was found.
    public var message: String

    public init(file: String, line: Int, column: Int, key: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(key): \(message)" }
}

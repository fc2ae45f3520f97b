/// A column of free text (review titles and comments) stored as UTF-8 in one buffer.
///
/// An empty field is a missing value: ``subscript(_:)`` returns `nil` for it.
public struct TextColumn: Sendable, Equatable {
    private var arena = ByteArena()

    /// Creates an empty column.
    public init() {}

    /// Creates a column from texts (`nil` or empty = missing).
    public init(_ texts: some Sequence<String?>) {
        for text in texts { append(text) }
    }

    /// The number of rows.
    public var count: Int { arena.count }

    /// The text of `row`, or `nil` when missing.
    public subscript(row: Int) -> String? {
        arena.length(row) == 0 ? nil : arena.string(row)
    }

    /// Whether the text of `row` is missing.
    public func isMissing(_ row: Int) -> Bool {
        arena.length(row) == 0
    }

    /// The length of the text of `row` in UTF-8 bytes (0 when missing).
    public func utf8Count(_ row: Int) -> Int {
        arena.length(row)
    }

    /// Appends a row (`nil` or empty = missing).
    public mutating func append(_ text: String?) {
        var text = text ?? ""
        text.withUTF8 { arena.append($0) }
    }

    /// Appends a row from UTF-8 bytes.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        arena.append(bytes)
    }
}

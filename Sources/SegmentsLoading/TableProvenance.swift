/// Where a table came from: the file, its size and checksum, and how many rows were used.
public struct TableProvenance: Hashable, Sendable {
    /// The file name.
    public var file: String
    /// The file size in bytes.
    public var byteCount: Int
    /// The SHA-256 of the file's bytes, 64 lowercase hexadecimal digits (as `sha256sum` prints).
    public var sha256: String
    /// The encoding the file was read in (transcoded to UTF-8 when not UTF-8).
    public var encoding: TextEncoding
    /// Columns in the header.
    public var columns: Int
    /// Data records in the file (the header excluded).
    public var records: Int
    /// Rows kept in the dataset.
    public var rows: Int
}

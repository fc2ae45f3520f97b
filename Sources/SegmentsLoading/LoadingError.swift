/// A fatal input problem: loading stops and nothing is reported.
///
/// Row-level problems (an unparsable value in one row, a duplicate key, an orphan reference)
/// are not errors: they are counted in ``DataQualityReport``. Each case carries what a user
/// needs to find and fix the problem; ``description`` reads `file:line:column: message`.
public enum LoadingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input folder does not exist or is not a folder.
    case directoryNotFound(path: String)
    /// A required file is absent from the folder (or from the in-memory file set).
    case fileNotFound(file: String, directory: String)
    /// A file exists but could not be read.
    case unreadableFile(file: String, reason: String)
    /// The file changed (size or modification time) while it was read: another program is
    /// writing it.
    case fileChanged(file: String, reason: String)
    /// The file has no header line: it is empty or holds only blank lines.
    case emptyFile(file: String)
    /// The file's bytes are in an encoding the tool cannot read: UTF-8 mixed with another
    /// encoding, UTF-16 without a byte order mark, broken UTF-16.
    case unsupportedEncoding(at: SourcePosition, found: String)
    /// The fields are separated by another character than a comma (`separator` names it).
    case wrongDelimiter(at: SourcePosition, separator: String, header: String)
    /// The header line is malformed: an empty or repeated column name, or control characters.
    case invalidHeader(at: SourcePosition, expected: String, found: String)
    /// A column the tool needs is absent from the header.
    case missingColumn(at: SourcePosition, column: String, header: [String])
    /// Broken quoting: a quoted field never closed, a quote inside an unquoted field, or
    /// text after a closing quote.
    case brokenQuoting(at: SourcePosition, expected: String, found: String)
    /// The file has a header but no data rows.
    case emptyTable(file: String)
    /// A column a transaction log is mapped to is not in its header (`option` is the
    /// command-line option that names it).
    case unmappedColumn(at: SourcePosition, column: String, option: String, header: [String])
    /// Every data row of a transaction log was left out; `firstProblem` is the first reason.
    case noUsableRow(file: String, rows: Int, firstProblem: String)

    /// A human-readable message, `file:line:column: message` when a position is known.
    public var description: String {
        switch self {
        case .directoryNotFound(let path):
            return "\(path): input folder not found (expected a folder of Olist CSV files)"
        case .fileNotFound(let file, let directory):
            return "\(directory)/\(file): file not found (expected the Olist file \(file))"
        case .unreadableFile(let file, let reason):
            return "\(file): cannot read file: \(reason)"
        case .fileChanged(let file, let reason):
            return "\(file): the file changed while it was read (\(reason)); "
                + "wait until the program writing it has finished, then run again"
        case .emptyFile(let file):
            return "\(file):1:1: empty file: expected a header line with column names"
        case .unsupportedEncoding(let position, let found):
            return "\(position): unreadable text encoding: expected UTF-8, UTF-16 with a byte order mark "
                + "or Latin-1 (Windows-1252) throughout, found \(found); save the file again as UTF-8 CSV"
        case .wrongDelimiter(let position, let separator, let header):
            return "\(position): the file is \(separator)-separated (header \"\(header)\"): expected fields separated "
                + "by commas, as in the Olist export; save it again as CSV with a comma as the field separator"
        case .invalidHeader(let position, let expected, let found):
            return "\(position): invalid header: expected \(expected), found \(found)"
        case .missingColumn(let position, let column, let header):
            let names = header.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(position): missing required column \"\(column)\"; the header has \(names)"
        case .brokenQuoting(let position, let expected, let found):
            return "\(position): broken quoting: expected \(expected), found \(found)"
        case .emptyTable(let file):
            return "\(file):2:1: empty table: expected data rows after the header"
        case .unmappedColumn(let position, let column, let option, let header):
            let names = header.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(position): no column \"\(column)\" (\(option)) in the header; the file's columns are \(names)"
        case .noUsableRow(let file, let rows, let firstProblem):
            return "\(file): none of the \(rows) data rows could be used; the first problem: \(firstProblem)"
        }
    }
}

/// One recoverable, row-level input problem, with where it is and what was expected.
///
/// Formatted like ``LoadingError``: `file:line:column: message`.
public struct DataIssue: Hashable, Sendable, CustomStringConvertible {
    /// The classes of row-level problems.
    public enum Kind: String, CaseIterable, Sendable {
        /// A record with more or fewer fields than the header: the row is rejected.
        case wrongFieldCount
        /// A required value (a key, a purchase date, a price, …) is empty: the row is rejected.
        case missingValue
        /// A number that does not parse: the row is rejected if the column is required,
        /// otherwise the value is kept as missing.
        case invalidNumber
        /// A date that does not parse: the row is rejected if the column is required,
        /// otherwise the value is kept as missing.
        case invalidTimestamp
        /// A value that parses but is not believable (see ``PlausibilityRules``): a purchase
        /// dated in the future or before 2000, a negative price, a review score of 7, …. The row
        /// is rejected when the value is required, an optional date is kept as missing.
        case implausibleValue
        /// A value outside a closed set (order status, payment type): kept as `.other`.
        case unknownValue
        /// A repeated primary key: the later row is rejected (for reviews it is kept, see
        /// ``OrderReviews``).
        case duplicateKey
        /// A transaction-log row with a negative amount (a return or refund): left out (see
        /// ``OlistDataset/load(transactions:mapping:logger:rules:)``).
        case negativeAmount
        /// A transaction-log row with an amount of zero: left out.
        case zeroAmount
        /// A reference to a key absent from the referenced table: kept, with row index -1.
        /// Reported in ``DataQualityReport/references``, not in ``DataQualityReport/issues``.
        case unknownReference
        /// A row that no other table refers to (an order without items, …): kept.
        /// Reported in ``DataQualityReport/references``, not in ``DataQualityReport/issues``.
        case unreferencedRow
    }

    /// What kind of problem.
    public var kind: Kind
    /// Where: the start of the offending field (or of the record).
    public var position: SourcePosition
    /// The column name the problem is in (empty for a whole record).
    public var column: String
    /// What was expected and what was found.
    public var message: String
    /// Whether the row was left out of the dataset.
    public var rowRejected: Bool

    /// Creates an issue.
    public init(kind: Kind, position: SourcePosition, column: String, message: String, rowRejected: Bool) {
        self.kind = kind
        self.position = position
        self.column = column
        self.message = message
        self.rowRejected = rowRejected
    }

    /// `file:line:column: message`.
    public var description: String { "\(position): \(message)" }
}

/// All issues of one kind in one column of one file: the full count and the first examples.
public struct DataIssueSummary: Hashable, Sendable {
    /// The file name.
    public var file: String
    /// The kind of problem.
    public var kind: DataIssue.Kind
    /// The column name (empty for whole records).
    public var column: String
    /// How many times it occurred.
    public var count: Int
    /// How many of those rows were rejected.
    public var rejectedRows: Int
    /// The first occurrences, at most ``DataIssueLog/exampleLimit``.
    public var examples: [DataIssue]
}

/// Collects issues: counts every one, keeps the first examples of each (file, kind, column).
struct DataIssueLog: Sendable {
    /// How many examples are kept per (file, kind, column).
    static let exampleLimit = 20

    private(set) var summaries: [DataIssueSummary] = []
    private var indices: [String: Int] = [:]

    /// Records one issue.
    mutating func record(_ issue: DataIssue) {
        let key = "\(issue.position.file)\u{0}\(issue.kind.rawValue)\u{0}\(issue.column)"
        let index: Int
        if let existing = indices[key] {
            index = existing
        } else {
            index = summaries.count
            indices[key] = index
            summaries.append(
                DataIssueSummary(
                    file: issue.position.file, kind: issue.kind, column: issue.column,
                    count: 0, rejectedRows: 0, examples: []))
        }
        summaries[index].count += 1
        if issue.rowRejected { summaries[index].rejectedRows += 1 }
        if summaries[index].examples.count < Self.exampleLimit { summaries[index].examples.append(issue) }
    }

    /// Appends another log's summaries after this one's.
    mutating func append(contentsOf other: DataIssueLog) {
        for summary in other.summaries {
            let key = "\(summary.file)\u{0}\(summary.kind.rawValue)\u{0}\(summary.column)"
            precondition(indices[key] == nil, "issue logs of one file merged twice")
            indices[key] = summaries.count
            summaries.append(summary)
        }
    }
}

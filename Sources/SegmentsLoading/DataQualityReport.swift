/// Everything found wrong with the input that did not stop loading.
///
/// Fatal problems are ``LoadingError``s. Everything here was counted, never silently dropped:
/// per table the missing and unparsable values of each column and the rejected rows; per kind
/// of row-level problem a count and the first examples with their positions; per join the
/// match rate with the unmatched (orphan) rows.
public struct DataQualityReport: Hashable, Sendable {
    /// One entry per loaded file, in ``OlistFile`` order.
    public var tables: [TableQuality]
    /// Row-level problems by file, kind and column, in file order.
    public var issues: [DataIssueSummary]
    /// Join checks, in ``ReferenceCheck/Relation`` order (those whose tables are present).
    public var references: [ReferenceCheck]

    /// The quality figures of one file, if it was loaded.
    public func table(_ file: OlistFile) -> TableQuality? {
        tables.first { $0.file == file.rawValue }
    }

    /// The check of one join.
    public func reference(_ relation: ReferenceCheck.Relation) -> ReferenceCheck? {
        references.first { $0.relation == relation }
    }

    /// The total count of issues of one kind.
    public func count(of kind: DataIssue.Kind) -> Int {
        issues.filter { $0.kind == kind }.reduce(0) { $0 + $1.count }
    }

    /// Rows left out of the dataset, over all tables.
    public var rejectedRows: Int {
        tables.reduce(0) { $0 + $1.rowsRejected }
    }

    /// Rows whose primary key repeats an earlier row's, over all tables.
    public var duplicateKeys: Int {
        tables.reduce(0) { $0 + $1.duplicateKeys }
    }

    /// Empty fields, over all columns of all tables.
    public var missingValues: Int {
        tables.reduce(0) { $0 + $1.columns.reduce(0) { $0 + $1.missing } }
    }

    /// Row-level problems counted, over all kinds.
    public var problems: Int {
        issues.reduce(0) { $0 + $1.count }
    }

    /// Rows whose reference found no match, over all join checks.
    public var unmatchedReferences: Int {
        references.reduce(0) { $0 + $1.unmatched }
    }
}

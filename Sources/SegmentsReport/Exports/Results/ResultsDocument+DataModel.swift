import SegmentsAnalytics
import SegmentsLoading

extension ResultsDocument.EDA {
    /// The `eda.data_model` object: row counts and the match rate of every join.
    struct DataModel: Encodable {
        struct Table: Encodable {
            var file: String
            var rows: Int
        }
        struct Reference: Encodable {
            var relation: String
            var file: String
            var column: String
            var target: String
            var checked: Int
            var unmatched: Int
            var matchRate: JSONFigure
        }
        struct ZipCoverage: Encodable {
            var checked: Int
            var unmatched: Int
            var matchRate: JSONFigure
        }

        var tables: [Table]
        var references: [Reference]
        var customerZipCoverage: JSONNullable<ZipCoverage>

        init(dataset: OlistDataset, zipCoverage: EDAResult.ZipCoverage?) {
            tables = dataset.provenance.map { Table(file: $0.file, rows: $0.rows) }
            references = dataset.quality.references.map { check in
                Reference(
                    relation: check.relation.rawValue, file: check.relation.source.file.rawValue,
                    column: check.relation.source.column, target: check.relation.target.rawValue, checked: check.checked,
                    unmatched: check.unmatched, matchRate: JSONFigure(check.matchRate))
            }
            customerZipCoverage = JSONNullable(zipCoverage.map {
                ZipCoverage(checked: $0.checked, unmatched: $0.unmatched, matchRate: JSONFigure($0.matchRate))
            })
        }
    }

    /// The `eda.data_quality` object: per table, rows read, kept, rejected and duplicated,
    /// and the missing and unparsable values of each column.
    struct DataQuality: Encodable {
        struct Column: Encodable {
            var column: String
            var missing: Int
            var missingShare: JSONFigure
            var invalid: Int
        }
        struct Table: Encodable {
            var file: String
            var records: Int
            var rowsKept: Int
            var rowsRejected: Int
            var duplicateKeys: Int
            var columns: [Column]
        }

        var rejectedRows: Int
        var duplicateKeys: Int
        var missingValues: Int
        var problems: Int
        var unmatchedReferences: Int
        var tables: [Table]
        /// Row-level problems by file, kind and column, with the position of the first.
        var issues: [Issue]

        struct Issue: Encodable {
            var file: String
            var kind: String
            var column: String
            var count: Int
            var rejectedRows: Int
            var first: String?
        }

        init(_ quality: DataQualityReport) {
            rejectedRows = quality.rejectedRows
            duplicateKeys = quality.duplicateKeys
            missingValues = quality.missingValues
            problems = quality.problems
            unmatchedReferences = quality.unmatchedReferences
            issues = quality.issues.map {
                Issue(
                    file: $0.file, kind: $0.kind.rawValue, column: $0.column, count: $0.count,
                    rejectedRows: $0.rejectedRows, first: $0.examples.first.map { "\($0.position)" })
            }
            tables = quality.tables.map { table in
                Table(
                    file: table.file, records: table.records, rowsKept: table.rowsKept, rowsRejected: table.rowsRejected,
                    duplicateKeys: table.duplicateKeys,
                    columns: table.columns.map {
                        Column(column: $0.name, missing: $0.missing, missingShare: JSONFigure(table.missingShare($0)), invalid: $0.invalid)
                    })
            }
        }
    }
}

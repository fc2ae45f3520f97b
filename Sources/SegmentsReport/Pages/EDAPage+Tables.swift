import SegmentsAnalytics
import SegmentsLoading

/// The tables of the exploration page: RFM segments, join checks, rows per file and
/// missing values per column.
extension EDAPage {
    var rfmRows: [EDAModel.SegmentRow] {
        result.rfm.summaries.map { summary in
            .init(
                segment: words.segmentName(summary.segment), description: words.segmentSummary(summary.segment),
                buyers: count(summary.buyers), buyerShare: tableShare(summary.buyerShare),
                revenueShare: tableShare(summary.revenueShare),
                averageBasket: summary.averageBasket.map { money($0) } ?? language.missingValue,
                averageRecency: summary.averageRecency.map { number($0, decimals: 0) } ?? language.missingValue)
        }
    }

    var joinRows: [EDAModel.JoinRow] {
        var rows = dataset.quality.references.map { check in
            EDAModel.JoinRow(
                join: joinDescription(check.relation), checked: count(check.checked), unmatched: count(check.unmatched),
                matchRate: share(check.matchRate, decimals: 2), class: check.unmatched == 0 ? "" : "warn")
        }
        if let zip = result.customerZipCoverage {
            rows.append(.init(
                join: words("eda.join.zipCoverage"), checked: count(zip.checked), unmatched: count(zip.unmatched),
                matchRate: share(zip.matchRate, decimals: 2), class: zip.unmatched == 0 ? "" : "warn"))
        }
        return rows
    }

    /// What a join check counts, in words.
    func joinDescription(_ relation: ReferenceCheck.Relation) -> String {
        let (file, column) = relation.source
        let source = Self.tableName(file)
        let target = Self.tableName(relation.target)
        let arguments = ["source": source, "column": column, "target": target]
        if relation == .productCategory { return words("eda.join.translated", arguments) }
        return words(relation.isReverse ? "eda.join.reverse" : "eda.join.forward", arguments)
    }

    var tableRows: [EDAModel.FileRow] {
        dataset.quality.tables.map { table in
            .init(
                file: table.file, records: count(table.records), kept: count(table.rowsKept),
                rejected: count(table.rowsRejected), duplicates: count(table.duplicateKeys),
                class: table.rowsRejected == 0 ? "" : "warn")
        }
    }

    var missingRows: [EDAModel.MissingRow] {
        dataset.quality.tables.flatMap { table in
            table.columns.filter { $0.missing > 0 || $0.invalid > 0 }.map { column in
                EDAModel.MissingRow(
                    file: table.file, column: column.name, missing: count(column.missing),
                    share: tableShare(table.missingShare(column)),
                    invalid: count(column.invalid))
            }
        }
    }

    /// The short table name of a file: `olist_order_items_dataset.csv` → `order_items`.
    static func tableName(_ file: OlistFile) -> String {
        switch file {
        case .customers: "customers"
        case .orders: "orders"
        case .orderItems: "order_items"
        case .payments: "order_payments"
        case .reviews: "order_reviews"
        case .products: "products"
        case .sellers: "sellers"
        case .categoryTranslation: "category_name_translation"
        case .geolocation: "geolocation"
        }
    }
}

/// The reviews table (`olist_order_reviews_dataset.csv`), joined to orders.
///
/// The published data repeats some `review_id`s, each time for another order of the same
/// buyer; such rows are all kept (each order has its review) and each repeat is logged as a
/// ``DataIssue/Kind/duplicateKey``.
public struct OrderReviews: Sendable {
    /// Column names in the file.
    public enum ColumnName {
        public static let reviewID = "review_id"
        public static let orderID = "order_id"
        public static let score = "review_score"
        public static let title = "review_comment_title"
        public static let message = "review_comment_message"
        public static let created = "review_creation_date"
        public static let answered = "review_answer_timestamp"
    }

    /// `review_id`s (distinct; fewer than rows when ids repeat).
    public internal(set) var ids = Interner()
    /// Per row: the review id's code in ``ids``.
    public internal(set) var review: [Int32] = []
    /// Per row: the row in ``Orders``; -1 when the `order_id` is unknown.
    public internal(set) var order: [Int32] = []
    /// Per row: the score, 1 to 5 (required).
    public internal(set) var score: [Int32] = []
    /// Per row: the comment title.
    public internal(set) var title = TextColumn()
    /// Per row: the comment text (may span lines).
    public internal(set) var message = TextColumn()
    /// Per row: when the satisfaction survey was sent.
    public internal(set) var created: [Timestamp?] = []
    /// Per row: when the customer answered it.
    public internal(set) var answered: [Timestamp?] = []
    /// `order_id`s as read, before the join.
    var orderKeys = Interner()
    var origins = RowOrigins()

    /// The number of rows.
    public var count: Int { review.count }

    /// Reads the table; rows without ids or a score from 1 to 5 are rejected.
    static func parse(_ table: inout CSVTable) throws(LoadingError) -> OrderReviews {
        let id = try table.requiredColumn(ColumnName.reviewID)
        let order = try table.requiredColumn(ColumnName.orderID)
        let score = try table.requiredColumn(ColumnName.score)
        let title = try table.requiredColumn(ColumnName.title)
        let message = try table.requiredColumn(ColumnName.message)
        let created = try table.requiredColumn(ColumnName.created)
        let answered = try table.requiredColumn(ColumnName.answered)
        var result = OrderReviews()
        let rows = table.estimatedRows
        result.ids.reserveCapacity(rows, length: 32)
        result.orderKeys.reserveCapacity(rows, length: 32)
        for column in [\OrderReviews.review, \.order, \.score] { result[keyPath: column].reserveCapacity(rows) }
        result.created.reserveCapacity(rows)
        result.answered.reserveCapacity(rows)
        while try table.nextRow() {
            guard table.requirePresent(id, order), let value = table.requiredPlausibleInt32(score, in: 1...5) else { continue }
            let before = result.ids.count
            result.review.append(table.intern(id, into: &result.ids))
            if result.ids.count == before {
                let found = table.quotedText(id)
                table.note(
                    .duplicateKey, column: id,
                    message: "duplicate review_id \(found): expected a unique key; the row is kept")
            }
            result.order.append(table.intern(order, into: &result.orderKeys))
            result.score.append(value)
            table.text(title, into: &result.title)
            table.text(message, into: &result.message)
            result.created.append(table.optionalPlausibleTimestamp(created, .event))
            result.answered.append(table.optionalPlausibleTimestamp(answered, .event))
            table.keepRow()
        }
        return result
    }
}

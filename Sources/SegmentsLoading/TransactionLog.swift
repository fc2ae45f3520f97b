/// The usable rows of a transaction log, column by column, as read from its CSV file.
///
/// Values may be padded with spaces or tabs (removed); ids are text, so `00042` stays
/// `00042`. Row rules, each counted in the data-quality report:
/// - a missing customer, date or amount, an unparsable date or amount, or a date outside the
///   plausible range (see ``PlausibilityRules``) rejects the row;
/// - a negative amount or quantity is a return or refund, a zero amount or quantity is no
///   sale: such rows are left out of orders, items and revenue (``DataIssue/Kind/negativeAmount``,
///   ``DataIssue/Kind/zeroAmount``), so that every figure counts purchases only;
/// - an unparsable or out-of-range review score (1 to 5) or quantity is kept as missing
///   (a row without quantity is one item); quantities are rounded and capped at
///   ``maximumUnits`` items per row;
/// - with an order column, a row whose order id already belongs to another customer is
///   rejected (``DataIssue/Kind/duplicateKey``).
struct TransactionLog {
    /// Customer ids, coded in order of first appearance.
    var customers = Interner()
    /// Order ids (with an order column).
    var orderKeys = Interner()
    /// Category names (with a category column).
    var categories = Interner()
    /// Per kept row: the customer's code.
    var customer: [Int32] = []
    /// Per kept row: the order's code, or -1 without an order column.
    var order: [Int32] = []
    /// Per kept row: the 1-based line it starts on (the order id without an order column).
    var line: [Int32] = []
    /// Per kept row: the date.
    var date: [Timestamp] = []
    /// Per kept row: the amount, more than 0.
    var amount: [Double] = []
    /// Per kept row: the review score 1–5, 0 when missing.
    var review: [Int8] = []
    /// Per kept row: the number of items, 1 to ``maximumUnits``.
    var units: [Int32] = []
    /// Per kept row: the category's code, -1 when missing.
    var category: [Int32] = []
    /// Per order code: its customer.
    var orderCustomer: [Int32] = []

    /// Items counted for one row at most (a wholesale line of 10,000 units counts as this many).
    static let maximumUnits: Int32 = 1_000

    /// The number of kept rows.
    var count: Int { customer.count }

    /// Reads every row of `table` with `mapping`.
    /// - Throws: ``LoadingError/unmappedColumn(at:column:option:header:)`` or a fatal reader error.
    static func parse(_ table: inout CSVTable, mapping: TransactionMapping) throws(LoadingError) -> TransactionLog {
        func column(_ role: TransactionMapping.Role, _ name: String?) throws(LoadingError) -> CSVTable.Column {
            guard let name else { return CSVTable.Column(index: -1, name: role.rawValue) }
            if let index = table.header.firstIndex(of: name) ?? table.header.firstIndex(where: {
                $0.caseInsensitiveCompare(name) == .orderedSame
            }) {
                return CSVTable.Column(index: index, name: table.header[index])
            }
            throw .unmappedColumn(
                at: SourcePosition(file: table.file, line: 1, column: 1), column: name, option: role.option,
                header: table.header)
        }
        let customer = try column(.customer, mapping.customer)
        let date = try column(.date, mapping.date)
        let amount = try column(.amount, mapping.amount)
        let order = try column(.order, mapping.order)
        let review = try column(.review, mapping.review)
        let quantity = try column(.quantity, mapping.quantity)
        let category = try column(.category, mapping.category)
        var log = TransactionLog()
        let rows = table.estimatedRows
        log.customers.reserveCapacity(rows / 2, length: 12)
        if order.isPresent { log.orderKeys.reserveCapacity(rows, length: 12) }
        log.customer.reserveCapacity(rows)
        log.order.reserveCapacity(rows)
        log.line.reserveCapacity(rows)
        log.date.reserveCapacity(rows)
        log.amount.reserveCapacity(rows)
        log.review.reserveCapacity(rows)
        log.units.reserveCapacity(rows)
        log.category.reserveCapacity(rows)
        // Order lines come in runs of one order (and one customer): a key equal to the previous
        // row's takes its code without a hash-table lookup, the loader's main cost.
        var recentCustomer = RecentKey()
        var recentOrder = RecentKey()
        let format = mapping.dateFormat
        let decimalComma = mapping.decimalComma
        while try table.nextRow() {
            guard table.requirePresentTrimmed(customer, date, amount), !order.isPresent || table.requirePresentTrimmed(order),
                let when = table.requiredTrimmed(date, expected: format.expected, kind: .invalidTimestamp, parse: format.parse),
                table.plausibleEvent(when, date),
                let value = table.requiredTrimmed(
                    amount, expected: Self.amountExpectation(decimalComma), kind: .invalidNumber,
                    parse: { Self.amount($0, decimalComma: decimalComma) })
            else { continue }
            let count = quantity.isPresent ? table.optionalTrimmed(quantity, expected: "a number of units like 2", parse: NumberParsing.double) : nil
            if value < 0 || (count ?? 1) < 0 {
                table.leaveOut(.negativeAmount, value < 0 ? amount : quantity, what: value < 0 ? "a negative amount" : "a negative quantity", meaning: "a return or refund")
                continue
            }
            if value == 0 || count == 0 {
                table.leaveOut(.zeroAmount, value == 0 ? amount : quantity, what: value == 0 ? "an amount of zero" : "a quantity of zero", meaning: "no sale")
                continue
            }
            var score: Int8 = 0
            if review.isPresent,
                let parsed = table.optionalTrimmed(review, expected: "a review score from 1 to 5", parse: NumberParsing.double)
            {
                let rounded = parsed.rounded()
                if rounded >= 1 && rounded <= 5 {
                    score = Int8(rounded)
                } else {
                    table.noteImplausible(review, expected: "a review score from 1 to 5")
                }
            }
            let customerCode = table.internTrimmed(customer, into: &log.customers, recent: &recentCustomer)
            var orderCode: Int32 = -1
            if order.isPresent {
                orderCode = table.internTrimmed(order, into: &log.orderKeys, recent: &recentOrder)
                if Int(orderCode) == log.orderCustomer.count {
                    log.orderCustomer.append(customerCode)
                } else if log.orderCustomer[Int(orderCode)] != customerCode {
                    let owner = log.customers[log.orderCustomer[Int(orderCode)]]
                    table.rejectConflict(order, owner: owner, customerColumn: customer.name)
                    continue
                }
            }
            log.customer.append(customerCode)
            log.order.append(orderCode)
            log.line.append(Int32(clamping: table.reader.recordLine))
            log.date.append(when)
            log.amount.append(value)
            log.review.append(score)
            log.units.append(count.map { Int32(min(max($0.rounded(), 1), Double(maximumUnits))) } ?? 1)
            log.category.append(category.isPresent && !table.isBlank(category) ? table.internTrimmed(category, into: &log.categories) : -1)
            table.keepRow()
        }
        return log
    }

    static func amountExpectation(_ decimalComma: Bool) -> String {
        decimalComma
            ? "an amount with a decimal comma like 1.234,50"
            : "an amount with a decimal point like 1234.50 (use --decimal-comma for 1234,50)"
    }

    /// Parses an amount; with `decimalComma`, the comma is the decimal separator and dots,
    /// spaces and no-break spaces group digits.
    static func amount(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> Double? {
        guard decimalComma else { return NumberParsing.double(bytes) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            var length = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case ASCII.dot, ASCII.space: continue
                case 0xC2 where index < bytes.count && bytes[index] == 0xA0: index += 1; continue
                case ASCII.comma: buffer[length] = ASCII.dot
                default: buffer[length] = byte
                }
                length += 1
            }
            return NumberParsing.double(UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[0..<length]))
        }
    }
}

/// The key of the previous row in a column: where its trimmed bytes lie in the input, and its code.
struct RecentKey {
    var start = 0
    var count = -1
    var code: Int32 = -1
}

/// Values of the current record with surrounding spaces and tabs removed, for transaction logs.
extension CSVTable {
    /// ``internTrimmed(_:into:)``, answering from `recent` when the key equals the previous one.
    mutating func internTrimmed(_ column: Column, into interner: inout Interner, recent: inout RecentKey) -> Int32 {
        let field = reader.fields[column.index]
        guard !field.hasEscapedQuotes, field.end > field.start else { return internTrimmed(column, into: &interner) }
        let bytes = reader.bytes
        var start = field.start
        var end = field.end
        while start < end && (bytes[start] == ASCII.space || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == ASCII.space || bytes[end - 1] == 0x09) { end -= 1 }
        let count = end - start
        if count == recent.count {
            var index = 0
            while index < count && bytes[start + index] == bytes[recent.start + index] { index += 1 }
            if index == count { return recent.code }
        }
        let code = interner.intern(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        recent = RecentKey(start: start, count: count, code: code)
        return code
    }

    /// Calls `body` with the field's bytes without leading and trailing spaces and tabs.
    mutating func withTrimmedField<R>(_ column: Column, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withField(column) { bytes in
            var start = 0
            var end = bytes.count
            while start < end && (bytes[start] == ASCII.space || bytes[start] == 0x09) { start += 1 }
            while end > start && (bytes[end - 1] == ASCII.space || bytes[end - 1] == 0x09) { end -= 1 }
            return body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    /// Whether field `column` is absent, empty or only spaces.
    mutating func isBlank(_ column: Column) -> Bool {
        isMissing(column) || withTrimmedField(column) { $0.isEmpty }
    }

    private func position(_ column: Column) -> SourcePosition {
        reader.position(of: reader.fields[column.index])
    }

    /// Rejects the row for a blank required field.
    mutating func rejectBlank(_ column: Column) {
        reject(
            .missingValue, column: column.name, at: position(column),
            message: "missing value in required column \"\(column.name)\"; row rejected")
    }

    /// Whether every one of `columns` has a non-blank value; the first blank one rejects the row.
    mutating func requirePresentTrimmed(_ columns: Column...) -> Bool {
        for column in columns where isBlank(column) {
            rejectBlank(column)
            return false
        }
        return true
    }

    /// A required trimmed value; one that does not parse rejects the row, naming what was expected.
    mutating func requiredTrimmed<T>(
        _ column: Column, expected: String, kind: DataIssue.Kind, parse: (UnsafeBufferPointer<UInt8>) -> T?
    ) -> T? {
        if let value = withTrimmedField(column, parse) { return value }
        countInvalid(column)
        let found = quotedText(column)
        reject(
            kind, column: column.name, at: position(column),
            message: "invalid value in column \"\(column.name)\": expected \(expected), found \(found); row rejected")
        return nil
    }

    /// An optional trimmed value; `nil` when blank, or when it does not parse (logged, kept as missing).
    mutating func optionalTrimmed<T>(
        _ column: Column, expected: String, parse: (UnsafeBufferPointer<UInt8>) -> T?
    ) -> T? {
        if isBlank(column) { return nil }
        if let value = withTrimmedField(column, parse) { return value }
        countInvalid(column)
        let found = quotedText(column)
        note(
            .invalidNumber, column: column,
            message: "invalid value in column \"\(column.name)\": expected \(expected), found \(found); kept as missing")
        return nil
    }

    /// Whether a purchase date is plausible; an implausible one rejects the row.
    mutating func plausibleEvent(_ value: Timestamp, _ column: Column) -> Bool {
        if rules.events.contains(value) { return true }
        countInvalid(column)
        let found = quotedText(column)
        let range = rules.events
        reject(
            .implausibleValue, column: column.name, at: position(column),
            message: "implausible value in column \"\(column.name)\": expected a date from "
                + "\(range.lowerBound.description.prefix(10)) to \(range.upperBound.description.prefix(10)) (the run's date), "
                + "found \(found); row rejected")
        return false
    }

    /// Logs an optional value that parses but is out of range; it is kept as missing.
    mutating func noteImplausible(_ column: Column, expected: String) {
        countInvalid(column)
        let found = quotedText(column)
        note(
            .implausibleValue, column: column,
            message: "implausible value in column \"\(column.name)\": expected \(expected), found \(found); kept as missing")
    }

    /// Leaves out a row that is no purchase (a return, a zero amount), counted under `kind`.
    mutating func leaveOut(_ kind: DataIssue.Kind, _ column: Column, what: String, meaning: String) {
        let found = quotedText(column)
        reject(
            kind, column: column.name, at: position(column),
            message: "\(what) \(found) in column \"\(column.name)\" (\(meaning)): row left out of orders and revenue")
    }

    /// Rejects a row whose order id belongs to another customer.
    mutating func rejectConflict(_ column: Column, owner: String, customerColumn: String) {
        let found = quotedText(column)
        reject(
            .duplicateKey, column: column.name, at: position(column),
            message: "order \(found) already belongs to \(customerColumn) \"\(owner)\": expected one customer per order; row rejected")
    }

    /// The code of the trimmed field in `interner`, interned if new.
    mutating func internTrimmed(_ column: Column, into interner: inout Interner) -> Int32 {
        withTrimmedField(column) { interner.intern(bytes: $0) }
    }
}

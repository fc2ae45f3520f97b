import Dispatch
import Foundation
import Logging

extension OlistDataset {
    /// Loads a transaction log: one CSV file with a header, one row per order or per order line.
    ///
    /// The rows become the tables the analyses read: a customer per distinct customer id
    /// (who is also the buyer); an order per distinct order id, or per row without an order
    /// column, dated by its earliest row; an item per unit of each row (one without a quantity
    /// column), priced at the row's amount shared among its units; one payment per order of
    /// the sum of its rows' amounts; one review per order that has a score (the first score of
    /// its rows); a product per category. Order statuses are unknown (`.other`, which counts
    /// as a purchase). What the log does not hold (deliveries, payment types, freight, sellers,
    /// places) is empty and ``capabilities`` says so. See ``TransactionLog`` for the row rules
    /// (returns and zero amounts are left out and counted).
    /// - Parameters:
    ///   - path: the file.
    ///   - mapping: its columns and formats.
    ///   - logger: receives a summary (info) and the data-quality findings (notice).
    ///   - rules: what values are believable.
    /// - Throws: ``LoadingError``: an unreadable file or encoding, broken quoting, an empty
    ///   file, a malformed header, a mapped column absent from the header, or no usable row.
    /// - Complexity: O(bytes).
    public static func load(
        transactions path: String, mapping: TransactionMapping, logger: Logger, rules: PlausibilityRules = PlausibilityRules()
    ) throws(LoadingError) -> OlistDataset {
        let bytes = try FileBytes(reading: path)
        return try load(
            transactions: bytes, file: URL(fileURLWithPath: path).lastPathComponent, origin: path, mapping: mapping,
            logger: logger, rules: rules)
    }

    /// Loads a transaction log held in memory; see ``load(transactions:mapping:logger:rules:)``.
    public static func load(
        transactions bytes: [UInt8], file: String, mapping: TransactionMapping, logger: Logger,
        rules: PlausibilityRules = PlausibilityRules()
    ) throws(LoadingError) -> OlistDataset {
        try load(transactions: FileBytes(bytes), file: file, origin: file, mapping: mapping, logger: logger, rules: rules)
    }

    static func load(
        transactions bytes: FileBytes, file: String, origin: String, mapping: TransactionMapping, logger: Logger,
        rules: PlausibilityRules
    ) throws(LoadingError) -> OlistDataset {
        // The checksum runs beside the parse.
        let checksum = DisjointSlots<String>(count: 1)
        let parsed = DisjointSlots<Result<(TransactionLog, TableQuality, DataIssueLog, TextEncoding), LoadingError>>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                checksum.initialize(0, to: bytes.withUnsafeBufferPointer { Checksum.sha256(UnsafeRawBufferPointer($0)) })
                return
            }
            parsed.initialize(0, to: Result { () throws(LoadingError) in
                let (text, encoding) = try TextEncoding.utf8(bytes, file: file)
                return try text.withUnsafeBufferPointer { buffer throws(LoadingError) in
                    var table = try CSVTable(
                        file: file, bytes: buffer, rules: rules, delimiter: mapping.delimiterByte(buffer), keepsOrigins: false)
                    let log = try TransactionLog.parse(&table, mapping: mapping)
                    let (quality, issues, _) = try table.finish()
                    return (log, quality, issues, encoding)
                }
            })
        }
        // Both slots are moved out before anything throws (a refused file used to leak the checksum).
        let sha256 = checksum.moveAll()[0]
        let (log, quality, issues, encoding) = try parsed.moveAll()[0].get()
        guard log.count > 0 else {
            let first = issues.summaries.first?.examples.first?.description ?? "no data row"
            throw .noUsableRow(file: file, rows: quality.records, firstProblem: first)
        }
        var dataset = build(log, mapping: mapping, origin: origin)
        dataset.quality = DataQualityReport(tables: [quality], issues: issues.summaries, references: [])
        dataset.provenance = [
            TableProvenance(
                file: file, byteCount: bytes.count, sha256: sha256, encoding: encoding,
                columns: quality.columns.count, records: quality.records, rows: quality.rowsKept)
        ]
        dataset.logSummary(logger)
        return dataset
    }

    /// The tables of the analyses, from the rows of a log.
    /// - Complexity: O(rows + items).
    static func build(_ log: TransactionLog, mapping: TransactionMapping, origin: String) -> OlistDataset {
        var customers = Customers()
        customers.ids = log.customers
        customers.buyers = log.customers
        customers.buyer = (0..<Int32(log.customers.count)).map { $0 }
        customers.zipCodePrefix = [Int32](repeating: -1, count: log.customers.count)
        customers.city = customers.zipCodePrefix
        customers.state = customers.zipCodePrefix

        // Order code of each row: the order column's, or one order per row.
        let hasOrders = mapping.order != nil
        var orders = Orders()
        let rowOrder: [Int32]
        if hasOrders {
            orders.ids = log.orderKeys
            rowOrder = log.order
        } else {
            orders.ids.reserveCapacity(log.count, length: 8)
            for line in log.line { orders.ids.intern(String(line)) }
            rowOrder = (0..<Int32(log.count)).map { $0 }
        }
        let n = orders.ids.count
        var purchase = [Int64](repeating: .max, count: n)
        var customer = [Int32](repeating: -1, count: n)
        var total = [Double](repeating: 0, count: n)
        var review = [Int8](repeating: 0, count: n)
        for row in 0..<log.count {
            let o = Int(rowOrder[row])
            purchase[o] = min(purchase[o], log.date[row].secondsSince1970)
            if customer[o] < 0 { customer[o] = log.customer[row] }
            total[o] += log.amount[row]
            if review[o] == 0 { review[o] = log.review[row] }
        }
        orders.customer = customer
        orders.buyer = customer
        orders.status = [OrderStatus](repeating: .other, count: n)
        orders.purchase = purchase.map { Timestamp(secondsSince1970: $0) }
        let noDates = [Timestamp?](repeating: nil, count: n)
        orders.approved = noDates
        orders.deliveredCarrier = noDates
        orders.deliveredCustomer = noDates
        orders.estimatedDelivery = noDates

        var items = OrderItems()
        let itemCount = log.units.reduce(0) { $0 + Int($1) }
        items.order.reserveCapacity(itemCount)
        items.itemNumber.reserveCapacity(itemCount)
        items.product.reserveCapacity(itemCount)
        items.price.reserveCapacity(itemCount)
        var nextNumber = [Int32](repeating: 1, count: n)
        for row in 0..<log.count {
            let o = rowOrder[row]
            let units = Int(log.units[row])
            let price = log.amount[row] / Double(units)
            for _ in 0..<units {
                items.order.append(o)
                items.itemNumber.append(nextNumber[Int(o)])
                nextNumber[Int(o)] += 1
                items.product.append(log.category[row])
                items.price.append(price)
            }
        }
        items.seller = [Int32](repeating: -1, count: itemCount)
        items.shippingLimit = [Timestamp?](repeating: nil, count: itemCount)
        items.freight = [Double](repeating: .nan, count: itemCount)

        var payments = OrderPayments()
        payments.order = (0..<Int32(n)).map { $0 }
        payments.sequential = [Int32](repeating: 1, count: n)
        payments.type = [PaymentType](repeating: .other, count: n)
        payments.installments = [Int32](repeating: 1, count: n)
        payments.value = total

        var reviews = OrderReviews()
        for o in 0..<n where review[o] > 0 {
            reviews.review.append(Int32(reviews.review.count))
            reviews.order.append(Int32(o))
            reviews.score.append(Int32(review[o]))
            reviews.title.append(nil)
            reviews.message.append(nil)
            reviews.created.append(nil)
            reviews.answered.append(nil)
        }

        // One product per category, named by it.
        var products = Products()
        var categories = CategoryTranslation()
        products.ids = log.categories
        products.categoryNames = log.categories
        let categoryCount = log.categories.count
        products.category = (0..<Int32(categoryCount)).map { $0 }
        products.categoryTranslation = products.category
        let unknown = [Double](repeating: .nan, count: categoryCount)
        products.nameLength = unknown
        products.descriptionLength = unknown
        products.photoCount = unknown
        products.weightGrams = unknown
        products.lengthCentimetres = unknown
        products.heightCentimetres = unknown
        products.widthCentimetres = unknown
        categories.names = log.categories
        categories.english = log.categories.strings

        var fields: Set<DatasetCapabilities.Field> = []
        if mapping.review != nil { fields.insert(.reviews) }
        if mapping.quantity != nil || hasOrders { fields.insert(.items) }
        if mapping.category != nil { fields.insert(.categories) }
        var dataset = OlistDataset(
            origin: origin, customers: customers, orders: orders, orderItems: items, payments: payments,
            reviews: reviews, products: products, sellers: Sellers(), categories: categories, geolocation: nil,
            quality: DataQualityReport(tables: [], issues: [], references: []), provenance: [])
        dataset.capabilities = DatasetCapabilities(fields: fields, isTransactionLog: true)
        return dataset
    }
}

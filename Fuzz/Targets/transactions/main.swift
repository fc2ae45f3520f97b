// Fuzz target: the transaction-log loader (`--transactions FILE`),
// OlistDataset.load(transactions:file:mapping:logger:rules:): encoding detection and
// transcoding, delimiter detection, the CSV table, the mapped columns, every row rule
// (dates, amounts, returns, quantities, review scores, orders of two customers), and the
// tables built from the rows.
//
// Input: one byte choosing the mapping (`mappings`, one per shape of the seeds: the example
// shop export and the test fixtures of Tests/Fixtures/transactions), then the file.
//
// Oracle: besides the sanitizers (LeakSanitizer included: a refused file must free what the
// concurrent checksum computed), a loaded log has consistent tables: a payment per order, a
// customer for every order, items of existing orders, one table and its provenance.
import Foundation
import Logging
@testable import SegmentsLoading

private let logger = Logger(label: "fuzz") { _ in SwiftLogNoOpLogHandler() }
/// A fixed run date, so that a finding replays the same way on another day.
private let rules = PlausibilityRules(now: Date(timeIntervalSince1970: 1_764_720_000))  // 2025-12-03

/// The mappings the first byte chooses from (modulo their count), as the seeds need them.
/// The same list is in Tests/SegmentsLoadingTests/TransactionFuzzMappings.swift (the replay).
let mappings: [TransactionMapping] = [
    // examples/shop-orders.csv
    TransactionMapping(
        customer: "customer_id", order: "order_id", date: "ordered_at", amount: "amount", review: "rating",
        quantity: "quantity", category: "category"),
    // line_level.csv
    TransactionMapping(
        customer: "Customer", order: "Order ID", date: "Ordered at", amount: "Line total", review: "Stars",
        quantity: "Qty", category: "Category"),
    // order_level.csv, padded.csv (with its date format below)
    TransactionMapping(),
    TransactionMapping(dateFormat: DateFormat("MM/dd/yyyy")!),
    // returns.csv
    TransactionMapping(order: "order_id"),
    // semicolon_decimal_comma.csv
    TransactionMapping(
        customer: "client", order: "commande", date: "date", amount: "montant", dateFormat: DateFormat("dd/MM/yyyy HH:mm")!,
        delimiter: .semicolon, decimalComma: true),
    // tab_yyyymmdd.tsv
    TransactionMapping(customer: "cust", date: "day", amount: "total", dateFormat: DateFormat("yyyyMMdd")!, delimiter: .tab),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTransactions(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let mapping = mappings[Int(data[0]) % mappings.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    do {
        let dataset = try OlistDataset.load(transactions: bytes, file: "fuzz.csv", mapping: mapping, logger: logger, rules: rules)
        check(dataset)
    } catch {
        _ = error.description
    }
    return 0
}

/// The tables built from the rows agree with each other.
private func check(_ dataset: OlistDataset) {
    let orders = dataset.orders.count
    precondition(orders > 0 && dataset.orderBuyer.count == orders)
    precondition(dataset.payments.count == orders && dataset.customers.count > 0)
    precondition(dataset.orders.customer.allSatisfy { $0 >= 0 && Int($0) < dataset.customers.count })
    precondition(dataset.orderItems.order.allSatisfy { $0 >= 0 && Int($0) < orders })
    precondition(dataset.payments.value.allSatisfy { $0 > 0 })
    precondition(dataset.quality.tables.count == 1 && dataset.provenance.count == 1)
    precondition(dataset.provenance[0].sha256.count == 64)
    let kept = dataset.quality.tables[0]
    precondition(kept.rowsKept <= kept.records)
    for issue in dataset.quality.issues {
        _ = issue.examples.map(\.description)
    }
    for row in 0..<min(dataset.products.count, 16) {
        _ = dataset.categoryName(ofProduct: row)
    }
}

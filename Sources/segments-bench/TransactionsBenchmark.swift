import Foundation
import Logging
import SegmentsLoading

/// `segments-bench transactions FILE [RUNS] [ROLE=COLUMN…] [format=PATTERN]`: loads a
/// transaction log RUNS times (default 5) into the dataset the analyses read (read, decode,
/// parse, aggregate per order, checksum) and prints the wall and CPU times and the counts as JSON.
/// Roles: customer, order, date, amount, review, quantity, category (defaults as in
/// `segments report --transactions`).
enum TransactionsBenchmark {
    static let usage = "FILE [RUNS] [customer=C] [order=O] [date=D] [amount=A] [review=R] [quantity=Q] [category=K] [format=F]"

    static func run(_ arguments: [String]) throws {
        guard let file = arguments.first else { throw BenchmarkError.usage(usage) }
        var runs = 5
        var mapping = TransactionMapping()
        for argument in arguments.dropFirst() {
            if let count = Int(argument) { runs = count; continue }
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw BenchmarkError.usage(usage) }
            switch parts[0] {
            case "customer": mapping.customer = parts[1]
            case "order": mapping.order = parts[1]
            case "date": mapping.date = parts[1]
            case "amount": mapping.amount = parts[1]
            case "review": mapping.review = parts[1]
            case "quantity": mapping.quantity = parts[1]
            case "category": mapping.category = parts[1]
            case "format": mapping.dateFormat = DateFormat(parts[1]) ?? .iso8601
            default: throw BenchmarkError.usage(usage)
            }
        }
        let logger = Logger(label: "segments-bench") { _ in SwiftLogNoOpLogHandler() }
        let clock = ContinuousClock()
        var seconds: [Double] = []
        var cpuSeconds: [Double] = []
        var dataset: OlistDataset?
        for _ in 0..<max(1, runs) {
            let cpuStart = LoadBenchmark.processCPUSeconds()
            let start = clock.now
            dataset = try OlistDataset.load(transactions: file, mapping: mapping, logger: logger)
            seconds.append(BenchmarkSupport.seconds(clock.now - start))
            cpuSeconds.append(LoadBenchmark.processCPUSeconds() - cpuStart)
        }
        let loaded = dataset!
        func list(_ values: [Double]) -> String { values.map { String(format: "%.4f", $0) }.joined(separator: ", ") }
        print(
            "{\"benchmark\": \"transactions\", \"file\": \"\(file)\", \"bytes\": \(loaded.provenance[0].byteCount), "
                + "\"best_seconds\": \(String(format: "%.4f", seconds.min()!)), \"seconds\": [\(list(seconds))], "
                + "\"best_cpu_seconds\": \(String(format: "%.4f", cpuSeconds.min()!)), \"cpu_seconds\": [\(list(cpuSeconds))], "
                + "\"records\": \(loaded.provenance[0].records), \"rows\": \(loaded.provenance[0].rows), "
                + "\"customers\": \(loaded.customers.count), \"orders\": \(loaded.orders.count), \"items\": \(loaded.orderItems.count)}")
    }
}

import ArgumentParser
import Foundation
import Logging
import SegmentsAnalytics
import SegmentsLoading
import SegmentsReport

/// `segments score`: assigns the buyers of an Olist folder or a transaction log to the segments
/// of a saved model (`data/model.json` of a report).
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Assign the buyers of an Olist folder or a transaction log to the segments of a saved model (data/model.json).",
        discussion: """
            Writes customer_unique_id,cluster,segment_name for every buyer (cluster -1 for DBSCAN noise). \
            Scoring the data a report was built on reproduces its data/segments.csv.
            """
    )

    @Option(help: "The model file written by segments report (SITE/data/model.json).")
    var model: String

    @Option(help: "Folder of Olist CSV files to score (or --transactions).")
    var data: String?

    @OptionGroup(title: "Transaction log (instead of --data)") var log: TransactionOptions

    @Option(
        name: .customLong("as-of"),
        help: "Measure recency from the end of this day (yyyy-MM-dd, UTC; default: the day of the data's last valid purchase).")
    var asOf: String?

    @Option(help: "CSV file to write (default: standard output).")
    var out: String?

    @OptionGroup var output: OutputOptions

    /// Loads `--data` or `--transactions`.
    private func load(rules: PlausibilityRules, stopwatch: Stopwatch, logger: Logger) throws -> OlistDataset {
        if let file = log.file {
            return try stopwatch.stage("Loaded the transaction log \(file)") {
                try OlistDataset.load(transactions: file, mapping: log.settings(over: .init()).mapping, logger: logger, rules: rules)
            }
        }
        let directory = URL(fileURLWithPath: data ?? ".")
        return try stopwatch.stage("Loaded \(directory.path)") {
            try OlistDataset.load(directory: directory, logger: logger, rules: rules)
        }
    }

    func validate() throws {
        guard (data == nil) != (log.file == nil) else {
            throw ValidationError("give either --data (an Olist folder) or --transactions (one transaction file)")
        }
        if let asOf, Self.reference(asOf) == nil {
            throw ValidationError("--as-of \(asOf): expected a day as yyyy-MM-dd")
        }
        if let out, Self.resolved(out) == Self.resolved(model) {
            throw ValidationError("--out \(out) is the model file: choose another file")
        }
    }

    func run() throws {
        let logger = output.makeLogger()
        let stopwatch = Stopwatch(logger: logger)
        let clock = try RunClock.fromEnvironment()
        let saved = try ModelFile.read(model)  // before loading: a bad model fails fast
        let dataset = try load(rules: PlausibilityRules(now: clock.now), stopwatch: stopwatch, logger: logger)
        let orders = OrderSummary(dataset)
        var buyers = BuyerSummary(dataset, orders: orders)
        let reference = asOf.flatMap(Self.reference)
            ?? (saved.reference.rule == SegmentationModel.fixedReference ? Timestamp(saved.reference.trainingReference) : nil)
        if let reference {
            guard reference >= buyers.lastPurchaseReference else {
                throw ScoreError(
                    message: "recency reference \(reference) (\(asOf != nil ? "--as-of \(asOf!)" : "the model's fixed date")) is before "
                        + "the end of the data's last valid purchase day (\(Self.day(buyers.lastPurchaseReference, minusOne: true))): "
                        + "recencies would be negative")
            }
            buyers = BuyerSummary(dataset, orders: orders, referenceDate: reference)
        }
        let ids = buyers.buyer.map { dataset.buyers[$0] }
        let clusters = try stopwatch.stage("Scored \(buyers.count) buyers with the \(saved.algorithm.rawValue) model") {
            do {
                return try saved.assign(saved.featureRows(buyers), ids: ids)
            } catch {
                throw ModelFile.Failure(path: model, problem: "\(error)")
            }
        }
        let csv = ScoresExport.csv(ids: ids, clusters: clusters, model: saved)
        if let out {
            do {
                try Data(csv).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw ScoreError(message: "\(out): cannot write the scores: \((error as NSError).localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(csv))
        }
    }

    /// `path` absolute, with `..` and symbolic links resolved.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The end of the day `text` (`yyyy-MM-dd`): the midnight after it, UTC.
    static func reference(_ text: String) -> Timestamp? {
        guard text.utf8.count == 10, let day = Timestamp(text) else { return nil }
        return Timestamp(secondsSince1970: (day.daysSince1970 + 1) * Timestamp.secondsPerDay)
    }

    /// `yyyy-MM-dd` of a timestamp (of the day before it with `minusOne`).
    static func day(_ timestamp: Timestamp, minusOne: Bool = false) -> String {
        let shifted = Timestamp(secondsSince1970: timestamp.secondsSince1970 - (minusOne ? Timestamp.secondsPerDay : 0))
        return String(shifted.description.prefix(10))
    }
}

/// A problem of `segments score` with its options or output.
struct ScoreError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

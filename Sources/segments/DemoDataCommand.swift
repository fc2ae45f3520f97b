import ArgumentParser
import Foundation
import Logging
import SegmentsLoading
import SegmentsSynthetic

/// `segments demo-data`: writes the synthetic Olist-schema dataset as CSV files.
struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write the deterministic synthetic Olist-schema dataset as CSV files, or as one transaction log."
    )

    @Option(help: "Folder to write the CSV files into (created if needed).")
    var out: String?

    @Option(help: """
        Write one transaction log (a CSV of order lines: order_id, customer_id, ordered_at, category, \
        quantity, amount, rating) to this file instead of the Olist folder.
        """)
    var transactions: String?

    @OptionGroup var synthetic: SyntheticOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard (out == nil) != (transactions == nil) else {
            throw ValidationError("give either --out FOLDER (the Olist files) or --transactions FILE (one transaction log)")
        }
    }

    func run() throws {
        let logger = output.makeLogger()
        let stopwatch = Stopwatch(logger: logger)
        let catalogue = try synthetic.loadCatalogue(logger: logger)
        let files = stopwatch.stage("Generated \(synthetic.buyers) buyers (seed \(synthetic.seed))") {
            SyntheticOlist.generate(synthetic.configuration, catalogue: catalogue)
        }
        if let transactions {
            let log = try stopwatch.stage("Wrote the transaction log \(transactions)") {
                let quiet = Logger(label: "segments") { _ in SwiftLogNoOpLogHandler() }
                let dataset = try OlistDataset.load(files: files, origin: "synthetic", logger: quiet)
                let log = SyntheticTransactions.log(dataset)
                try Data(log).write(to: URL(fileURLWithPath: transactions), options: .atomic)
                return log
            }
            logger.info("\(log.count { $0 == 0x0A } - 1) rows")
            return
        }
        let directory = URL(fileURLWithPath: out ?? "")
        try stopwatch.stage("Wrote \(files.count) files to \(directory.path)") {
            try SyntheticOlist.write(files, to: directory)
        }
    }
}

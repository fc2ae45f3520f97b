import ArgumentParser
import Foundation
import SegmentsLoading
import SegmentsSynthetic

/// `segments demo-data`: writes the synthetic Olist-schema dataset as CSV files.
struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write the deterministic synthetic Olist-schema dataset as CSV files."
    )

    @Option(help: "Folder to write the CSV files into (created if needed).")
    var out: String

    @OptionGroup var synthetic: SyntheticOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let logger = output.makeLogger()
        let stopwatch = Stopwatch(logger: logger)
        let catalogue = try synthetic.loadCatalogue(logger: logger)
        let files = stopwatch.stage("Generated \(synthetic.buyers) buyers (seed \(synthetic.seed))") {
            SyntheticOlist.generate(synthetic.configuration, catalogue: catalogue)
        }
        let directory = URL(fileURLWithPath: out)
        try stopwatch.stage("Wrote \(files.count) files to \(directory.path)") {
            try SyntheticOlist.write(files, to: directory)
        }
    }
}

import ArgumentParser
import SegmentsReport

@main
struct Segments: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segments",
        abstract: "Turns an e-commerce sales history into a static report website.",
        discussion: """
            With no arguments, reports on the embedded synthetic Olist-schema dataset into site/.
            """,
        version: ToolVersion.current,
        subcommands: [ReportCommand.self, ValidateCommand.self, DemoDataCommand.self, ScoreCommand.self],
        defaultSubcommand: ReportCommand.self
    )
}

import ArgumentParser
import Logging

/// Options shared by every command: how much to say on stderr.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only warnings and errors on stderr.")
    var quiet = false

    /// The command's logger, writing to stderr (stdout stays for output).
    func makeLogger() -> Logger {
        var logger = Logger(label: "segments") { _ in ConsoleLogHandler() }
        logger.logLevel = quiet ? .warning : .info
        return logger
    }
}

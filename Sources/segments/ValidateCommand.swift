import ArgumentParser
import Foundation
import SegmentsReport

/// `segments validate DIR`: checks every page and SVG of a site with libxml2.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that every .html and .svg file under a folder is well-formed (libxml2)."
    )

    @Argument(help: "The site folder to check.")
    var directory: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        let (files, issues) = try PageValidator.validate(directory: URL(fileURLWithPath: directory))
        for issue in issues { print(issue) }
        if !issues.isEmpty {
            throw ValidationFailure(files: files, issues: issues.count)
        }
        output.makeLogger().info("\(files) files checked, no problem found")
    }
}

/// A validation that found problems: printed as a summary, exit code 1.
struct ValidationFailure: Error, CustomStringConvertible {
    let files: Int
    let issues: Int
    var description: String { "\(issues) problems in \(files) files checked" }
}

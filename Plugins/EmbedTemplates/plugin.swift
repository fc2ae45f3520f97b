import Foundation
import PackagePlugin

/// Embeds every `*.mustache` file of the package's top-level `templates/` folder, and the
/// language catalogues `templates/catalogue/*.json`, into the target as a generated Swift
/// source (`EmbeddedTemplates.swift`).
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "templates")
        let names = (FileManager.default.subpaths(atPath: templates.path) ?? [])
            .filter { $0.hasSuffix(".mustache") || ($0.hasPrefix("catalogue/") && $0.hasSuffix(".json")) }
            .sorted()
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) templates and catalogues",
                executable: try context.tool(named: "TemplateEmbedder").url,
                arguments: [templates.path, output.path],
                inputFiles: names.map { templates.appending(path: $0) },
                outputFiles: [output]
            )
        ]
    }
}

import Foundation
import PackagePlugin

/// Build-tool plugin that generates the template keys of AccordSite's views (`child(named:)` and
/// `TemplateSchema`) from the stored properties of every struct that declares `TemplateView`.
@main
struct TemplateKeys: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let sources = target.sourceModule?.sourceFiles(withSuffix: "swift") else { return [] }
        let views = sources.map(\.url).filter { $0.path(percentEncoded: false).contains("/Views/") }
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "TemplateKeys+Generated.swift")
        return [
            .buildCommand(
                displayName: "Generating template keys from the views of \(target.name)",
                executable: try context.tool(named: "accord-template-keys").url,
                arguments: [output.path(percentEncoded: false)] + views.map { $0.path(percentEncoded: false) },
                inputFiles: views,
                outputFiles: [output]
            )
        ]
    }
}

import Foundation
import PackagePlugin

/// Build-tool plugin that embeds the default theme (`Templates/`) into the AccordSite library,
/// so the `accord` binary works from any directory without a templates folder.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let themeDirectory = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTheme+Embedded.swift")
        let files = Self.themeFiles(in: themeDirectory)
        return [
            .buildCommand(
                displayName: "Embedding the default theme from Templates/",
                executable: try context.tool(named: "accord-embed-theme").url,
                arguments: [themeDirectory.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: [themeDirectory] + Self.folders(in: themeDirectory) + files,
                outputFiles: [output]
            )
        ]
    }

    /// The theme folder's subfolders, so that adding a file to any of them re-runs the tool.
    static func folders(in directory: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: [.isDirectoryKey])
        else { return [] }
        var folders: [URL] = []
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
            folders.append(url)
        }
        return folders.sorted { $0.path < $1.path }
    }

    /// Every regular file below the theme folder, so that editing any of them re-runs the tool.
    static func themeFiles(in directory: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(url)
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}

import AccordKit
import ArgumentParser

/// The `accord` command: subcommands only; all logic lives in AccordKit.
struct Accord: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Builds a partnership dashboard from Markdown charters and meeting notes.",
        discussion:
            "Reads Content/ (charters and meeting notes), computes alignment and outcome metrics and writes a static site to Output/.",
        version: version,
        subcommands: [Build.self, Check.self, Diff.self, Metrics.self, Init.self, New.self, Serve.self],
        defaultSubcommand: Build.self
    )
}

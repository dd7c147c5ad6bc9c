import AccordKit
import ArgumentParser

@main
struct Accord: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord",
        abstract: "Builds a partnership dashboard from Markdown charters and meeting notes.",
        version: "0.1.0"
    )
    func run() throws {
        print(DefaultTheme.files.keys.sorted())
    }
}

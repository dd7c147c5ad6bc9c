import AccordKit
import ArgumentParser
import Foundation

/// `accord init [DIR]`: writes a small portfolio that `accord check --strict` passes.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new portfolio: accord.yml and one example partnership with its first meeting.",
        discussion: "Writes only into a folder that is missing or empty, and prints every file it writes.")

    @Argument(help: ArgumentHelp("The content folder to create.", valueName: "dir"))
    var folder = "Content"

    func run() throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            let entries = isDirectory.boolValue ? ((try? manager.contentsOfDirectory(atPath: folder)) ?? []) : ["?"]
            guard entries.isEmpty else {
                Console.error(
                    "accord: error: \(folder) already exists and is not empty; accord init writes only into a new "
                        + "or empty folder (add a partnership with `accord new partnership SLUG --content \(folder)`)\n"
                )
                throw ExitCode(3)
            }
        }
        for file in PortfolioSkeleton.files(today: CommonOptions.localToday()) {
            do {
                Console.output(try file.create(in: folder) + "\n")
            } catch {
                Console.error("accord: error: \(error)\n")
                throw ExitCode(3)
            }
        }
        Console.error("accord: next: `accord check --content \(folder)`, then `accord build --content \(folder)`\n")
    }
}

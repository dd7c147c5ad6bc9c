import AccordKit
import ArgumentParser

/// `accord build`: reads the content and writes the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder (the default command).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output = "Output"

    func run() throws {
        let outcome = Pipeline.run(common.buildOptions(output: output), mode: .build)
        let code = common.report(outcome)
        if code == 0, !common.quiet, let date = outcome.reportDate {
            Console.error("accord: wrote \(outcome.filesWritten) files to \(output) (report date \(date), from \(outcome.reportDateSource?.rawValue ?? "?"))\n")
        }
        if code != 0 { throw ExitCode(code) }
    }
}

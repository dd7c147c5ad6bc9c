import AccordKit
import ArgumentParser

/// `accord build`: reads the content and writes the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder (the default command).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output = "Output"

    @Option(
        name: .long, help: ArgumentHelp("The view to build: joint (the default) or a party id.", valueName: "party"))
    var view = "joint"

    @Flag(
        name: .long,
        help: "Failing health gates (gates: in accord.yml) stop the build with exit 4; the previous site stays.")
    var gates = false

    @Flag(
        name: .long,
        help: "Ignore the build cache beside the output folder: parse, measure, render and write everything.")
    var noCache = false

    func run() throws {
        var options = common.buildOptions(output: output)
        options.view = PortfolioView(argument: view)
        options.enforcesGates = gates
        options.usesCache = !noCache
        options.leavesMemoryAtExit = true
        let outcome = Pipeline.run(options, mode: .build)
        let code = common.report(outcome)
        if code == 0, !common.quiet, let date = outcome.reportDate {
            Console.error(
                "accord: \(outcome.writtenSummary(output)) (report date \(date), from \(outcome.reportDateSource?.rawValue ?? "?"))\n"
            )
        }
        if code == 4, !common.quiet {
            Console.error("accord: health gates failed (--gates): nothing written; \(output) keeps the previous site\n")
        }
        if code != 0 { throw ExitCode(code) }
    }
}

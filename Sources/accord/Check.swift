import AccordKit
import ArgumentParser

/// `accord check`: everything `build` does except writing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the content and templates and compute the metrics; write nothing.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        var options = common.buildOptions()
        options.leavesMemoryAtExit = true
        let outcome = Pipeline.run(options, mode: .check)
        let code = common.report(outcome)
        if code == 0, !common.quiet, let metrics = outcome.metrics {
            let count = metrics.partnerships.count
            Console.error(
                "accord: \(count) \(count == 1 ? "partnership" : "partnerships") checked, no errors (report date \(metrics.asOf))\n"
            )
        }
        if code != 0 { throw ExitCode(code) }
    }
}

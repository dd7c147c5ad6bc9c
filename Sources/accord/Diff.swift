import AccordKit
import ArgumentParser

/// `accord diff BASE [HEAD]`: what a change does to the partnerships' health, for a pull request.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what changed in the partnerships' health between two git revisions of the content.",
        discussion: """
            Reads the content folder at BASE and at HEAD (default: the work tree) with the git command line, \
            without touching the work tree or the index, measures both at HEAD's report date and prints the \
            changes: tiers, indices, bands, red flags and warning signs, actions overdue or done, goal statuses.
            """)

    /// Output forms.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @Argument(help: ArgumentHelp("The revision to compare with (origin/main, HEAD~1, a commit).", valueName: "base"))
    var base: String

    @Argument(help: ArgumentHelp("The revision with the change (default: the work tree).", valueName: "head"))
    var head: String?

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Output form: markdown or json.")
    var format: Format = .markdown

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "Where the site is published, to link partnership pages.",
            valueName: "url"))
    var baseURL: String?

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must be an http or https URL, not '\(baseURL)'")
        }
    }

    func run() throws {
        let outcome: ContentDiff.Outcome
        do {
            outcome = try ContentDiff.run(common.buildOptions(), base: base, head: head)
        } catch {
            Console.error("accord: error: \(Escape.line(error.description))\n")
            throw ExitCode(error.exitCode)
        }
        for (side, count) in [(base, outcome.baseErrors), (head ?? "the work tree", outcome.headErrors)] where count > 0
        {
            Console.error(
                "accord: warning: the content at \(Escape.line(side)) has \(count) "
                    + "\(count == 1 ? "error" : "errors") (run accord check); its figures may be incomplete\n")
        }
        switch format {
        case .markdown: Console.output(outcome.diff.markdown(baseURL: baseURL))
        case .json: Console.output(outcome.diff.json(baseURL: baseURL))
        }
    }
}

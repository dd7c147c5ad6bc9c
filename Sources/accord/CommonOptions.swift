import AccordKit
import ArgumentParser
import Foundation

/// Options shared by the commands that read content.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(
        name: .long, help: ArgumentHelp("Template overrides, searched before the built-in theme.", valueName: "dir"))
    var templates: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The report date (YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    @Flag(name: .long, help: "Include _drafts/ folders.")
    var drafts = false

    @Flag(
        name: .customLong("unsafe-html"),
        help: "Let raw HTML in Markdown through, and any key through {{{…}}} in templates.")
    var unsafeHTML = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Print only diagnostics.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Form of diagnostics: text, github or json.", valueName: "form"))
    var diagnostics: DiagnosticPrinter.Format = .text

    func validate() throws {
        if let asOf, let problem = Day.problem(iso: asOf) {
            throw ValidationError("--as-of '\(asOf)' is not a date: \(problem)")
        }
    }

    /// Build options for the library.
    func buildOptions(output: String = "Output") -> BuildOptions {
        var options = BuildOptions(today: Self.localToday())
        options.contentPath = content
        options.outputPath = output
        options.templatesPath = templates
        options.asOf = asOf.flatMap { Day(iso: $0) }
        options.includeDrafts = drafts
        options.allowsRawHTML = unsafeHTML
        options.strict = strict
        options.sourceDateEpoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
        options.generator = "Accord \(Accord.version)"
        if !quiet { options.onWait = { Console.error("accord: \($0)\n") } }
        return options
    }

    /// Prints the diagnostics of a run to stderr and returns its exit status.
    func report(_ outcome: Pipeline.Outcome) -> Int32 {
        let prefix = content.hasSuffix("/") ? content : content + "/"
        let printer = DiagnosticPrinter(format: diagnostics, pathPrefix: prefix)
        var text = ""
        for diagnostic in outcome.diagnostics { text += printer.format(diagnostic) }
        if let failure = outcome.failure { text += "accord: error: \(failure)\n" }
        let errors = outcome.diagnostics.filter { $0.severity == .error }.count
        let warnings = outcome.diagnostics.count - errors
        if !quiet, let summary = printer.summary(errors: errors, warnings: warnings) { text += summary }
        Console.error(text)
        return outcome.exitCode
    }

    static func localToday() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
    }
}

extension DiagnosticPrinter.Format: ExpressibleByArgument {}

/// Writes to the standard streams.
enum Console {
    static func error(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func output(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

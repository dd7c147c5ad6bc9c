import AccordKit
import ArgumentParser
import Foundation

/// `accord new partnership SLUG` / `accord new meeting SLUG`: writes a skeleton to fill in.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a skeleton charter or meeting note to fill in.",
        discussion: """
            A meeting note reads the charter: its parties' leads are the attendees, and the open actions \
            and issues of the latest note are carried forward. Writes only the one file it names on stdout, \
            and never overwrites a file.
            """)

    /// What to create.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case partnership, meeting
    }

    @Argument(help: "partnership or meeting")
    var kind: Kind

    @Argument(help: "The partnership slug.")
    var slug: String

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The meeting date (default: today, or the report date when it is earlier).", valueName: "date"))
    var date: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The report date (YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    @Option(
        name: .customLong("kind"),
        help: ArgumentHelp("The meeting kind: steering (default), review, workshop…", valueName: "kind"))
    var meetingKind = "steering"

    @Option(
        name: .long, help: ArgumentHelp("The title (default: from the kind); also names the file.", valueName: "text"))
    var title: String?

    func validate() throws {
        guard Slug.isValid(slug) else {
            throw ValidationError("'\(slug)' is not a valid slug: use lower-case letters, digits and hyphens")
        }
        for (flag, value) in [("--date", date), ("--as-of", asOf)] {
            if let value, let problem = Day.problem(iso: value) {
                throw ValidationError("\(flag) '\(value)' is not a date: \(problem)")
            }
        }
        let kindText = meetingKind.trimmingCharacters(in: .whitespaces)
        guard !kindText.isEmpty, kindText.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == " " }) else {
            throw ValidationError("--kind '\(meetingKind)' must be a word such as steering, review or workshop")
        }
        if kind == .partnership, date != nil || meetingKind != "steering" {
            throw ValidationError("--date and --kind apply to `accord new meeting` only")
        }
    }

    func run() throws {
        var options = BuildOptions(today: CommonOptions.localToday())
        options.contentPath = content
        options.asOf = asOf.flatMap { Day(iso: $0) }
        options.sourceDateEpoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
        let file: Skeleton.File
        switch kind {
        case .partnership:
            file = Skeleton.partnership(slug: slug, today: options.today, title: title)
        case .meeting:
            let plan: MeetingSkeleton.Plan
            do {
                plan = try MeetingSkeleton.plan(
                    options, slug: slug, date: date.flatMap { Day(iso: $0) },
                    kind: meetingKind, title: title)
            } catch {
                printDiagnostics(error.diagnostics)
                Console.error("accord: error: \(error.description)\n")
                throw ExitCode(error.diagnostics.isEmpty ? 3 : 1)
            }
            printDiagnostics(plan.diagnostics)
            if plan.skeleton.date > plan.reportDate {
                Console.error(
                    "accord: warning: \(plan.skeleton.date) is after the report date \(plan.reportDate) "
                        + "(\(plan.reportDateSource.rawValue)); the note shows as upcoming and counts for nothing until then\n"
                )
            }
            file = plan.skeleton.file
        }
        do {
            let path = try file.create(in: content)
            Console.output(path + "\n")
        } catch {
            Console.error("accord: error: \(error)\n")
            throw ExitCode(3)
        }
    }

    func printDiagnostics(_ diagnostics: [Diagnostic]) {
        let printer = DiagnosticPrinter(format: .text, pathPrefix: content.hasSuffix("/") ? content : content + "/")
        Console.error(diagnostics.map(printer.format).joined())
    }
}

import AccordKit
import ArgumentParser

/// `accord new partnership SLUG` / `accord new meeting SLUG`: writes a skeleton to fill in.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a skeleton charter or meeting note to fill in.",
        discussion: "Writes only the one file it names on stdout, and never overwrites a file.")

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

    @Option(name: .long, help: ArgumentHelp("The meeting date (default: today).", valueName: "date"))
    var date: String?

    func validate() throws {
        guard Slug.isValid(slug) else {
            throw ValidationError("'\(slug)' is not a valid slug: use lower-case letters, digits and hyphens")
        }
        if let date, Day(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD") }
    }

    func run() throws {
        let day = date.flatMap { Day(iso: $0) } ?? CommonOptions.localToday()
        let skeleton: Skeleton.File
        switch kind {
        case .partnership: skeleton = Skeleton.partnership(slug: slug, today: day)
        case .meeting: skeleton = Skeleton.meeting(slug: slug, date: day)
        }
        do {
            let path = try skeleton.create(in: content)
            Console.output(path + "\n")
        } catch {
            Console.error("accord: error: \(error)\n")
            throw ExitCode(3)
        }
    }
}

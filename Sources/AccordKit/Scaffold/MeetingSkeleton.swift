import AccordCore
import AccordInput

/// A meeting note that starts where the partnership left off: the charter's real party ids, the
/// parties' leads as attendees, and the open actions and issues of the latest note carried forward.
public struct MeetingSkeleton: Sendable {
    /// The partnership the note is for.
    public var partnership: Partnership
    /// The meeting date.
    public var date: Day
    /// The meeting kind, folded (`steering`, `review`, `workshop`…).
    public var kind: String
    /// The title, or nil for the kind's default title.
    public var title: String?
    /// The texts of the partnership's note files by content path, so that open items are carried forward
    /// exactly as written (the parsed model keeps their meaning, not their source lines).
    public var noteTexts: [String: String] = [:]

    /// A skeleton for a partnership, date, kind and optional title.
    public init(partnership: Partnership, date: Day, kind: String = "steering", title: String? = nil) {
        self.partnership = partnership
        self.date = date
        self.kind = kind.foldedName
        self.title = title?.trimmed
    }

    /// The title written into the note.
    public var noteTitle: String {
        if let title, !title.isEmpty { return title }
        switch kind {
        case "steering": return "Steering committee"
        case "review": return "Strategic review"
        default: return kind.prefix(1).uppercased() + kind.dropFirst()
        }
    }

    /// The latest note dated on or before the meeting date, whose open items are carried forward.
    public var latestNote: Meeting? {
        partnership.meetings.last { $0.date <= date }
    }

    /// The file name stem: the date and the title (when given) or the kind, as a slug.
    public var fileStem: String {
        let words = (title?.isEmpty == false ? title ?? kind : kind).lowercased().unicodeScalars.map {
            scalar -> Character in
            let byte = scalar.isASCII ? UInt8(scalar.value) : 0
            return Slug.isLowerAlphanumeric(byte) ? Character(scalar) : "-"
        }
        let slug = String(words).split(separator: "-").joined(separator: "-")
        return "\(date)-" + (slug.isEmpty ? "meeting" : slug)
    }

    /// The note as a file to create under `partnerships/SLUG/meetings/`.
    public var file: Skeleton.File {
        Skeleton.File(
            path: "partnerships/\(partnership.slug)/meetings/\(fileStem).md", text: text,
            requiredFolder: "partnerships/\(partnership.slug)", numbersWhenTaken: true)
    }

    /// The text of the note.
    public var text: String {
        let parties = partnership.charter.parties
        let attendees = parties.compactMap { $0.lead ?? $0.people.first }
        let others = parties.flatMap(\.people).filter { person in
            !attendees.contains { $0.foldedName == person.foldedName }
        }
        var lines = [
            "---", "date: \(date)", "title: \(YAMLScalar.quoted(noteTitle))",
            "kind: \(kind)                 # steering and review are governance meetings",
        ]
        if let chair = attendees.first { lines.append("chair: \(YAMLScalar.quoted(chair))") }
        lines.append(
            "attendees: \(YAMLScalar.list(attendees))" + (others.isEmpty ? "" : "   # the leads; remove who was absent")
        )
        if !others.isEmpty { lines.append("# also in the charter: \(others.joined(separator: ", "))") }
        lines.append("# health:                      # pulse survey: each party scores 1-5")
        for party in parties {
            lines.append("#   \(party.id): {trust: 4, communication: 4, focus: 4, team: 4, innovation: 4}")
        }
        let measurable = partnership.charter.goals.filter { $0.kpi?.isMeasurable == true }
        if !measurable.isEmpty {
            lines.append(
                "# kpis: {" + measurable.map { "\($0.id): 0" }.joined(separator: ", ")
                    + "}   # KPI readings, by goal id")
        }
        lines += ["---", "", "# \(noteTitle)", "", "## Decisions", "", "## Actions", ""]
        let carried = carriedForward
        lines += carried.actions
        if !carried.actions.isEmpty { lines.append("") }
        lines += ["## Issues", ""]
        lines += carried.issues
        if !carried.issues.isEmpty { lines.append("") }
        lines += ["## Wins", ""]
        return lines.joined(separator: "\n")
    }

    /// The source lines of the open actions and issues of the latest note, as written there.
    public var carriedForward: (actions: [String], issues: [String]) {
        guard let note = latestNote else { return ([], []) }
        let body = (noteTexts[note.path] ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        func item(at location: SourceLocation) -> String? {
            guard let line = location.line else { return nil }
            let first = line - 1
            guard body.indices.contains(first) else { return nil }
            var text = [body[first].trimmed]
            var next = first + 1
            while body.indices.contains(next), !Self.endsItem(body[next]) {
                text.append("  " + body[next].trimmed)
                next += 1
            }
            return text.joined(separator: "\n")
        }
        return (
            note.actions.filter { !$0.isTicked }.compactMap { item(at: $0.location) },
            note.issues.filter { !$0.isTicked }.compactMap { item(at: $0.location) }
        )
    }

    /// True for a line that cannot continue a list item's first paragraph: blank, a heading, a list marker.
    static func endsItem(_ line: Substring) -> Bool {
        let text = line.trimmed
        if text.isEmpty || text.hasPrefix("#") || text.hasPrefix(">") { return true }
        if ["- ", "* ", "+ "].contains(where: { text.hasPrefix($0) }) || ["-", "*", "+"].contains(text) {
            return true
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && digits.count <= 9 && [".", ")"].contains(text.dropFirst(digits.count).first)
    }
}

/// A meeting note: its front matter, its records and its rendered document.
public struct Meeting: Sendable, Codable, Equatable {
    /// Path of the note relative to the content folder.
    public var path: String
    /// Path of the note's page relative to the output folder.
    public var pagePath: String
    /// The meeting date.
    public var date: Day
    /// Where the `date` value is written, when it is.
    public var dateLocation: SourceLocation?
    /// The title (front matter, else the first H1, else the file name).
    public var title: String
    /// The kind, lower-cased (`steering` by default).
    public var kind: String
    /// The chair, if named.
    public var chair: PersonReference?
    /// The attendees.
    public var attendees: [PersonReference]
    /// People from no party (facilitators, observers).
    public var guests: [String]
    /// The pulse survey, by party.
    public var health: [PartyPulse]
    /// KPI readings by goal.
    public var kpiReadings: [KPIReading]
    /// Decisions recorded.
    public var decisions: [Decision]
    /// Actions agreed.
    public var actions: [Action]
    /// Issues and risks.
    public var issues: [IssueRecord]
    /// Wins.
    public var wins: [Win]
    /// The Markdown body, parsed once by AccordInput (lines are lines of the file).
    public var document: MarkdownDocument
    /// Free data for templates.
    public var extra: ExtraValue?
    /// Links of the body that may point to other notes, checked by the site plan.
    public var links: [MarkdownLink] = []
    /// What of the note is private (`visibility:` and `(private: …)` sections).
    public var privacy = NotePrivacy()
    /// The fragments a link to this note may name.
    public var anchors = NoteAnchors()

    /// A meeting.
    public init(
        path: String, pagePath: String, date: Day, title: String, kind: String = "steering",
        chair: PersonReference? = nil, attendees: [PersonReference] = [], guests: [String] = [],
        health: [PartyPulse] = [], kpiReadings: [KPIReading] = [], decisions: [Decision] = [],
        actions: [Action] = [], issues: [IssueRecord] = [], wins: [Win] = [],
        document: MarkdownDocument = MarkdownDocument(), extra: ExtraValue? = nil
    ) {
        self.path = path
        self.pagePath = pagePath
        self.date = date
        self.title = title
        self.kind = kind
        self.chair = chair
        self.attendees = attendees
        self.guests = guests
        self.health = health
        self.kpiReadings = kpiReadings
        self.decisions = decisions
        self.actions = actions
        self.issues = issues
        self.wins = wins
        self.document = document
        self.extra = extra
    }

    /// Governance meetings (`steering`, `review`) count for cadence (O4) and leads present (A7).
    public var isGovernance: Bool {
        kind == "steering" || kind == "review"
    }
}

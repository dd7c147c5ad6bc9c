/// One party's pulse-survey scores in a meeting's `health` block.
public struct PartyPulse: Sendable, Hashable {
    /// The party id.
    public var party: String
    /// Scores 1–5 by dimension (`trust`, `communication`, `focus`, `team`, `innovation`), in the written order.
    public var scores: [PulseScore]
    /// Where the party's entry is.
    public var location: SourceLocation

    /// A party's pulse.
    public init(party: String, scores: [PulseScore], location: SourceLocation) {
        self.party = party
        self.scores = scores
        self.location = location
    }

    /// The score of one dimension.
    public func score(_ dimension: String) -> Double? {
        scores.first { $0.dimension == dimension }?.value
    }
}

/// One pulse-survey score.
public struct PulseScore: Sendable, Hashable {
    /// The dimension.
    public var dimension: String
    /// The score, 1–5, decimals allowed.
    public var value: Double

    /// A score.
    public init(dimension: String, value: Double) {
        self.dimension = dimension
        self.value = value
    }

    /// The dimensions a pulse may score, in display order.
    public static let dimensions = ["trust", "communication", "focus", "team", "innovation"]
}

/// A KPI reading taken at a meeting.
public struct KPIReading: Sendable, Hashable {
    /// The goal id.
    public var goal: String
    /// The value read.
    public var value: Double
    /// Where it is written.
    public var location: SourceLocation

    /// A reading.
    public init(goal: String, value: Double, location: SourceLocation) {
        self.goal = goal
        self.value = value
        self.location = location
    }
}

/// A meeting note: its front matter, its records and its rendered document.
public struct Meeting: Sendable {
    /// Path of the note relative to the content folder.
    public var path: String
    /// Path of the note's page relative to the output folder.
    public var pagePath: String
    /// The meeting date.
    public var date: Day
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
    /// The Markdown body.
    public var document: MarkdownDocument
    /// Free data for templates.
    public var extra: ExtraValue?

    /// A meeting.
    public init(path: String, pagePath: String, date: Day, title: String, kind: String = "steering",
                chair: PersonReference? = nil, attendees: [PersonReference] = [], guests: [String] = [],
                health: [PartyPulse] = [], kpiReadings: [KPIReading] = [], decisions: [Decision] = [],
                actions: [Action] = [], issues: [IssueRecord] = [], wins: [Win] = [],
                document: MarkdownDocument = MarkdownDocument(), extra: ExtraValue? = nil) {
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

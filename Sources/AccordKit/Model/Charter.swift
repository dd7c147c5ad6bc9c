/// The lifecycle status of a partnership.
public enum PartnershipStatus: String, Sendable, CaseIterable {
    /// Being negotiated; not measured as part of the active portfolio.
    case draft
    /// Running.
    case active
    /// Under strategic review.
    case underReview = "under-review"
    /// Finished.
    case ended
}

/// How often governance meetings are expected.
public enum Cadence: Sendable, Hashable, CustomStringConvertible {
    /// Every 7 days.
    case weekly
    /// Every 14 days.
    case fortnightly
    /// Every 30 days.
    case monthly
    /// Every 91 days.
    case quarterly
    /// Every N days (N ≥ 1).
    case everyDays(Int)

    /// The cadence in days.
    public var days: Int {
        switch self {
        case .weekly: 7
        case .fortnightly: 14
        case .monthly: 30
        case .quarterly: 91
        case .everyDays(let n): n
        }
    }

    /// The cadence as written in a charter.
    public var description: String {
        switch self {
        case .weekly: "weekly"
        case .fortnightly: "fortnightly"
        case .monthly: "monthly"
        case .quarterly: "quarterly"
        case .everyDays(let n): "every \(n) days"
        }
    }
}

/// One party of a partnership (client, supplier, partner…).
public struct Party: Sendable, Hashable {
    /// Slug-like id used in notes (`acme`).
    public var id: String
    /// Display name (`Acme Corp`).
    public var name: String
    /// Free role text (`client`).
    public var role: String?
    /// The party's relationship manager.
    public var lead: String?
    /// People of the party, as written (the lead is a member too).
    public var people: [String]
    /// Where the party's entry starts.
    public var location: SourceLocation
    /// Free data for templates.
    public var extra: ExtraValue?

    /// A party.
    public init(id: String, name: String, role: String? = nil, lead: String? = nil, people: [String] = [],
                location: SourceLocation, extra: ExtraValue? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.lead = lead
        self.people = people
        self.location = location
        self.extra = extra
    }
}

/// A goal's key performance indicator.
public struct KPI: Sendable, Hashable {
    /// What is measured.
    public var name: String?
    /// Unit shown after values (`h`, `%`).
    public var unit: String?
    /// Value at the start.
    public var baseline: Double?
    /// Value aimed at; below the baseline means lower is better.
    public var target: Double?

    /// A KPI.
    public init(name: String? = nil, unit: String? = nil, baseline: Double? = nil, target: Double? = nil) {
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.target = target
    }

    /// True when both baseline and target are numbers.
    public var isMeasurable: Bool { baseline != nil && target != nil }
}

/// How much one party cares about a goal (1–5).
public struct GoalPriority: Sendable, Hashable {
    /// The party id.
    public var party: String
    /// Whole number 1–5.
    public var score: Int

    /// A priority.
    public init(party: String, score: Int) {
        self.party = party
        self.score = score
    }
}

/// A shared objective of the partnership.
public struct Goal: Sendable, Hashable {
    /// Unique id within the charter (`G1`).
    public var id: String
    /// What the goal is.
    public var title: String
    /// Relative weight (> 0, default 1).
    public var weight: Double
    /// The party id that owns the goal.
    public var owner: String?
    /// How much each party cares, in the written order.
    public var priorities: [GoalPriority]
    /// The KPI that measures it.
    public var kpi: KPI?
    /// When work began; nil means the partnership's start.
    public var start: Day?
    /// When it should be reached.
    public var due: Day?
    /// Where the goal's entry starts.
    public var location: SourceLocation
    /// Free data for templates.
    public var extra: ExtraValue?

    /// A goal.
    public init(id: String, title: String, weight: Double = 1, owner: String? = nil, priorities: [GoalPriority] = [],
                kpi: KPI? = nil, start: Day? = nil, due: Day? = nil, location: SourceLocation, extra: ExtraValue? = nil) {
        self.id = id
        self.title = title
        self.weight = weight
        self.owner = owner
        self.priorities = priorities
        self.kpi = kpi
        self.start = start
        self.due = due
        self.location = location
        self.extra = extra
    }
}

/// A party's sign-off of the charter.
public struct Signature: Sendable, Hashable {
    /// The party id.
    public var party: String
    /// The date it signed.
    public var date: Day
    /// Where it is written.
    public var location: SourceLocation

    /// A signature.
    public init(party: String, date: Day, location: SourceLocation) {
        self.party = party
        self.date = date
        self.location = location
    }
}

/// A top-level item of "Value for each party": what one party gets out of the partnership.
public struct ValueItem: Sendable, Hashable {
    /// The label before `:` as written (a party id or name).
    public var label: String
    /// The party id the label names, when it names one.
    public var party: String?
    /// The text after the label.
    public var text: String
    /// Where the item is.
    public var location: SourceLocation

    /// A value item.
    public init(label: String, party: String?, text: String, location: SourceLocation) {
        self.label = label
        self.party = party
        self.text = text
        self.location = location
    }
}

/// The partnership charter: parties, goals, governance and the rendered document.
public struct Charter: Sendable {
    /// Path of `charter.md` relative to the content folder.
    public var path: String
    /// Title of the partnership.
    public var title: String
    /// Lifecycle status (missing means active).
    public var status: PartnershipStatus
    /// The parties, in the written order.
    public var parties: [Party]
    /// Sign-offs by party, in the written order.
    public var signatures: [Signature]
    /// The strategic review date.
    public var review: Day?
    /// The expected governance meeting cadence.
    public var cadence: Cadence?
    /// The shared goals.
    public var goals: [Goal]
    /// The Markdown body.
    public var document: MarkdownDocument
    /// Value items found under "Value for each party".
    public var valueItems: [ValueItem]
    /// Free data for templates.
    public var extra: ExtraValue?

    /// A charter.
    public init(path: String, title: String, status: PartnershipStatus = .active, parties: [Party],
                signatures: [Signature] = [], review: Day? = nil, cadence: Cadence? = nil, goals: [Goal] = [],
                document: MarkdownDocument = MarkdownDocument(), valueItems: [ValueItem] = [], extra: ExtraValue? = nil) {
        self.path = path
        self.title = title
        self.status = status
        self.parties = parties
        self.signatures = signatures
        self.review = review
        self.cadence = cadence
        self.goals = goals
        self.document = document
        self.valueItems = valueItems
        self.extra = extra
    }

    /// The party with an id.
    public func party(_ id: String) -> Party? {
        parties.first { $0.id == id }
    }
}

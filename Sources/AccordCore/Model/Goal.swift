/// A shared objective of the partnership.
public struct Goal: Sendable, Hashable, Codable {
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
    /// When it stopped counting (`retired:`); from then on its status is `retired`.
    public var retired: Day?
    /// Where the goal's entry starts.
    public var location: SourceLocation
    /// Free data for templates.
    public var extra: ExtraValue?

    /// A goal.
    public init(
        id: String, title: String, weight: Double = 1, owner: String? = nil, priorities: [GoalPriority] = [],
        kpi: KPI? = nil, start: Day? = nil, due: Day? = nil, location: SourceLocation, extra: ExtraValue? = nil,
        retired: Day? = nil
    ) {
        self.id = id
        self.title = title
        self.weight = weight
        self.owner = owner
        self.priorities = priorities
        self.kpi = kpi
        self.start = start
        self.due = due
        self.retired = retired
        self.location = location
        self.extra = extra
    }
}

/// How much one party cares about a goal (1–5).
public struct GoalPriority: Sendable, Hashable, Codable {
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

/// A goal's key performance indicator.
public struct KPI: Sendable, Hashable, Codable {
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

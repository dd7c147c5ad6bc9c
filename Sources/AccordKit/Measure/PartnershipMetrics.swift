/// Everything measured about one partnership at a report date.
public struct PartnershipMetrics: Sendable {
    /// The partnership slug.
    public var slug: String
    /// The charter title.
    public var title: String
    /// The charter status (missing counts as active).
    public var status: PartnershipStatus
    /// The report date.
    public var asOf: Day
    /// The charter's parties, in the written order.
    public var parties: [Party]
    /// The start date: earliest counted signature, else first counted meeting; nil when neither.
    public var startDate: Day?
    /// Number of meetings dated on or before the report date.
    public var countedMeetings: Int
    /// Number of counted steering and review meetings.
    public var governanceMeetings: Int
    /// The date of the latest counted governance meeting.
    public var lastGovernanceMeeting: Day?
    /// The latest counted pulse's meeting date, when within 180 days of the report date.
    public var latestPulseDate: Day?
    /// Alignment metrics A1–A9 and their index.
    public var alignment: MetricFamilyResult
    /// Outcome metrics O1–O5 and their index.
    public var outcome: MetricFamilyResult
    /// Goals in charter order.
    public var goals: [GoalResult]
    /// Merged actions of counted notes, in order of first appearance.
    public var actions: [TrackedAction]
    /// Merged issues of counted notes, in order of first appearance.
    public var issues: [TrackedIssue]
    /// Commitment reliability per party, in charter order.
    public var sayDo: [PartySayDo]
    /// Participation per party, in charter order.
    public var participation: [PartyParticipation]
    /// Trust per party in the latest pulse, in charter order (parties that scored trust).
    public var trust: [PartyTrust]
    /// Red flags (none for draft and ended partnerships), in the spec's order.
    public var redFlags: [RedFlag]
    /// The health tier.
    public var tier: HealthTier
    /// "Needs attention" items, most urgent first.
    public var attention: [AttentionItem]
    /// Indices, scores and KPIs at the date of every counted meeting before the report date, then at the
    /// report date itself (the figures above), oldest first.
    public var history: [MetricsHistoryPoint]
    /// The index in `actions` of the merged action behind each appearance (its location in a counted note).
    var actionAppearances: [SourceLocation: Int] = [:]
    /// The index in `issues` of the merged issue behind each appearance.
    var issueAppearances: [SourceLocation: Int] = [:]

    /// The merged action that an action written at `location` in a counted note is part of.
    public func trackedAction(at location: SourceLocation) -> TrackedAction? {
        actionAppearances[location].map { actions[$0] }
    }

    /// The merged issue that an issue written at `location` in a counted note is part of.
    public func trackedIssue(at location: SourceLocation) -> TrackedIssue? {
        issueAppearances[location].map { issues[$0] }
    }

    /// Maps every appearance of the merged actions and issues to them (done once, when measuring).
    mutating func indexAppearances() {
        actionAppearances = [:]
        for (index, action) in actions.enumerated() {
            for location in action.appearances { actionAppearances[location] = index }
        }
        issueAppearances = [:]
        for (index, issue) in issues.enumerated() {
            for location in issue.appearances { issueAppearances[location] = index }
        }
    }

    /// One metric of either family.
    public func metric(_ id: MetricID) -> MetricResult? {
        alignment.metric(id) ?? outcome.metric(id)
    }

    /// Every metric, A1…A9 then O1…O5.
    public var allMetrics: [MetricResult] { alignment.metrics + outcome.metrics }

    /// True for draft and ended partnerships, listed apart from the active portfolio.
    public var isListedApart: Bool { status == .draft || status == .ended }
}

import AccordCore

/// Everything measured about one partnership at a report date.
public struct PartnershipMetrics: Sendable, Codable, Equatable {
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
    /// The start date the metrics used: the charter's `start`, else the earliest counted signature, else the first
    /// counted meeting; nil when none.
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
    /// Warning signs (none for draft and ended partnerships), in the spec's order.
    public var warnings: [WarningSign]
    /// The health tier.
    public var tier: HealthTier
    /// "Needs attention" items, most urgent first.
    public var attention: [AttentionItem]
    /// Indices, scores and KPIs at the date of every counted meeting before the report date, then at the
    /// report date itself (the figures above), oldest first.
    public var history: [MetricsHistoryPoint]
    /// One metric of either family.
    public func metric(_ id: MetricID) -> MetricResult? {
        alignment.metric(id) ?? outcome.metric(id)
    }

    /// Every metric, A1…A9 then O1…O5.
    public var allMetrics: [MetricResult] { alignment.metrics + outcome.metrics }

    /// The exit decision of the charter, when one is written.
    public var exit: ExitDecision?

    /// True for draft and ended partnerships, listed apart from the active portfolio.
    public var isListedApart: Bool { status == .draft || status == .ended }

    /// True for a partnership whose exit has been decided: the portfolio page lists it apart, as winding down,
    /// while its open actions and attention items stay in the portfolio's lists.
    public var isWindingDown: Bool { tier == .exiting }

    /// Days from the report date to the exit's effective date (0 on it, negative once passed); nil without one.
    public var exitDaysLeft: Int? { exit?.effective.map { $0.days(since: asOf) } }

    /// The lower of the two indices, nil when either has no data.
    public var lowerIndex: Double? {
        guard let alignment = alignment.index, let outcome = outcome.index else { return nil }
        return min(alignment, outcome)
    }

    /// The v1.2 portfolio order: tier (at risk first, then marginal, healthy, high-performing, unrated, exiting,
    /// draft, ended), then the lower index (lowest first, no data last), then slug.
    public static func portfolioOrder(_ lhs: PartnershipMetrics, _ rhs: PartnershipMetrics) -> Bool {
        if lhs.tier != rhs.tier { return lhs.tier.portfolioRank < rhs.tier.portfolioRank }
        switch (lhs.lowerIndex, rhs.lowerIndex) {
        case (let left?, let right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.slug < rhs.slug
        }
    }
}

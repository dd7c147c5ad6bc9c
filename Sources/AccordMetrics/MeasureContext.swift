import AccordCore

/// The facts every metric of one partnership reads at one report date, computed once.
package struct MeasureContext {
    /// The partnership measured.
    package let partnership: Partnership
    /// The report date.
    package let asOf: Day
    /// Effective band bounds.
    package let thresholds: MetricThresholds
    /// `required_sections` of the site configuration.
    package let requiredSections: [String]
    /// Meetings dated on or before the report date, by date then path.
    package let meetings: [Meeting]
    /// Counted steering and review meetings.
    package let governance: [Meeting]
    /// The current terms: the latest counted amendment, else the original charter.
    package let terms: CurrentTerms
    /// Signatures of the current terms dated on or before the report date.
    package let signatures: [Signature]
    /// The charter's `start`, else its earliest counted signature in `signed`, else the first counted meeting.
    package let start: Day?
    /// True when an exit was decided by the report date and the status is not draft or ended.
    package let isExiting: Bool
    /// Ids of the goals retired by the report date.
    package let retiredGoals: Set<String>
    /// The latest counted meeting with a health block, when at most 180 days old.
    package let latestPulse: Meeting?
    /// Merged actions of counted notes.
    package let actions: [TrackedAction]
    /// Merged issues of counted notes.
    package let issues: [TrackedIssue]
    /// Goals measured at the report date.
    package let goals: [GoalResult]
    /// False when only scores are wanted (history points): metrics skip their input lines and figures.
    package let detailed: Bool

    /// How old a pulse may be, in days, and still count.
    package static let pulseMaxAge = 180

    /// The facts at `asOf`; `merged` gives the actions and issues of the counted notes when the caller has
    /// merged them already (the history keeps ledgers as it walks the meeting dates).
    package init(
        partnership: Partnership, asOf: Day, thresholds: MetricThresholds, requiredSections: [String],
        detailed: Bool = true, merged: (actions: [TrackedAction], issues: [TrackedIssue])? = nil
    ) {
        self.partnership = partnership
        self.detailed = detailed
        self.asOf = asOf
        self.thresholds = thresholds
        self.requiredSections = requiredSections
        let meetings = partnership.meetings.filter { $0.date <= asOf }
        self.meetings = meetings
        governance = meetings.filter(\.isGovernance)
        let charter = partnership.charter
        let start =
            charter.start ?? charter.signatures.filter { $0.date <= asOf }.map(\.date).min() ?? meetings.first?.date
        self.start = start
        terms = CurrentTerms(charter: charter, asOf: asOf)
        signatures = terms.signatures.filter { $0.date <= asOf }
        isExiting =
            charter.status != .draft && charter.status != .ended && (charter.exit.map { $0.decided <= asOf } ?? false)
        retiredGoals = Set(charter.goals.filter { goal in goal.retired.map { $0 <= asOf } ?? false }.map(\.id))
        latestPulse = meetings.last { !$0.health.isEmpty }.flatMap { meeting in
            asOf.days(since: meeting.date) <= Self.pulseMaxAge ? meeting : nil
        }
        actions = merged?.actions ?? MetricsEngine.mergeActions(of: meetings, asOf: asOf)
        issues = merged?.issues ?? MetricsEngine.mergeIssues(of: meetings, asOf: asOf)
        goals = partnership.charter.goals.map { goal in
            MetricsEngine.measureGoal(goal, meetings: meetings, partnershipStart: start, asOf: asOf)
        }
    }

    /// The charter.
    package var charter: Charter { partnership.charter }
    /// The parties, in charter order.
    package var parties: [Party] { charter.parties }
    /// The charter's goals that are not retired at the report date (A3, A4, O1 and `goals-behind` read these).
    package var activeGoals: [Goal] { charter.goals.filter { !retiredGoals.contains($0.id) } }
    /// The party's display name, or the id when the party is unknown.
    package func partyName(_ id: String) -> String { charter.party(id)?.name ?? id }

    /// `Acme Corp (acme)`, or the id when the party is unknown.
    package func partyLabel(_ id: String) -> String {
        guard let party = charter.party(id) else { return id }
        return party.name == party.id ? party.id : "\(party.name) (\(party.id))"
    }

    /// A result for a metric, banded with the effective bounds.
    package func result(
        _ id: MetricID, _ score: Double?, _ inputs: [MetricInput], note: String? = nil,
        figures: [MetricFigure] = []
    ) -> MetricResult {
        MetricResult(
            id: id, score: score, bounds: thresholds.bounds(for: id), inputs: inputs, note: note, figures: figures)
    }
}

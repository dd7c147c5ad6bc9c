import AccordCore

/// One party's commitment reliability (O2 per party).
public struct PartySayDo: Sendable, Hashable, Codable {
    /// The party id.
    public var party: String
    /// Actions of the party due by the report date.
    public var due: Int
    /// Of those, done on or before their due date (undated ticks included).
    public var doneOnTime: Int
    /// Of those, done without a `done` date.
    public var undated: Int
    /// Actions of the party due by the report date and not done at it.
    public var open: Int
    /// `doneOnTime ÷ due × 100`, nil when nothing was due.
    public var score: Double? { MetricMath.percent(doneOnTime, due) }
}

/// One party's participation in the counted meetings (A6 per party).
public struct PartyParticipation: Sendable, Hashable, Codable {
    /// The party id.
    public var party: String
    /// Counted meetings with at least one attendee of the party.
    public var meetingsPresent: Int
    /// Counted meetings.
    public var meetings: Int
    /// Attendee places of the party summed over counted meetings (head count).
    public var attendances: Int
    /// Distinct people of the party who attended at least one counted meeting.
    public var distinctPeople: Int
    /// Merged actions (counted notes) owned by the party.
    public var actionsOwned: Int
    /// `meetingsPresent ÷ meetings × 100`, nil without meetings.
    public var presence: Double? { MetricMath.percent(meetingsPresent, meetings) }
}

/// One party's trust score in the latest pulse (shown beside O5).
public struct PartyTrust: Sendable, Hashable, Codable {
    /// The party id.
    public var party: String
    /// Its `trust` score, 1–5.
    public var trust: Double
    /// Where the party's pulse is written.
    public var location: SourceLocation
}

import AccordCore

/// A goal's status at the report date.
public enum GoalStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Progress ≥ 1.
    case achieved
    /// Progress ≥ elapsed time share − 0.1 (or > 0 without a due date).
    case onTrack = "on-track"
    /// Otherwise.
    case behind
    /// No usable KPI reading.
    case noData = "no-data"
    /// Retired by its `retired` date: left out of A3, A4, O1 and `goals-behind`.
    case retired
}

/// A KPI reading of a goal in a counted meeting.
public struct GoalReading: Sendable, Hashable, Codable {
    /// The meeting date.
    public var date: Day
    /// The value read.
    public var value: Double
    /// Where it is written.
    public var location: SourceLocation
}

/// A goal measured at the report date.
public struct GoalResult: Sendable, Hashable, Codable {
    /// The goal from the charter.
    public var goal: Goal
    /// The latest counted reading (ignored when the KPI has no numeric baseline and target).
    public var latest: GoalReading?
    /// Every counted reading, oldest first.
    public var readings: [GoalReading]
    /// `(latest − baseline) ÷ (target − baseline)`, not clamped; nil without a usable reading.
    public var progressUnclamped: Double?
    /// The progress clamped to 0…1 (used by O1 and the status).
    public var progress: Double?
    /// Share of the time from start to due that has passed, 0…1; nil without a due date or start.
    public var elapsed: Double?
    /// The status.
    public var status: GoalStatus

    /// The goal id.
    public var id: String { goal.id }
}

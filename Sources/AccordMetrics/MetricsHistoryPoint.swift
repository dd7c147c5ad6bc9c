import AccordCore

/// A goal's KPI at one point of the history.
public struct GoalHistoryValue: Sendable, Hashable, Codable {
    /// The goal id.
    public var goal: String
    /// The latest reading at that date, nil when none.
    public var value: Double?
    /// The clamped progress at that date, nil without a usable reading.
    public var progress: Double?
}

/// Every index, metric score and KPI recomputed as of one date: a counted meeting date, or the report date.
public struct MetricsHistoryPoint: Sendable, Hashable, Codable {
    /// The date of this recomputation (a counted meeting date, or the report date for the last point).
    public var date: Day
    /// The alignment index at that date.
    public var alignmentIndex: Double?
    /// The outcome index at that date.
    public var outcomeIndex: Double?
    /// Every metric's unrounded score at that date, by id (metrics without data are absent).
    public var scores: [MetricID: Double]
    /// Every goal's KPI at that date, in charter order.
    public var goals: [GoalHistoryValue]
}

/// The kinds of red flag of the spec.
public enum RedFlagKind: String, Sendable, Hashable, CaseIterable {
    /// The strategic review date has passed while the status is active.
    case reviewOverdue = "review-overdue"
    /// No governance meeting for more than twice the cadence.
    case meetingOverdue = "meeting-overdue"
    /// A party's trust below 2.5 in the latest pulse.
    case lowTrust = "low-trust"
    /// A party has not signed 30 days after the start, or nobody has signed.
    case unsigned
}

/// A red flag raised on a partnership, with a message for the page.
public struct RedFlag: Sendable, Hashable {
    /// The kind.
    public var kind: RedFlagKind
    /// A sentence explaining it.
    public var message: String
}

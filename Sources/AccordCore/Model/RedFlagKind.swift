/// The kinds of red flag of the spec, in the spec's order.
public enum RedFlagKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The strategic review date has passed while the status is active (not raised while exiting).
    case reviewOverdue = "review-overdue"
    /// No governance meeting for more than twice the cadence.
    case meetingOverdue = "meeting-overdue"
    /// A party's trust at or below 2.5 in the latest pulse.
    case lowTrust = "low-trust"
    /// A party has not signed the current terms 30 days after their date, or nobody has signed them.
    case unsigned

    /// The position in the spec's list (0 first).
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}

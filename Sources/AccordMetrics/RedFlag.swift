import AccordCore

/// The kinds of red flag of the spec, in the spec's order.
public enum RedFlagKind: String, Sendable, Hashable, CaseIterable {
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

/// A red flag raised on a partnership: a sentence for its page, a few words for the portfolio, and the line
/// that shows it.
public struct RedFlag: Sendable, Hashable {
    /// The kind.
    public var kind: RedFlagKind
    /// A sentence explaining it.
    public var message: String
    /// A few words for the portfolio briefing (`review 51 days overdue`).
    public var brief: String
    /// The line that shows it.
    public var location: SourceLocation
    /// The party concerned, when one is (the first, when several are).
    public var party: String?
    /// How many days late (review, meeting), else 0.
    public var days: Int

    /// A red flag.
    public init(kind: RedFlagKind, message: String, brief: String, location: SourceLocation, party: String? = nil,
                days: Int = 0) {
        self.kind = kind
        self.message = message
        self.brief = brief
        self.location = location
        self.party = party
        self.days = days
    }
}

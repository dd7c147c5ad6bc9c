import AccordCore

/// A red flag raised on a partnership: a sentence for its page, a few words for the portfolio, and the line
/// that shows it.
public struct RedFlag: Sendable, Hashable, Codable {
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
    public init(
        kind: RedFlagKind, message: String, brief: String, location: SourceLocation, party: String? = nil,
        days: Int = 0
    ) {
        self.kind = kind
        self.message = message
        self.brief = brief
        self.location = location
        self.party = party
        self.days = days
    }
}

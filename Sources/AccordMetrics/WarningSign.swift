import AccordCore

/// The kinds of warning sign (v1.2): a partnership drifting, in the order of the spec's table.
public enum WarningSignKind: String, Sendable, Hashable, CaseIterable {
    /// A party's trust at least 1.0 below the highest it gave in the 365 days before the latest pulse.
    case trustFalling = "trust-falling"
    /// The parties' trust scores in the latest pulse differ by 1.5 or more.
    case trustGap = "trust-gap"
    /// A party, or its lead, at fewer than half of the last six governance meetings.
    case partyDisengaged = "party-disengaged"
    /// A party did fewer than half of its (four or more) actions due in the last 180 days on time.
    case commitmentsSlipping = "commitments-slipping"
    /// At least half of two or more measured goals are behind.
    case goalsBehind = "goals-behind"

    /// The position in the spec's table (0 first).
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}

/// A warning sign raised on a partnership: a sentence for its page, a few words for the portfolio, and the
/// line that shows it.
public struct WarningSign: Sendable, Hashable {
    /// The kind.
    public var kind: WarningSignKind
    /// A sentence naming the party and the figures.
    public var message: String
    /// A few words for the portfolio briefing (`Meridian Bank's trust fell 4.0 → 2.5`).
    public var brief: String
    /// The line that shows it.
    public var location: SourceLocation
    /// The party concerned, when one is (the first, when several are).
    public var party: String?

    /// A warning sign.
    public init(kind: WarningSignKind, message: String, brief: String, location: SourceLocation, party: String? = nil) {
        self.kind = kind
        self.message = message
        self.brief = brief
        self.location = location
        self.party = party
    }
}

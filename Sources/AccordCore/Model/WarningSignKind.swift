/// The kinds of warning sign (v1.2): a partnership drifting, in the order of the spec's table.
public enum WarningSignKind: String, Sendable, Hashable, CaseIterable, Codable {
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

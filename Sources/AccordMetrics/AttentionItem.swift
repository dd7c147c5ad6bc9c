import AccordCore

/// The kinds of "needs attention" items. Red flags and warning signs use their own ids; the other kinds are
/// declared in the order of the spec's list (overdue actions first).
public enum AttentionKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// An action not done and past its due date.
    case overdueAction = "overdue-action"
    /// The exit's effective date has passed: the status should be set to `ended`.
    case exitEffective = "exit-effective"
    /// More than one cadence period since the last governance meeting (a red flag past two).
    case meetingOverdue = "meeting-overdue"
    /// The strategic review date has passed or is within 60 days.
    case reviewDue = "review-due"
    /// A goal whose status is behind.
    case goalBehind = "goal-behind"
    /// A pulse dimension whose party scores differ by 1.0 or more.
    case sharedViewGap = "shared-view-gap"
    /// A party's trust below 3.0 in the latest pulse (a red flag at 2.5 and below).
    case lowTrust = "low-trust"
    /// A required charter section is missing.
    case missingSection = "missing-section"
    /// A party has not signed the current terms (a red flag after 30 days).
    case unsigned
    /// An issue open for more than 30 days.
    case staleIssue = "stale-issue"
    /// Red flag: the strategic review date has passed while the partnership is active.
    case reviewOverdue = "review-overdue"
    /// Warning sign `trust-falling`.
    case trustFalling = "trust-falling"
    /// Warning sign `trust-gap`.
    case trustGap = "trust-gap"
    /// Warning sign `party-disengaged`.
    case partyDisengaged = "party-disengaged"
    /// Warning sign `commitments-slipping`.
    case commitmentsSlipping = "commitments-slipping"
    /// Warning sign `goals-behind`.
    case goalsBehind = "goals-behind"

    /// The rank among the items of the same severity that are neither red flags nor warning signs.
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

    /// The kind of a red flag's item.
    public init(_ flag: RedFlagKind) {
        self = Self(rawValue: flag.rawValue) ?? .reviewOverdue
    }

    /// The kind of a warning sign's item.
    public init(_ sign: WarningSignKind) {
        self = Self(rawValue: sign.rawValue) ?? .trustFalling
    }
}

/// How serious an attention item is: red flags first, then warning signs, then the rest (v1.2 order).
public enum AttentionSeverity: String, Sendable, Hashable, CaseIterable, Codable {
    /// The item of a red flag.
    case redFlag = "red-flag"
    /// The item of a warning sign.
    case warningSign = "warning-sign"
    /// Anything else.
    case notice
}

/// One "needs attention" item of a partnership.
public struct AttentionItem: Sendable, Hashable, Codable {
    /// The partnership slug.
    public var slug: String
    /// What kind of problem it is.
    public var kind: AttentionKind
    /// A sentence for the page.
    public var message: String
    /// Where to fix it (content-relative path; line nil when it is about a whole file).
    public var location: SourceLocation
    /// The party concerned, when one is.
    public var party: String?
    /// How many days late or open (overdue actions, overdue meetings, stale issues, review passed); 0 otherwise.
    public var days: Int
    /// Red flag, warning sign or notice.
    public var severity: AttentionSeverity

    /// An item.
    public init(
        slug: String, kind: AttentionKind, message: String, location: SourceLocation, party: String? = nil,
        days: Int = 0, severity: AttentionSeverity = .notice
    ) {
        self.slug = slug
        self.kind = kind
        self.message = message
        self.location = location
        self.party = party
        self.days = days
        self.severity = severity
    }

    /// The rank within its severity: the flag list's order, the warning table's order, else the kind's.
    package var rankInSeverity: Int {
        switch severity {
        case .redFlag: RedFlagKind(rawValue: kind.rawValue)?.rank ?? kind.rank
        case .warningSign: WarningSignKind(rawValue: kind.rawValue)?.rank ?? kind.rank
        case .notice: kind.rank
        }
    }

    /// The v1.2 order within a partnership: red flags (in the flag list's order), then warning signs (in their
    /// table's order), then overdue actions (most days late first), then the rest in the spec's list order;
    /// ties by more days first, then slug, path, line, message.
    public static func urgencyOrder(_ lhs: AttentionItem, _ rhs: AttentionItem) -> Bool {
        if lhs.severity != rhs.severity {
            return AttentionSeverity.allCases.firstIndex(of: lhs.severity) ?? 0
                < AttentionSeverity.allCases.firstIndex(of: rhs.severity) ?? 0
        }
        if lhs.rankInSeverity != rhs.rankInSeverity { return lhs.rankInSeverity < rhs.rankInSeverity }
        if lhs.days != rhs.days { return lhs.days > rhs.days }
        if lhs.slug != rhs.slug { return lhs.slug < rhs.slug }
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.message < rhs.message
    }
}

/// The kinds of "needs attention" items, declared most urgent first (the order of the spec's list).
public enum AttentionKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// An action not done and past its due date.
    case overdueAction = "overdue-action"
    /// More than one cadence period since the last governance meeting.
    case meetingOverdue = "meeting-overdue"
    /// The strategic review date has passed or is within 60 days.
    case reviewDue = "review-due"
    /// A goal whose status is behind.
    case goalBehind = "goal-behind"
    /// A pulse dimension whose party scores differ by 1.0 or more.
    case sharedViewGap = "shared-view-gap"
    /// A party's trust below 3.0 in the latest pulse.
    case lowTrust = "low-trust"
    /// A required charter section is missing.
    case missingSection = "missing-section"
    /// A party has not signed the charter.
    case unsigned
    /// An issue open for more than 30 days.
    case staleIssue = "stale-issue"

    /// The rank in the urgency order (0 is most urgent).
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

    /// Orders kinds by urgency rank.
    public static func < (lhs: AttentionKind, rhs: AttentionKind) -> Bool { lhs.rank < rhs.rank }
}

/// One "needs attention" item of a partnership.
public struct AttentionItem: Sendable, Hashable {
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

    /// Most urgent first: kind rank, then more days first, then slug, path, line, message.
    public static func urgencyOrder(_ lhs: AttentionItem, _ rhs: AttentionItem) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        if lhs.days != rhs.days { return lhs.days > rhs.days }
        if lhs.slug != rhs.slug { return lhs.slug < rhs.slug }
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.message < rhs.message
    }
}

import AccordCore
import AccordInput
import AccordMetrics
import AccordSite

/// What changed between two measurements of a portfolio at the same report date (`accord diff`).
public struct PortfolioDiff: Sendable {
    /// The report date both sides were measured at.
    public var asOf: Day
    /// The base revision as typed.
    public var base: String
    /// The head revision as typed, or `work tree`.
    public var head: String
    /// The partnerships that changed, in the attention order of the head (removed ones last, in the base's order).
    public var partnerships: [PartnershipDiff]

    /// True when nothing changed.
    public var isEmpty: Bool { partnerships.isEmpty }
}

/// What changed for one partnership.
public struct PartnershipDiff: Sendable, Hashable {
    /// Whether the partnership is new, gone or changed.
    public enum Presence: String, Sendable, Hashable {
        /// Only in the head.
        case added
        /// Only in the base.
        case removed
        /// In both, with changes.
        case changed
    }

    /// The slug.
    public var slug: String
    /// The title (the head's, the base's when removed).
    public var title: String
    /// New, gone or changed.
    public var presence: Presence
    /// The tier in the base (nil when added).
    public var baseTier: HealthTier?
    /// The tier in the head (nil when removed).
    public var headTier: HealthTier?
    /// The changes, in a fixed order: tier, indices, bands, red flags, warning signs, actions, goals.
    public var changes: [DiffChange]

    /// The page path of the partnership in the built site.
    public var pagePath: String { "partnerships/\(SitePaths.encode(slug))/index.html" }
}

/// One change of a partnership.
public struct DiffChange: Sendable, Hashable {
    /// The kinds of change, in the order they are listed.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The partnership is new.
        case added
        /// The partnership is gone.
        case removed
        /// The tier changed.
        case tier
        /// The alignment index changed (as shown, one decimal).
        case alignmentIndex = "alignment-index"
        /// The outcome index changed (as shown, one decimal).
        case outcomeIndex = "outcome-index"
        /// A metric changed band.
        case band
        /// A red flag is raised that was not.
        case redFlagAppeared = "red-flag-appeared"
        /// A red flag is no longer raised.
        case redFlagCleared = "red-flag-cleared"
        /// A warning sign is raised that was not.
        case warningSignAppeared = "warning-sign-appeared"
        /// A warning sign is no longer raised.
        case warningSignCleared = "warning-sign-cleared"
        /// An action became overdue (or is new and overdue).
        case actionOverdue = "action-overdue"
        /// An action was done (or is new and done).
        case actionDone = "action-done"
        /// A goal's status changed (or the goal is new).
        case goalStatus = "goal-status"
    }

    /// The kind.
    public var kind: Kind
    /// The id concerned: a metric, flag, sign or goal id; nil for tiers, indices and actions.
    public var id: String?
    /// The value before (a tier, index, band or status), nil when there was none.
    public var before: String?
    /// The value after, nil when there is none.
    public var after: String?
    /// The change in words, without the partnership (user text unescaped: formats escape it).
    public var text: String
}

import AccordCore

/// The state of an action at a date: the one rule that the metrics, the history ledgers and every page use,
/// with its words and CSS class defined here once.
public enum ActionStatus: Sendable, Hashable, Codable {
    /// Ticked, with a `done` date not after the date; nil when ticked without a `done` date.
    case done(on: Day?)
    /// Not done at the date and due before it, by this many days (at least 1).
    case overdue(days: Int)
    /// Not done at the date, and due on or after it, or without a due date.
    case open(due: Day?)
    /// Listed in a note dated after the report date: not counted yet, shown as written.
    case upcoming

    /// The state at `date` of an action ticked or not, with its `done` and `due` dates. Done when ticked and
    /// the `done` date (if any) is not after `date`; else overdue when due before `date`; else open.
    public init(isTicked: Bool, done: Day?, due: Day?, at date: Day) {
        if isTicked && (done.map { $0 <= date } ?? true) {
            self = .done(on: done)
        } else if let due, due < date {
            self = .overdue(days: date.days(since: due))
        } else {
            self = .open(due: due)
        }
    }

    /// True when done at the date.
    public var isDone: Bool {
        if case .done = self { return true }
        return false
    }

    /// True when done without a `done` date (counted as on time, listed as "undated").
    public var isUndated: Bool { self == .done(on: nil) }

    /// Days past the due date when overdue, else 0.
    public var daysOverdue: Int {
        if case .overdue(let days) = self { return days }
        return 0
    }

    /// The state in words: `done on 2026-03-18`, `done, undated`, `overdue by 12 days`, `open, due 2026-04-01`,
    /// `open, no due date`, `upcoming`.
    public var words: String {
        switch self {
        case .done(let day?): "done on \(day)"
        case .done(nil): "done, undated"
        case .overdue(let days): "overdue by \(NumberText.days(days))"
        case .open(let due?): "open, due \(due)"
        case .open(nil): "open, no due date"
        case .upcoming: "upcoming"
        }
    }

    /// The CSS class of the state: `state-done`, `state-overdue`, `state-open` or `state-upcoming`.
    public var cssClass: String {
        switch self {
        case .done: "state-done"
        case .overdue: "state-overdue"
        case .open: "state-open"
        case .upcoming: "state-upcoming"
        }
    }
}

/// The state of an issue at a date: the one rule for issues, with its words and CSS class.
public enum IssueStatus: Sendable, Hashable, Codable {
    /// Ticked, with a `resolved` date not after the date; nil when ticked without a `resolved` date.
    case resolved(on: Day?)
    /// Not resolved at the date; raised on `raised`, `days` before the date (negative when raised after it).
    case open(raised: Day, days: Int)
    /// Listed in a note dated after the report date: not counted yet, shown as written.
    case upcoming

    /// The state at `date` of an issue ticked or not, with its `resolved` date, raised on `raised`.
    public init(isTicked: Bool, resolved: Day?, raised: Day, at date: Day) {
        if isTicked && (resolved.map { $0 <= date } ?? true) {
            self = .resolved(on: resolved)
        } else {
            self = .open(raised: raised, days: date.days(since: raised))
        }
    }

    /// True when resolved at the date.
    public var isResolved: Bool {
        if case .resolved = self { return true }
        return false
    }

    /// Days it has been open at the date, when open; nil otherwise.
    public var daysOpen: Int? {
        if case .open(_, let days) = self { return days }
        return nil
    }

    /// The state in words: `resolved on 2026-03-18`, `resolved, undated`, `open for 64 days`, `upcoming`.
    public var words: String {
        switch self {
        case .resolved(let day?): "resolved on \(day)"
        case .resolved(nil): "resolved, undated"
        case .open(let raised, let days): days >= 0 ? "open for \(NumberText.days(days))" : "open, raised \(raised)"
        case .upcoming: "upcoming"
        }
    }

    /// The CSS class of the state: `state-done`, `state-open` or `state-upcoming`.
    public var cssClass: String {
        switch self {
        case .resolved: "state-done"
        case .open: "state-open"
        case .upcoming: "state-upcoming"
        }
    }
}

import AccordCore

/// An action after carried-forward copies are merged: one per (owner, text), with its state at the report date.
public struct TrackedAction: Sendable, Hashable, Codable {
    /// The owner as first written, nil when none was written.
    public var owner: ActionOwner?
    /// The party the owner maps to, nil when none.
    public var party: String?
    /// The plain text as first written.
    public var text: String
    /// The due date of the first appearance that has one.
    public var due: Day?
    /// True when ticked in the latest counted note that lists it.
    public var isTicked: Bool
    /// The `done` date written in the latest counted note that lists it.
    public var doneDate: Day?
    /// Where it was first agreed (the first counted note listing it).
    public var firstLocation: SourceLocation
    /// Where its state was last written (the latest counted note listing it).
    public var latestLocation: SourceLocation
    /// Every appearance, oldest first.
    public var appearances: [SourceLocation]
    /// The date its state is read at (the report date).
    public private(set) var asOf: Day
    /// Its state at `asOf`, by `ActionStatus`, the one rule.
    public private(set) var status: ActionStatus

    /// A merged action with its state at `asOf`.
    package init(
        owner: ActionOwner?, party: String?, text: String, due: Day?, isTicked: Bool, doneDate: Day?,
        firstLocation: SourceLocation, latestLocation: SourceLocation, appearances: [SourceLocation], asOf: Day
    ) {
        self.owner = owner
        self.party = party
        self.text = text
        self.due = due
        self.isTicked = isTicked
        self.doneDate = doneDate
        self.firstLocation = firstLocation
        self.latestLocation = latestLocation
        self.appearances = appearances
        self.asOf = asOf
        status = ActionStatus(isTicked: isTicked, done: doneDate, due: due, at: asOf)
    }

    /// The same action with its state at another date.
    package func settled(at date: Day) -> TrackedAction {
        var action = self
        action.asOf = date
        action.status = ActionStatus(isTicked: isTicked, done: doneDate, due: due, at: date)
        return action
    }

    /// True when done at the report date: ticked, and its `done` date (if any) not after the report date.
    public var isDone: Bool { status.isDone }
    /// True when done without a `done` date (counted as on time, listed as "undated").
    public var isUndated: Bool { status.isUndated }
    /// True when due on or before the report date (it counts for O2).
    public var isDueByReportDate: Bool { due.map { $0 <= asOf } ?? false }
    /// True when due by the report date and done on or before its due date (or done undated).
    public var isDoneOnTime: Bool {
        guard let due, isDueByReportDate, case .done(let done) = status else { return false }
        return done.map { $0 <= due } ?? true
    }
    /// Days past the due date when not done at the report date and due before it; else 0.
    public var daysOverdue: Int { status.daysOverdue }
    /// True when not done at the report date and due before it.
    public var isOverdue: Bool { daysOverdue > 0 }
    /// The owner as shown on pages, or `(no owner)`.
    public var ownerName: String { owner?.displayName ?? "(no owner)" }
}

/// An issue after carried-forward copies are merged: one per text, with its state at the report date.
public struct TrackedIssue: Sendable, Hashable, Codable {
    /// The plain text as first written.
    public var text: String
    /// The first explicit `raised` date, else the date of the first meeting listing it.
    public var raised: Day
    /// True when ticked in the latest counted note that lists it.
    public var isTicked: Bool
    /// The `resolved` date written in the latest counted note that lists it.
    public var resolvedDate: Day?
    /// Where it was first raised (the first counted note listing it).
    public var firstLocation: SourceLocation
    /// Where its state was last written.
    public var latestLocation: SourceLocation
    /// Every appearance, oldest first.
    public var appearances: [SourceLocation]
    /// Its state at the report date, by `IssueStatus`, the one rule.
    public var status: IssueStatus

    /// True when resolved at the report date: ticked, and its `resolved` date (if any) not after it.
    public var isResolved: Bool { status.isResolved }
    /// Days from raised to resolved, when resolved at the report date with a `resolved` date.
    public var daysToResolve: Int? {
        guard case .resolved(let day?) = status else { return nil }
        return day.days(since: raised)
    }
    /// Days it has been open at the report date, when still open.
    public var daysOpen: Int? { status.daysOpen }
}

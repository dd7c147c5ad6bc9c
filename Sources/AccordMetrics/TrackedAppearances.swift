import AccordCore

/// The merged action or issue behind each action and issue written in a partnership's counted notes, by where
/// it was written. Made when the partnership's meeting pages are rendered, and let go with them: it is not kept
/// with the metrics of every partnership for the whole build.
public struct TrackedAppearances: Sendable {
    private let actions: [TrackedAction]
    private let issues: [TrackedIssue]
    private var actionIndex: [SourceLocation: Int] = [:]
    private var issueIndex: [SourceLocation: Int] = [:]

    /// Maps every appearance of the merged actions and issues of `metrics` to them.
    public init(_ metrics: PartnershipMetrics) {
        actions = metrics.actions
        issues = metrics.issues
        for (index, action) in actions.enumerated() {
            for location in action.appearances { actionIndex[location] = index }
        }
        for (index, issue) in issues.enumerated() {
            for location in issue.appearances { issueIndex[location] = index }
        }
    }

    /// The merged action that an action written at `location` in a counted note is part of.
    public func action(at location: SourceLocation) -> TrackedAction? {
        actionIndex[location].map { actions[$0] }
    }

    /// The merged issue that an issue written at `location` in a counted note is part of.
    public func issue(at location: SourceLocation) -> TrackedIssue? {
        issueIndex[location].map { issues[$0] }
    }
}

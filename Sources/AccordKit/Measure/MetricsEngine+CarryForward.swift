extension MetricsEngine {
    /// The key that identifies an action across notes: its owner (person by folded name, or `@party`) and folded text.
    static func actionKey(_ action: Action) -> String {
        let owner: String
        switch action.owner {
        case .person(let person)?: owner = "person:" + person.name.foldedName
        case .party(let id, _)?: owner = "party:" + id
        case nil: owner = "none:"
        }
        return owner + "\u{1F}" + action.text.foldedName
    }

    /// Merges copies of the same action in counted notes (given in date-then-path order): one action per key,
    /// due date from its first appearance that has one, state from its latest appearance.
    static func mergeActions(of meetings: [Meeting], asOf: Day) -> [TrackedAction] {
        var order: [String] = []
        var merged: [String: TrackedAction] = [:]
        for meeting in meetings {
            for action in meeting.actions {
                let key = actionKey(action)
                if var existing = merged[key] {
                    if existing.due == nil { existing.due = action.due }
                    if existing.party == nil { existing.party = action.owner?.party }
                    existing.isTicked = action.isTicked
                    existing.doneDate = action.done
                    existing.latestLocation = action.location
                    existing.appearances.append(action.location)
                    merged[key] = existing
                } else {
                    order.append(key)
                    merged[key] = TrackedAction(
                        owner: action.owner, party: action.owner?.party, text: action.text, due: action.due,
                        isTicked: action.isTicked, doneDate: action.done, isDone: false, isUndated: false,
                        isDoneOnTime: false, daysOverdue: 0, firstLocation: action.location,
                        latestLocation: action.location, appearances: [action.location], isDueByReportDate: false)
                }
            }
        }
        return order.compactMap { merged[$0] }.map { settle($0, asOf: asOf) }
    }

    /// Fills in the state of a merged action at the report date.
    static func settle(_ action: TrackedAction, asOf: Day) -> TrackedAction {
        var action = action
        action.isDone = action.isTicked && (action.doneDate.map { $0 <= asOf } ?? true)
        action.isUndated = action.isDone && action.doneDate == nil
        if let due = action.due {
            action.isDueByReportDate = due <= asOf
            action.isDoneOnTime = action.isDueByReportDate && action.isDone && (action.doneDate.map { $0 <= due } ?? true)
            action.daysOverdue = !action.isDone && due < asOf ? asOf.days(since: due) : 0
        } else {
            action.isDueByReportDate = false
            action.isDoneOnTime = false
            action.daysOverdue = 0
        }
        return action
    }

    /// Merges copies of the same issue (same folded text) in counted notes: raised date from the first appearance
    /// with an explicit one (else the first meeting's date), state from the latest appearance.
    static func mergeIssues(of meetings: [Meeting], asOf: Day) -> [TrackedIssue] {
        struct Partial {
            var text: String
            var explicitRaised: Day?
            var firstMeetingDate: Day
            var isTicked: Bool
            var resolved: Day?
            var first: SourceLocation
            var latest: SourceLocation
            var appearances: [SourceLocation]
        }
        var order: [String] = []
        var merged: [String: Partial] = [:]
        for meeting in meetings {
            for issue in meeting.issues {
                let key = issue.text.foldedName
                if var existing = merged[key] {
                    if existing.explicitRaised == nil { existing.explicitRaised = issue.raised }
                    existing.isTicked = issue.isTicked
                    existing.resolved = issue.resolved
                    existing.latest = issue.location
                    existing.appearances.append(issue.location)
                    merged[key] = existing
                } else {
                    order.append(key)
                    merged[key] = Partial(text: issue.text, explicitRaised: issue.raised, firstMeetingDate: meeting.date,
                                          isTicked: issue.isTicked, resolved: issue.resolved, first: issue.location,
                                          latest: issue.location, appearances: [issue.location])
                }
            }
        }
        return order.compactMap { merged[$0] }.map { partial in
            let raised = partial.explicitRaised ?? partial.firstMeetingDate
            let isResolved = partial.isTicked && (partial.resolved.map { $0 <= asOf } ?? true)
            let daysToResolve = isResolved ? partial.resolved.map { $0.days(since: raised) } : nil
            return TrackedIssue(text: partial.text, raised: raised, isTicked: partial.isTicked,
                                resolvedDate: partial.resolved, isResolved: isResolved, daysToResolve: daysToResolve,
                                daysOpen: isResolved ? nil : asOf.days(since: raised), firstLocation: partial.first,
                                latestLocation: partial.latest, appearances: partial.appearances)
        }
    }
}

import AccordCore

extension MetricsEngine {
    /// The key that identifies an action across notes: its owner (person by folded name, or `@party`) and folded text.
    package static func actionKey(_ action: Action) -> String {
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
    package static func mergeActions(of meetings: [Meeting], asOf: Day) -> [TrackedAction] {
        var ledger = ActionLedger()
        for meeting in meetings { ledger.record(meeting) }
        return ledger.settled(asOf: asOf)
    }

    /// Merges copies of the same issue (same folded text) in counted notes: raised date from the first appearance
    /// with an explicit one (else the first meeting's date), state from the latest appearance.
    package static func mergeIssues(of meetings: [Meeting], asOf: Day) -> [TrackedIssue] {
        var ledger = IssueLedger()
        for meeting in meetings { ledger.record(meeting) }
        return ledger.settled(asOf: asOf)
    }
}

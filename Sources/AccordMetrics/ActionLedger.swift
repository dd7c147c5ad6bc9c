import AccordCore

/// Actions merged across counted notes as the notes are read in date-then-path order: one action per key,
/// due date from its first appearance that has one, state from its latest appearance. Settled at a report
/// date on demand, so the history merges each note once instead of once per meeting date.
package struct ActionLedger {
    /// The merged actions, not yet settled, in order of first appearance.
    private var merged: [TrackedAction] = []
    /// Where each key's action is in `merged`.
    private var positions: [String: Int] = [:]

    /// Adds the actions of the next note.
    package mutating func record(_ meeting: Meeting) {
        for action in meeting.actions {
            let key = MetricsEngine.actionKey(action)
            // Changed in place: a copy taken out of the array would copy `appearances` at each note.
            if let position = positions[key] {
                merged[position].carry(action)
            } else {
                positions[key] = merged.count
                merged.append(
                    TrackedAction(
                        owner: action.owner, party: action.owner?.party, text: action.text, due: action.due,
                        isTicked: action.isTicked, doneDate: action.done, firstLocation: action.location,
                        latestLocation: action.location, appearances: [action.location], asOf: meeting.date))
            }
        }
    }

    /// The merged actions in order of first appearance, with their state at the report date.
    package func settled(asOf: Day) -> [TrackedAction] {
        merged.map { $0.settled(at: asOf) }
    }
}

extension TrackedAction {
    /// Takes the state of a later copy of the action; the due date and party stay from the first that had one.
    fileprivate mutating func carry(_ action: Action) {
        if due == nil { due = action.due }
        if party == nil { party = action.owner?.party }
        isTicked = action.isTicked
        doneDate = action.done
        latestLocation = action.location
        appearances.append(action.location)
    }
}

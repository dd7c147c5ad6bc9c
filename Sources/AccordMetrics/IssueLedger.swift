import AccordCore

/// Issues merged across counted notes (same folded text) as the notes are read in date-then-path order:
/// raised date from the first appearance with an explicit one (else the first meeting's date), state from
/// the latest appearance. Settled at a report date on demand, like `ActionLedger`.
package struct IssueLedger {
    /// An issue merged so far, before its state at a report date is worked out.
    private struct Partial {
        var text: String
        var explicitRaised: Day?
        var firstMeetingDate: Day
        var isTicked: Bool
        var resolved: Day?
        var first: SourceLocation
        var latest: SourceLocation
        var appearances: [SourceLocation]

        /// Takes the state of a later copy of the issue; the raised date stays from the first that had one.
        mutating func carry(_ issue: IssueRecord) {
            if explicitRaised == nil { explicitRaised = issue.raised }
            isTicked = issue.isTicked
            resolved = issue.resolved
            latest = issue.location
            appearances.append(issue.location)
        }
    }

    /// The issues merged so far, in order of first appearance.
    private var merged: [Partial] = []
    /// Where each key's issue is in `merged`.
    private var positions: [String: Int] = [:]

    /// Adds the issues of the next note.
    package mutating func record(_ meeting: Meeting) {
        for issue in meeting.issues {
            let key = issue.text.foldedName
            // Changed in place: a copy taken out of the array would copy `appearances` at each note.
            if let position = positions[key] {
                merged[position].carry(issue)
            } else {
                positions[key] = merged.count
                merged.append(
                    Partial(
                        text: issue.text, explicitRaised: issue.raised, firstMeetingDate: meeting.date,
                        isTicked: issue.isTicked, resolved: issue.resolved, first: issue.location,
                        latest: issue.location, appearances: [issue.location]))
            }
        }
    }

    /// The merged issues in order of first appearance, with their state at the report date.
    package func settled(asOf: Day) -> [TrackedIssue] {
        merged.map { partial in
            let raised = partial.explicitRaised ?? partial.firstMeetingDate
            return TrackedIssue(
                text: partial.text, raised: raised, isTicked: partial.isTicked,
                resolvedDate: partial.resolved, firstLocation: partial.first,
                latestLocation: partial.latest, appearances: partial.appearances,
                status: IssueStatus(
                    isTicked: partial.isTicked, resolved: partial.resolved,
                    raised: raised, at: asOf))
        }
    }
}

import AccordCore
import AccordInput
import AccordMetrics

/// The view model of one meeting page.
package struct MeetingPageView: TemplateView {
    package struct PartyAttendance: TemplateView {
        package var party: String
        package var role: String?
        package var people: [Person]
        package var isPresent: Bool
    }

    package struct Person: TemplateView {
        package var name: String
        package var isLead: Bool
    }

    package struct Pulse: TemplateView {
        package var dimensions: [String]
        package var rows: [PulseRow]
    }

    package struct PulseRow: TemplateView {
        /// `L8`: the id of the row, the target of links to the line (`L8-acme` when an earlier row has `L8`).
        package var anchor: String
        package var party: String
        package var scores: [Score]
        package var mean: String
    }

    /// One score of a pulse row, with its dimension (the label of the cell on a phone).
    package struct Score: TemplateView {
        package var dimension: String
        package var value: String
    }

    package struct Reading: TemplateView {
        package var goal: String
        package var title: String
        package var value: String
        package var unit: String
        /// `L11`: the id of the item (`L11-G2` when an earlier reading on the same line has `L11`).
        package var anchor: String
    }

    package struct Item: TemplateView {
        package var text: String
        package var anchor: String
        package var line: Int
        package var note: String?
    }

    package struct ActionRow: TemplateView {
        package var owner: String
        package var party: String
        package var text: String
        package var due: String
        package var state: String
        package var stateClass: String
        package var anchor: String
        package var line: Int
    }

    package var title: String
    package var date: String
    package var dateReadable: String
    package var kind: String
    package var isGovernance: Bool
    package var partnershipTitle: String
    package var partnershipHref: String
    package var chair: String?
    package var attendance: [PartyAttendance]
    package var unmatched: [String]
    package var hasUnmatched = false
    package var guests: [String]
    package var hasGuests = false
    package var pulse: Pulse?
    package var readings: [Reading]
    package var hasReadings = false
    package var decisions: [Item]
    package var actions: [ActionRow]
    package var issues: [ActionRow]
    package var wins: [Item]
    package var hasDecisions = false
    package var hasActions = false
    package var hasIssues = false
    package var hasWins = false
    package var counts: String
    package var body: String
    package var sourcePath: String
    package var previous: Neighbour?
    package var next: Neighbour?
    package var isAfterReportDate: Bool

    package struct Neighbour: TemplateView {
        package var title: String
        package var date: String
        package var href: String
    }
}

extension MeetingPageView {
    /// Builds the view of `meeting`, the `index`-th note of `partnership`. Each action and issue shows the state
    /// of the merged action or issue it is part of (`tracked`), as on the partnership page; a note dated after
    /// the report date lists its own as written, `upcoming`.
    package init(
        meeting: Meeting, index: Int, partnership: Partnership, tracked: TrackedAppearances?, body: String, asOf: Day
    ) {
        let charter = partnership.charter
        let page = meeting.pagePath
        func anchor(_ location: SourceLocation) -> String { "#L\(location.line ?? 0)" }
        func partyName(_ id: String?) -> String { id.flatMap { charter.party($0)?.name } ?? "—" }
        // Several front-matter entries can share a line (`kpis: {G1: 22, G2: 15}`): only the first
        // gets `L<line>` (the target of source-trail links), the others a suffix, so ids stay unique.
        var usedAnchors = Set<String>()
        func uniqueAnchor(_ location: SourceLocation, _ key: String) -> String {
            let base = "L\(location.line ?? 0)"
            return usedAnchors.insert(base).inserted ? base : base + "-" + key
        }

        title = meeting.title
        date = meeting.date.description
        dateReadable = meeting.date.readable
        kind = meeting.kind
        isGovernance = meeting.isGovernance
        partnershipTitle = charter.title
        partnershipHref = SitePaths.link(from: page, to: partnership.pagePath)
        chair = meeting.chair.map { chair in chair.party.map { "\(chair.name) (\(partyName($0)))" } ?? chair.name }
        attendance = charter.parties.map { party in
            let people = meeting.attendees.filter { $0.party == party.id }.map {
                Person(name: $0.name, isLead: party.lead?.foldedName == $0.name.foldedName)
            }
            return PartyAttendance(party: party.name, role: party.role, people: people, isPresent: !people.isEmpty)
        }
        unmatched = meeting.attendees.filter { $0.party == nil && !$0.isGuest }.map(\.name)
        guests = meeting.guests
        if meeting.health.isEmpty {
            pulse = nil
        } else {
            let dimensions = PulseScore.dimensions.filter { dimension in
                meeting.health.contains { $0.score(dimension) != nil }
            }
            pulse = Pulse(
                dimensions: dimensions,
                rows: meeting.health.map { pulse in
                    let values = pulse.scores.map(\.value)
                    return PulseRow(
                        anchor: uniqueAnchor(pulse.location, pulse.party), party: partyName(pulse.party),
                        scores: dimensions.map {
                            Score(dimension: $0, value: pulse.score($0).map(NumberText.number) ?? "—")
                        },
                        mean: values.isEmpty ? "—" : NumberText.number(values.reduce(0, +) / Double(values.count)))
                })
        }
        readings = meeting.kpiReadings.map { reading in
            let goal = charter.goals.first { $0.id == reading.goal }
            return Reading(
                goal: reading.goal, title: goal?.kpi?.name ?? goal?.title ?? reading.goal,
                value: NumberText.number(reading.value), unit: Wording.unitSuffix(goal?.kpi?.unit),
                anchor: uniqueAnchor(reading.location, reading.goal))
        }
        decisions = meeting.decisions.map { decision in
            Item(
                text: decision.text, anchor: anchor(decision.location), line: decision.location.line ?? 0,
                note: decision.agreedBy.map { "agreed: " + $0.map(partyName).joined(separator: ", ") })
        }
        let isUpcoming = meeting.date > asOf
        actions = meeting.actions.map { action in
            let status: ActionStatus
            if isUpcoming {
                status = .upcoming
            } else if let tracked = tracked?.action(at: action.location) {
                status = tracked.status
            } else {
                status = ActionStatus(isTicked: action.isTicked, done: action.done, due: action.due, at: asOf)
            }
            return ActionRow(
                owner: action.owner?.displayName ?? "(no owner)", party: partyName(action.owner?.party),
                text: action.text, due: action.due?.description ?? "—", state: status.words,
                stateClass: status.cssClass, anchor: anchor(action.location), line: action.location.line ?? 0)
        }
        issues = meeting.issues.map { issue in
            let status: IssueStatus
            if isUpcoming {
                status = .upcoming
            } else if let tracked = tracked?.issue(at: issue.location) {
                status = tracked.status
            } else {
                status = IssueStatus(
                    isTicked: issue.isTicked, resolved: issue.resolved, raised: issue.raised ?? meeting.date,
                    at: asOf)
            }
            return ActionRow(
                owner: "", party: "", text: issue.text, due: (issue.raised ?? meeting.date).description,
                state: status.words, stateClass: status.cssClass,
                anchor: anchor(issue.location), line: issue.location.line ?? 0)
        }
        wins = meeting.wins.map {
            Item(text: $0.text, anchor: anchor($0.location), line: $0.location.line ?? 0, note: nil)
        }
        counts = [
            Self.count(meeting.decisions.count, "decision"), Self.count(meeting.actions.count, "action"),
            Self.count(meeting.issues.count, "issue"), Self.count(meeting.wins.count, "win"),
        ].joined(separator: " · ")
        self.body = body
        sourcePath = meeting.path
        let meetings = partnership.meetings
        previous = index > 0 ? Self.neighbour(meetings[index - 1], from: page) : nil
        next = index + 1 < meetings.count ? Self.neighbour(meetings[index + 1], from: page) : nil
        isAfterReportDate = isUpcoming
        hasUnmatched = !unmatched.isEmpty
        hasGuests = !guests.isEmpty
        hasReadings = !readings.isEmpty
        hasDecisions = !decisions.isEmpty
        hasActions = !actions.isEmpty
        hasIssues = !issues.isEmpty
        hasWins = !wins.isEmpty
    }

    package static func neighbour(_ meeting: Meeting, from page: String) -> Neighbour {
        Neighbour(
            title: meeting.title, date: meeting.date.description, href: SitePaths.link(from: page, to: meeting.pagePath)
        )
    }

    package static func count(_ n: Int, _ word: String) -> String {
        "\(n) \(word)\(n == 1 ? "" : "s")"
    }
}

/// The view model of one meeting page.
struct MeetingPageView {
    struct PartyAttendance {
        var party: String
        var role: String?
        var people: [Person]
        var isPresent: Bool
    }

    struct Person {
        var name: String
        var isLead: Bool
    }

    struct Pulse {
        var dimensions: [String]
        var rows: [PulseRow]
    }

    struct PulseRow {
        /// `L8`: the id of the row, the target of links to the line (`L8-acme` when an earlier row has `L8`).
        var anchor: String
        var party: String
        var scores: [Score]
        var mean: String
    }

    /// One score of a pulse row, with its dimension (the label of the cell on a phone).
    struct Score {
        var dimension: String
        var value: String
    }

    struct Reading {
        var goal: String
        var title: String
        var value: String
        var unit: String
        /// `L11`: the id of the item (`L11-G2` when an earlier reading on the same line has `L11`).
        var anchor: String
    }

    struct Item {
        var text: String
        var anchor: String
        var line: Int
        var note: String?
    }

    struct ActionRow {
        var owner: String
        var party: String
        var text: String
        var due: String
        var state: String
        var stateClass: String
        var anchor: String
        var line: Int
    }

    var title: String
    var date: String
    var dateReadable: String
    var kind: String
    var isGovernance: Bool
    var partnershipTitle: String
    var partnershipHref: String
    var chair: String?
    var attendance: [PartyAttendance]
    var unmatched: [String]
    var hasUnmatched = false
    var guests: [String]
    var hasGuests = false
    var pulse: Pulse?
    var readings: [Reading]
    var hasReadings = false
    var decisions: [Item]
    var actions: [ActionRow]
    var issues: [ActionRow]
    var wins: [Item]
    var hasDecisions = false
    var hasActions = false
    var hasIssues = false
    var hasWins = false
    var counts: String
    var body: String
    var sourcePath: String
    var previous: Neighbour?
    var next: Neighbour?
    var isAfterReportDate: Bool

    struct Neighbour {
        var title: String
        var date: String
        var href: String
    }
}

extension MeetingPageView {
    /// Builds the view of `meeting`, the `index`-th note of `partnership`. Each action and issue shows the state
    /// of the merged action or issue it is part of (`metrics`), as on the partnership page; a note dated after
    /// the report date lists its own as written, `upcoming`.
    init(meeting: Meeting, index: Int, partnership: Partnership, metrics: PartnershipMetrics?, body: String, asOf: Day) {
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
            let dimensions = PulseScore.dimensions.filter { dimension in meeting.health.contains { $0.score(dimension) != nil } }
            pulse = Pulse(dimensions: dimensions, rows: meeting.health.map { pulse in
                let values = pulse.scores.map(\.value)
                return PulseRow(anchor: uniqueAnchor(pulse.location, pulse.party), party: partyName(pulse.party),
                                scores: dimensions.map { Score(dimension: $0, value: pulse.score($0).map(NumberText.number) ?? "—") },
                                mean: values.isEmpty ? "—" : NumberText.number(values.reduce(0, +) / Double(values.count)))
            })
        }
        readings = meeting.kpiReadings.map { reading in
            let goal = charter.goals.first { $0.id == reading.goal }
            return Reading(goal: reading.goal, title: goal?.kpi?.name ?? goal?.title ?? reading.goal,
                           value: NumberText.number(reading.value), unit: Wording.unitSuffix(goal?.kpi?.unit),
                           anchor: uniqueAnchor(reading.location, reading.goal))
        }
        decisions = meeting.decisions.map { decision in
            Item(text: decision.text, anchor: anchor(decision.location), line: decision.location.line ?? 0,
                 note: decision.agreedBy.map { "agreed: " + $0.map(partyName).joined(separator: ", ") })
        }
        let isUpcoming = meeting.date > asOf
        actions = meeting.actions.map { action in
            let status: ActionStatus
            if isUpcoming {
                status = .upcoming
            } else if let tracked = metrics?.trackedAction(at: action.location) {
                status = tracked.status
            } else {
                status = ActionStatus(isTicked: action.isTicked, done: action.done, due: action.due, at: asOf)
            }
            return ActionRow(owner: action.owner?.displayName ?? "(no owner)", party: partyName(action.owner?.party),
                             text: action.text, due: action.due?.description ?? "—", state: status.words,
                             stateClass: status.cssClass, anchor: anchor(action.location), line: action.location.line ?? 0)
        }
        issues = meeting.issues.map { issue in
            let status: IssueStatus
            if isUpcoming {
                status = .upcoming
            } else if let tracked = metrics?.trackedIssue(at: issue.location) {
                status = tracked.status
            } else {
                status = IssueStatus(isTicked: issue.isTicked, resolved: issue.resolved, raised: issue.raised ?? meeting.date,
                                     at: asOf)
            }
            return ActionRow(owner: "", party: "", text: issue.text, due: (issue.raised ?? meeting.date).description,
                             state: status.words, stateClass: status.cssClass,
                             anchor: anchor(issue.location), line: issue.location.line ?? 0)
        }
        wins = meeting.wins.map { Item(text: $0.text, anchor: anchor($0.location), line: $0.location.line ?? 0, note: nil) }
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

    static func neighbour(_ meeting: Meeting, from page: String) -> Neighbour {
        Neighbour(title: meeting.title, date: meeting.date.description, href: SitePaths.link(from: page, to: meeting.pagePath))
    }

    static func count(_ n: Int, _ word: String) -> String {
        "\(n) \(word)\(n == 1 ? "" : "s")"
    }
}

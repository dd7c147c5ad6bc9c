import AccordCore

/// Step 3 of the pipeline: checks each meeting note against its charter (party ids, goal ids,
/// people) and resolves every named person to a party.
package struct PartnershipValidator {
    package let charter: Charter
    package let partyIDs: [String]
    /// Folded person name → party id.
    package let directory: [String: String]

    package init(charter: Charter) {
        self.charter = charter
        partyIDs = charter.parties.map(\.id)
        var directory: [String: String] = [:]
        for party in charter.parties {
            for person in party.people { directory[person.foldedName] = party.id }
        }
        self.directory = directory
    }

    /// The meeting with every person resolved; problems go to `diagnostics`.
    package func validate(_ meeting: Meeting, diagnostics: inout DiagnosticBag) -> Meeting {
        var meeting = meeting
        let guests = Set(meeting.guests.map(\.foldedName))
        meeting.attendees = meeting.attendees.map {
            resolve($0, guests: guests, role: "attendee", diagnostics: &diagnostics)
        }
        meeting.chair = meeting.chair.map { resolve($0, guests: guests, role: "chair", diagnostics: &diagnostics) }
        meeting.actions = meeting.actions.map { action in
            var action = action
            switch action.owner {
            case .person(let person)?:
                action.owner = .person(resolve(person, guests: guests, role: "action owner", diagnostics: &diagnostics))
            case .party(let id, let location)?:
                if !check(party: id, at: location, diagnostics: &diagnostics) { action.owner = nil }
            case nil:
                break
            }
            return action
        }
        meeting.health = meeting.health.filter { check(party: $0.party, at: $0.location, diagnostics: &diagnostics) }
        meeting.kpiReadings = meeting.kpiReadings.filter { reading in
            guard let goal = goal(reading.goal, at: reading.location, diagnostics: &diagnostics) else { return false }
            if goal.kpi?.isMeasurable != true {
                diagnostics.warning(
                    reading.location,
                    "goal '\(goal.id)' has no numeric KPI baseline and target, so this reading is ignored",
                    hint: "add 'kpi: {baseline: …, target: …}' to the goal in the charter")
            }
            return true
        }
        meeting.decisions = meeting.decisions.map { decision in
            var decision = decision
            if let agreed = decision.agreedBy {
                decision.agreedBy = agreed.filter { id in
                    check(party: id, at: decision.location, diagnostics: &diagnostics)
                }
            }
            return decision
        }
        return meeting
    }

    /// The goal with an id; an unknown id is an error at the reading (with a "did you mean").
    package func goal(_ id: String, at location: SourceLocation, diagnostics: inout DiagnosticBag) -> Goal? {
        if let goal = charter.goals.first(where: { $0.id == id }) { return goal }
        let suggestion = EditDistance.suggestion(for: id, among: charter.goals.map(\.id))
        diagnostics.error(
            location, "KPI reading for unknown goal '\(id)'",
            hint: suggestion.map { "did you mean '\($0)'?" }
                ?? (charter.goals.isEmpty
                    ? "the charter has no goals"
                    : "goals are \(charter.goals.map(\.id).joined(separator: ", "))"))
        return nil
    }

    /// Resolves a person: an explicit `(party-id)`, else the charter's people, else a guest, else a warning.
    package func resolve(
        _ person: PersonReference, guests: Set<String>, role: String,
        diagnostics: inout DiagnosticBag
    ) -> PersonReference {
        var person = person
        if let explicit = person.explicitParty {
            if check(party: explicit, at: person.location, diagnostics: &diagnostics) { person.party = explicit }
            return person
        }
        let key = person.name.foldedName
        if let party = directory[key] {
            person.party = party
        } else if guests.contains(key) {
            person.isGuest = true
        } else {
            let known = charter.parties.flatMap(\.people)
            let suggestion = EditDistance.suggestion(for: person.name, among: known)
            diagnostics.warning(
                person.location, "\(role) '\(person.name)' maps to no party",
                hint: suggestion.map { "did you mean '\($0)'?" }
                    ?? "add the name to a party's people in the charter, list it in 'guests', or write '\(person.name) (party-id)'"
            )
        }
        return person
    }

    /// Reports an unknown party id; true when known.
    package func check(party id: String, at location: SourceLocation, diagnostics: inout DiagnosticBag) -> Bool {
        CharterDecoder.checkParty(id, at: location, partyIDs: partyIDs, diagnostics: &diagnostics)
    }
}

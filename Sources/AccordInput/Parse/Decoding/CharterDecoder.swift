import AccordCore

/// Decodes `charter.md`: front matter into typed parties, goals and governance, body into a document.
package enum CharterDecoder {
    package static let knownKeys = [
        "title", "status", "parties", "signed", "review", "cadence", "goals", "start", "amendments", "exit",
    ]
    package static let partyKeys = ["id", "name", "role", "lead", "people"]
    package static let goalKeys = ["id", "title", "weight", "owner", "priority", "kpi", "start", "due", "retired"]
    package static let kpiKeys = ["name", "unit", "baseline", "target"]

    /// The charter, or nil when the file is too broken to describe a partnership.
    package static func decode(_ file: SourceFile, diagnostics: inout DiagnosticBag) -> Charter? {
        let split: FrontMatter
        switch FrontMatter.split(file) {
        case .success(let value): split = value
        case .failure(let diagnostic):
            diagnostics.report(diagnostic)
            return nil
        }
        let document = CmarkParser.parse(split.body, lineOffset: split.bodyLineOffset)
        guard let yaml = split.yaml else {
            diagnostics.error(
                SourceLocation(path: file.path, line: 1, column: 1), "charter has no front matter",
                hint: "start the file with a YAML block between '---' lines holding title, parties and goals")
            return nil
        }
        guard
            let root = YAMLValue.parse(
                yaml, path: file.path, lineOffset: split.yamlLineOffset, diagnostics: &diagnostics)
        else {
            return nil
        }
        let opening = SourceLocation(path: file.path, line: 1, column: 1)
        guard let map = MappingReader(root, context: "the charter", diagnostics: &diagnostics) else {
            diagnostics.error(opening, "the charter's front matter is empty", hint: "add title, parties and goals")
            return nil
        }
        var front = map
        front.location = opening
        front.warnUnknownKeys(known: knownKeys, diagnostics: &diagnostics)
        front.requireKey("title", diagnostics: &diagnostics)
        front.requireKey("parties", diagnostics: &diagnostics, hint: "list two or more parties with id and name")
        if front.entries.first(where: { $0.key == "goals" }) == nil {
            diagnostics.error(
                opening, "the charter is missing the required key 'goals'",
                hint: "list the shared goals, or write 'goals: []' in a draft")
        }

        let parties = decodeParties(front, diagnostics: &diagnostics)
        let partyIDs = parties.map(\.id)
        var charter = Charter(
            path: file.path, title: front.string("title", diagnostics: &diagnostics) ?? "",
            parties: parties, document: document)
        charter.status = decodeStatus(front, diagnostics: &diagnostics)
        charter.signatures = decodeSignatures(front, partyIDs: partyIDs, diagnostics: &diagnostics)
        charter.review = front.day("review", diagnostics: &diagnostics)
        charter.cadence = decodeCadence(front, diagnostics: &diagnostics)
        charter.goals = decodeGoals(front, partyIDs: partyIDs, diagnostics: &diagnostics)
        decodeLifecycle(front, into: &charter, partyIDs: partyIDs, diagnostics: &diagnostics)
        charter.valueItems = ValueItemExtractor.items(in: document, parties: parties, path: file.path)
        charter.extra = front.extra()
        charter.links = MarkdownLink.noteLinks(
            in: document, body: split.body, lineOffset: split.bodyLineOffset, path: file.path)
        charter.privacy.sections = VisibilityReader.sections(in: document, file: file, diagnostics: &diagnostics)
        charter.privacy = VisibilityValidator.validate(charter.privacy, parties: parties, diagnostics: &diagnostics)
        charter.anchors = NoteAnchors(headings: Set(HeadingAnchors.ids(of: document)), lineCount: file.lines.lineCount)
        return charter
    }

    package static func decodeStatus(_ map: MappingReader, diagnostics: inout DiagnosticBag) -> PartnershipStatus {
        guard let value = map.value("status"), let text = map.string("status", diagnostics: &diagnostics) else {
            return .active
        }
        if let status = PartnershipStatus(rawValue: text) { return status }
        let names = PartnershipStatus.allCases.map(\.rawValue)
        let suggestion = EditDistance.suggestion(for: text, among: names)
        diagnostics.error(
            value.location, "unknown status '\(text)'",
            hint: suggestion.map { "did you mean '\($0)'?" } ?? "use one of \(names.joined(separator: ", "))")
        return .active
    }

    package static func decodeCadence(_ map: MappingReader, diagnostics: inout DiagnosticBag) -> Cadence? {
        guard let value = map.value("cadence"), let text = map.string("cadence", diagnostics: &diagnostics) else {
            return nil
        }
        let words = text.lowercased().split(separator: " ")
        switch words {
        case ["weekly"]: return .weekly
        case ["fortnightly"]: return .fortnightly
        case ["monthly"]: return .monthly
        case ["quarterly"]: return .quarterly
        default:
            if words.count == 3, words[0] == "every", words[2] == "days" || words[2] == "day",
                let days = Int(words[1])
            {
                guard (1...3660).contains(days) else {
                    diagnostics.error(
                        value.location, "cadence 'every \(words[1]) days' is out of range",
                        hint: "use a number of days from 1 to 3660")
                    return nil
                }
                return .everyDays(days)
            }
        }
        diagnostics.error(
            value.location, "unknown cadence '\(text)'",
            hint: "use weekly, fortnightly, monthly, quarterly or 'every N days'")
        return nil
    }

    package static func decodeParties(_ map: MappingReader, diagnostics: inout DiagnosticBag) -> [Party] {
        guard let value = map.value("parties") else { return [] }
        guard case .sequence(let items) = value.shape else {
            diagnostics.error(value.location, "'parties' must be a list of parties, not \(value.shapeName)")
            return []
        }
        var parties: [Party] = []
        var owners: [String: (party: String, location: SourceLocation)] = [:]
        for item in items {
            guard let entry = MappingReader(item, context: "a party", diagnostics: &diagnostics) else { continue }
            entry.warnUnknownKeys(known: partyKeys, diagnostics: &diagnostics)
            guard let id = entry.string("id", diagnostics: &diagnostics) else {
                entry.requireKey("id", diagnostics: &diagnostics, hint: "give each party a short id like 'acme'")
                continue
            }
            let idLocation = entry.value("id")?.location ?? entry.location
            guard Slug.isValid(id) else {
                diagnostics.error(
                    idLocation, "party id '\(id)' is not a valid id",
                    hint: "use lower-case letters, digits and hyphens, e.g. '\(Slug.suggestion(for: id))'")
                continue
            }
            if parties.contains(where: { $0.id == id }) {
                diagnostics.error(idLocation, "duplicate party id '\(id)'", hint: "each party needs its own id")
                continue
            }
            var party = Party(
                id: id, name: entry.string("name", diagnostics: &diagnostics) ?? id,
                role: entry.string("role", diagnostics: &diagnostics),
                lead: entry.string("lead", diagnostics: &diagnostics)?.trimmed,
                location: entry.location, extra: entry.extra())
            var people = entry.stringList("people", diagnostics: &diagnostics)
            if let lead = party.lead, let leadLocation = entry.value("lead")?.location,
                !people.contains(where: { $0.0.foldedName == lead.foldedName })
            {
                people.insert((lead, leadLocation), at: 0)
            }
            var seen = Set<String>()
            for (person, location) in people {
                let key = person.foldedName
                guard seen.insert(key).inserted else { continue }
                if let other = owners[key], other.party != id {
                    diagnostics.error(
                        location, "'\(person)' is listed under two parties ('\(other.party)' and '\(id)')",
                        hint: "a person belongs to one party; write 'Name (party-id)' in notes to be explicit")
                    continue
                }
                owners[key] = (id, location)
                party.people.append(person.trimmed)
            }
            parties.append(party)
        }
        if parties.count < 2, items.count < 2 {
            diagnostics.error(value.location, "a partnership needs at least two parties, found \(parties.count)")
        }
        return parties
    }

    /// A `signed` mapping (party id → date) of the charter, or of an amendment (`of` names it in messages).
    package static func decodeSignatures(
        _ map: MappingReader, of owner: String? = nil, partyIDs: [String], diagnostics: inout DiagnosticBag
    ) -> [Signature] {
        let suffix = owner.map { " of \($0)" } ?? ""
        guard let value = map.value("signed"),
            let entries = MappingReader(value, context: "'signed'" + suffix, diagnostics: &diagnostics)
        else { return [] }
        var signatures: [Signature] = []
        for entry in entries.entries {
            guard checkParty(entry.key, at: entry.keyLocation, partyIDs: partyIDs, diagnostics: &diagnostics),
                !entry.value.isNull,
                let date = MappingReader.day(
                    entry.value, what: "the signature date of '\(entry.key)'" + (owner.map { " in \($0)" } ?? ""),
                    diagnostics: &diagnostics)
            else { continue }
            signatures.append(Signature(party: entry.key, date: date, location: entry.keyLocation))
        }
        return signatures
    }

    package static func decodeGoals(_ map: MappingReader, partyIDs: [String], diagnostics: inout DiagnosticBag)
        -> [Goal]
    {
        guard let value = map.value("goals") else { return [] }
        guard case .sequence(let items) = value.shape else {
            diagnostics.error(value.location, "'goals' must be a list of goals, not \(value.shapeName)")
            return []
        }
        var goals: [Goal] = []
        for item in items {
            guard let entry = MappingReader(item, context: "a goal", diagnostics: &diagnostics) else { continue }
            entry.warnUnknownKeys(known: goalKeys, diagnostics: &diagnostics)
            guard let id = entry.string("id", diagnostics: &diagnostics) else {
                entry.requireKey("id", diagnostics: &diagnostics, hint: "give each goal a short id like 'G1'")
                continue
            }
            let idLocation = entry.value("id")?.location ?? entry.location
            if goals.contains(where: { $0.id == id }) {
                diagnostics.error(idLocation, "duplicate goal id '\(id)'", hint: "each goal needs its own id")
                continue
            }
            var reader = entry
            reader.context = "goal '\(id)'"
            reader.requireKey("title", diagnostics: &diagnostics)
            var goal = Goal(
                id: id, title: reader.string("title", diagnostics: &diagnostics) ?? id,
                location: entry.location, extra: entry.extra())
            if let weightValue = reader.value("weight"), let weight = reader.number("weight", diagnostics: &diagnostics)
            {
                if weight > 0 {
                    goal.weight = weight
                } else {
                    diagnostics.error(
                        weightValue.location,
                        "goal weight must be a number greater than 0, not \(NumberText.number(weight))")
                }
            }
            if let owner = reader.string("owner", diagnostics: &diagnostics),
                checkParty(
                    owner, at: reader.value("owner")?.location ?? entry.location, partyIDs: partyIDs,
                    diagnostics: &diagnostics)
            {
                goal.owner = owner
            }
            goal.priorities = decodePriorities(reader, partyIDs: partyIDs, diagnostics: &diagnostics)
            if let kpiValue = reader.value("kpi"),
                let kpi = MappingReader(kpiValue, context: "the KPI of goal '\(id)'", diagnostics: &diagnostics)
            {
                kpi.warnUnknownKeys(known: kpiKeys, diagnostics: &diagnostics)
                goal.kpi = KPI(
                    name: kpi.string("name", diagnostics: &diagnostics),
                    unit: kpi.string("unit", diagnostics: &diagnostics),
                    baseline: kpi.number("baseline", diagnostics: &diagnostics),
                    target: kpi.number("target", diagnostics: &diagnostics))
            }
            goal.start = reader.day("start", diagnostics: &diagnostics)
            goal.due = reader.day("due", diagnostics: &diagnostics)
            goal.retired = reader.day("retired", diagnostics: &diagnostics)
            goals.append(goal)
        }
        return goals
    }

    package static func decodePriorities(_ goal: MappingReader, partyIDs: [String], diagnostics: inout DiagnosticBag)
        -> [GoalPriority]
    {
        guard let value = goal.value("priority"),
            let entries = MappingReader(value, context: "'priority'", diagnostics: &diagnostics)
        else { return [] }
        var priorities: [GoalPriority] = []
        for entry in entries.entries {
            guard checkParty(entry.key, at: entry.keyLocation, partyIDs: partyIDs, diagnostics: &diagnostics),
                let score = MappingReader.number(
                    entry.value, what: "the priority of '\(entry.key)'",
                    diagnostics: &diagnostics)
            else { continue }
            guard score == score.rounded(), (1...5).contains(score) else {
                diagnostics.error(
                    entry.value.location, "priority must be a whole number from 1 to 5, not \(NumberText.number(score))"
                )
                continue
            }
            priorities.append(GoalPriority(party: entry.key, score: Int(score)))
        }
        return priorities
    }

    /// Reports an unknown party id with a "did you mean" hint; true when the id is known.
    package static func checkParty(
        _ id: String, at location: SourceLocation, partyIDs: [String],
        diagnostics: inout DiagnosticBag
    ) -> Bool {
        if partyIDs.contains(id) { return true }
        guard !partyIDs.isEmpty else { return false }
        let suggestion = EditDistance.suggestion(for: id, among: partyIDs)
        diagnostics.error(
            location, "unknown party id '\(id)'",
            hint: suggestion.map { "did you mean '\($0)'?" } ?? "parties are \(partyIDs.joined(separator: ", "))")
        return false
    }
}

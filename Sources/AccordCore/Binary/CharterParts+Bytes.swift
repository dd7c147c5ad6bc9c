// The charter's pieces that a partnership's metrics carry (parties, goals, the exit decision) and the cases of
// string-valued enums, as `ByteWriter` bytes and back.

extension ByteWriter {
    /// Appends a case of a string-valued enum (its raw value).
    package mutating func raw<Value: RawRepresentable>(_ value: Value) where Value.RawValue == String {
        string(value.rawValue)
    }

    /// Appends a party.
    package mutating func party(_ party: Party) {
        string(party.id)
        string(party.name)
        optional(party.role) { $0.string($1) }
        optional(party.lead) { $0.string($1) }
        array(party.people) { $0.string($1) }
        location(party.location)
        optional(party.extra) { $0.extra($1) }
    }

    /// Appends a goal.
    package mutating func goal(_ goal: Goal) {
        string(goal.id)
        string(goal.title)
        double(goal.weight)
        optional(goal.owner) { $0.string($1) }
        array(goal.priorities) { writer, priority in
            writer.string(priority.party)
            writer.int(priority.score)
        }
        optional(goal.kpi) { writer, kpi in
            writer.optional(kpi.name) { $0.string($1) }
            writer.optional(kpi.unit) { $0.string($1) }
            writer.optional(kpi.baseline) { $0.double($1) }
            writer.optional(kpi.target) { $0.double($1) }
        }
        optional(goal.start) { $0.day($1) }
        optional(goal.due) { $0.day($1) }
        optional(goal.retired) { $0.day($1) }
        location(goal.location)
        optional(goal.extra) { $0.extra($1) }
    }

    /// Appends an exit decision.
    package mutating func exit(_ exit: ExitDecision) {
        day(exit.decided)
        optional(exit.effective) { $0.day($1) }
        optional(exit.reason) { $0.string($1) }
        location(exit.location)
        location(exit.effectiveLocation)
    }

    /// Appends the owner of an action: a person, or a party named by its id.
    package mutating func owner(_ owner: ActionOwner) {
        switch owner {
        case .person(let person):
            bool(true)
            self.person(person)
        case .party(let id, let location):
            bool(false)
            string(id)
            self.location(location)
        }
    }
}

extension ByteReader {
    /// Reads a case of a string-valued enum.
    package mutating func raw<Value: RawRepresentable>() throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try string()) else { throw Malformed() }
        return value
    }

    /// Reads a party.
    package mutating func party() throws -> Party {
        Party(
            id: try string(), name: try string(), role: try optional { try $0.string() },
            lead: try optional { try $0.string() }, people: try array { try $0.string() }, location: try location(),
            extra: try optional { try $0.extra() })
    }

    /// Reads a goal.
    package mutating func goal() throws -> Goal {
        let (id, title, weight, owner) = (try string(), try string(), try double(), try optional { try $0.string() })
        let priorities = try array { reader in GoalPriority(party: try reader.string(), score: try reader.int()) }
        let kpi = try optional { reader in
            KPI(
                name: try reader.optional { try $0.string() }, unit: try reader.optional { try $0.string() },
                baseline: try reader.optional { try $0.double() }, target: try reader.optional { try $0.double() })
        }
        let (start, due, retired) = (
            try optional { try $0.day() }, try optional { try $0.day() }, try optional { try $0.day() }
        )
        return Goal(
            id: id, title: title, weight: weight, owner: owner, priorities: priorities, kpi: kpi, start: start,
            due: due, location: try location(), extra: try optional { try $0.extra() }, retired: retired)
    }

    /// Reads an exit decision.
    package mutating func exit() throws -> ExitDecision {
        ExitDecision(
            decided: try day(), effective: try optional { try $0.day() }, reason: try optional { try $0.string() },
            location: try location(), effectiveLocation: try location())
    }

    /// Reads the owner of an action.
    package mutating func owner() throws -> ActionOwner {
        try bool() ? .person(try person()) : .party(id: try string(), location: try location())
    }
}

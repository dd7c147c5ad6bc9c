// What `Partnership.listed` lets go of (the charter's tree; each meeting's people, records, tree and extra
// front matter) as bytes, and a listed partnership made whole again from them.

extension Partnership {
    /// The bytes of what `listed` lets go of, which `restoringRecords(from:)` gives back to `listed`.
    package var recordBytes: [UInt8] {
        var writer = ByteWriter()
        writer.document(charter.document)
        writer.array(meetings) { $0.records(of: $1) }
        return writer.bytes
    }

    /// This partnership, as `listed` keeps it, with what `recordBytes` kept of it: equal to the partnership it
    /// was listed from.
    package func restoringRecords(from bytes: [UInt8]) throws -> Partnership {
        var reader = ByteReader(bytes)
        var whole = self
        whole.charter.document = try reader.document()
        guard try reader.count() == meetings.count else { throw ByteReader.Malformed() }
        for index in whole.meetings.indices { try reader.records(into: &whole.meetings[index]) }
        guard reader.isAtEnd else { throw ByteReader.Malformed() }
        return whole
    }
}

extension ByteWriter {
    /// Appends a meeting's people, records, tree and extra front matter.
    mutating func records(of meeting: Meeting) {
        optional(meeting.chair) { $0.person($1) }
        array(meeting.attendees) { $0.person($1) }
        array(meeting.guests) { $0.string($1) }
        array(meeting.health) { writer, pulse in
            writer.string(pulse.party)
            writer.array(pulse.scores) { writer, score in
                writer.string(score.dimension)
                writer.double(score.value)
            }
            writer.location(pulse.location)
        }
        array(meeting.kpiReadings) { writer, reading in
            writer.string(reading.goal)
            writer.double(reading.value)
            writer.location(reading.location)
        }
        array(meeting.decisions) { writer, decision in
            writer.string(decision.text)
            writer.optional(decision.agreedBy) { $0.array($1) { $0.string($1) } }
            writer.location(decision.location)
        }
        array(meeting.actions) { writer, action in
            writer.optional(action.owner) { $0.owner($1) }
            writer.ticked(action.text, action.isTicked, action.due, action.done, action.location)
        }
        array(meeting.issues) { writer, issue in
            writer.ticked(issue.text, issue.isTicked, issue.raised, issue.resolved, issue.location)
        }
        array(meeting.wins) { writer, win in
            writer.string(win.text)
            writer.location(win.location)
        }
        document(meeting.document)
        optional(meeting.extra) { $0.extra($1) }
    }

    /// Appends the fields an action and an issue share: text, tick, two days (due and done; raised and
    /// resolved) and location.
    mutating func ticked(_ text: String, _ isTicked: Bool, _ first: Day?, _ second: Day?, _ location: SourceLocation) {
        string(text)
        bool(isTicked)
        optional(first) { $0.day($1) }
        optional(second) { $0.day($1) }
        self.location(location)
    }

    /// Appends a person named in a note or the charter.
    package mutating func person(_ person: PersonReference) {
        string(person.name)
        optional(person.explicitParty) { $0.string($1) }
        optional(person.party) { $0.string($1) }
        bool(person.isGuest)
        location(person.location)
    }

    /// Appends extra front matter.
    package mutating func extra(_ value: ExtraValue) {
        switch value {
        case .text(let text):
            int(0)
            string(text)
        case .list(let values):
            int(1)
            array(values) { $0.extra($1) }
        case .map(let entries):
            int(2)
            array(entries) { writer, entry in
                writer.string(entry.key)
                writer.extra(entry.value)
            }
        }
    }
}

extension ByteReader {
    /// Reads what `ByteWriter.records(of:)` wrote into a meeting as `Partnership.listed` keeps it.
    mutating func records(into meeting: inout Meeting) throws {
        meeting.chair = try optional { try $0.person() }
        meeting.attendees = try array { try $0.person() }
        meeting.guests = try array { try $0.string() }
        meeting.health = try array { reader in
            PartyPulse(
                party: try reader.string(),
                scores: try reader.array { reader in
                    PulseScore(dimension: try reader.string(), value: try reader.double())
                },
                location: try reader.location())
        }
        meeting.kpiReadings = try array { reader in
            KPIReading(goal: try reader.string(), value: try reader.double(), location: try reader.location())
        }
        meeting.decisions = try array { reader in
            Decision(
                text: try reader.string(), agreedBy: try reader.optional { try $0.array { try $0.string() } },
                location: try reader.location())
        }
        meeting.actions = try array { reader in
            let owner = try reader.optional { try $0.owner() }
            let fields = try reader.ticked()
            return Action(
                owner: owner, text: fields.text, isTicked: fields.isTicked, due: fields.first, done: fields.second,
                location: fields.location)
        }
        meeting.issues = try array { reader in
            let fields = try reader.ticked()
            return IssueRecord(
                text: fields.text, isTicked: fields.isTicked, raised: fields.first, resolved: fields.second,
                location: fields.location)
        }
        meeting.wins = try array { reader in
            Win(text: try reader.string(), location: try reader.location())
        }
        meeting.document = try document()
        meeting.extra = try optional { try $0.extra() }
    }

    /// Reads what `ByteWriter.ticked` wrote.
    mutating func ticked() throws -> (
        text: String, isTicked: Bool, first: Day?, second: Day?, location: SourceLocation
    ) {
        (try string(), try bool(), try optional { try $0.day() }, try optional { try $0.day() }, try location())
    }

    /// Reads a person.
    package mutating func person() throws -> PersonReference {
        PersonReference(
            name: try string(), explicitParty: try optional { try $0.string() },
            party: try optional { try $0.string() }, isGuest: try bool(), location: try location())
    }

    /// Reads extra front matter.
    package mutating func extra() throws -> ExtraValue {
        switch try int() {
        case 0: return .text(try string())
        case 1: return .list(try array { try $0.extra() })
        case 2:
            return .map(
                try array { reader in ExtraEntry(key: try reader.string(), value: try reader.extra()) })
        default: throw Malformed()
        }
    }
}

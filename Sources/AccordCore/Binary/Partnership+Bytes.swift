// A whole partnership as `ByteWriter` bytes (the build cache's parse of a folder, as `Partnership.listed` keeps
// it, and the model a render job spools for it): every stored property, the records through the same writer as
// `recordBytes`, so that the bytes decode to a value equal to the one encoded.

extension Partnership {
    /// The bytes of this partnership, which `init(bytes:)` reads back.
    package var bytes: [UInt8] {
        var writer = ByteWriter()
        writer.string(slug)
        writer.charter(charter)
        writer.array(meetings) { writer, meeting in
            writer.listedPart(of: meeting)
            writer.records(of: meeting)
        }
        writer.optional(charterHistory) { writer, commits in
            writer.array(commits) { writer, commit in
                for text in [commit.id, commit.date, commit.author, commit.subject] { writer.string(text) }
            }
        }
        return writer.bytes
    }

    /// The partnership `bytes` were made of; throws `ByteReader.Malformed` on bytes no writer made.
    package init(bytes: [UInt8]) throws {
        var reader = ByteReader(bytes)
        let slug = try reader.string()
        let charter = try reader.charter()
        let meetings = try reader.array { reader in
            var meeting = try reader.listedMeeting()
            try reader.records(into: &meeting)
            return meeting
        }
        self.init(slug: slug, charter: charter, meetings: meetings)
        charterHistory = try reader.optional { reader in
            try reader.array { reader in
                CharterCommit(
                    id: try reader.string(), date: try reader.string(), author: try reader.string(),
                    subject: try reader.string())
            }
        }
        guard reader.isAtEnd else { throw ByteReader.Malformed() }
    }
}

extension ByteWriter {
    /// Appends a charter.
    mutating func charter(_ charter: Charter) {
        string(charter.path)
        string(charter.title)
        raw(charter.status)
        array(charter.parties) { $0.party($1) }
        array(charter.signatures) { $0.signature($1) }
        optional(charter.start) { $0.day($1) }
        array(charter.amendments) { writer, amendment in
            writer.day(amendment.date)
            writer.optional(amendment.summary) { $0.string($1) }
            writer.array(amendment.signatures) { $0.signature($1) }
            writer.int(amendment.order)
            writer.location(amendment.location)
        }
        optional(charter.exit) { $0.exit($1) }
        optional(charter.review) { $0.day($1) }
        optional(charter.cadence) { writer, cadence in
            switch cadence {
            case .weekly: writer.int(0)
            case .fortnightly: writer.int(1)
            case .monthly: writer.int(2)
            case .quarterly: writer.int(3)
            case .everyDays(let days):
                writer.int(4)
                writer.int(days)
            }
        }
        array(charter.goals) { $0.goal($1) }
        document(charter.document)
        array(charter.valueItems) { writer, item in
            writer.string(item.label)
            writer.optional(item.party) { $0.string($1) }
            writer.string(item.text)
            writer.location(item.location)
        }
        optional(charter.extra) { $0.extra($1) }
        array(charter.links) { $0.link($1) }
        privacy(charter.privacy)
        anchors(charter.anchors)
    }

    /// Appends who may see a page and its private sections.
    mutating func privacy(_ privacy: NotePrivacy) {
        visibility(privacy.visibility)
        optional(privacy.location) { $0.location($1) }
        array(privacy.sections) { writer, section in
            writer.visibility(section.visibility)
            writer.string(section.party)
            writer.location(section.partyLocation)
            writer.int(section.line)
            writer.optional(section.endLine) { $0.int($1) }
        }
    }

    /// Appends a page's anchors; the headings sorted (a set's order is its own: equal sets give equal bytes).
    mutating func anchors(_ anchors: NoteAnchors) {
        array(anchors.headings.sorted()) { $0.string($1) }
        int(anchors.lineCount)
    }

    /// Appends a signature.
    mutating func signature(_ signature: Signature) {
        string(signature.party)
        day(signature.date)
        location(signature.location)
    }

    /// Appends a link of a note or the charter.
    mutating func link(_ link: MarkdownLink) {
        string(link.destination)
        location(link.location)
    }

    /// Appends a visibility.
    mutating func visibility(_ visibility: Visibility) {
        switch visibility {
        case .joint: int(0)
        case .nobody: int(1)
        case .privateTo(let party):
            int(2)
            string(party)
        }
    }

    /// Appends what `Partnership.listed` keeps of a meeting.
    mutating func listedPart(of meeting: Meeting) {
        string(meeting.path)
        string(meeting.pagePath)
        day(meeting.date)
        optional(meeting.dateLocation) { $0.location($1) }
        string(meeting.title)
        string(meeting.kind)
        array(meeting.links) { $0.link($1) }
        privacy(meeting.privacy)
        anchors(meeting.anchors)
    }
}

extension ByteReader {
    /// Reads a charter.
    mutating func charter() throws -> Charter {
        let (path, title, status) = (try string(), try string(), try raw() as PartnershipStatus)
        let parties = try array { try $0.party() }
        let signatures = try array { try $0.signature() }
        let start = try optional { try $0.day() }
        let amendments = try array { reader in
            Amendment(
                date: try reader.day(), summary: try reader.optional { try $0.string() },
                signatures: try reader.array { try $0.signature() }, order: try reader.int(),
                location: try reader.location())
        }
        let (exit, review) = (try optional { try $0.exit() }, try optional { try $0.day() })
        let cadence = try optional { reader -> Cadence in
            switch try reader.int() {
            case 0: return .weekly
            case 1: return .fortnightly
            case 2: return .monthly
            case 3: return .quarterly
            case 4: return .everyDays(try reader.int())
            default: throw Malformed()
            }
        }
        let goals = try array { try $0.goal() }
        let document = try document()
        let valueItems = try array { reader in
            ValueItem(
                label: try reader.string(), party: try reader.optional { try $0.string() }, text: try reader.string(),
                location: try reader.location())
        }
        var charter = Charter(
            path: path, title: title, status: status, parties: parties, signatures: signatures, review: review,
            cadence: cadence, goals: goals, document: document, valueItems: valueItems,
            extra: try optional { try $0.extra() }, start: start, amendments: amendments, exit: exit)
        charter.links = try array { try $0.link() }
        charter.privacy = try privacy()
        charter.anchors = try anchors()
        return charter
    }

    /// Reads who may see a page and its private sections.
    mutating func privacy() throws -> NotePrivacy {
        var privacy = NotePrivacy()
        privacy.visibility = try visibility()
        privacy.location = try optional { try $0.location() }
        privacy.sections = try array { reader in
            PrivateSection(
                visibility: try reader.visibility(), party: try reader.string(), partyLocation: try reader.location(),
                line: try reader.int(), endLine: try reader.optional { try $0.int() })
        }
        return privacy
    }

    /// Reads a page's anchors.
    mutating func anchors() throws -> NoteAnchors {
        NoteAnchors(headings: Set(try array { try $0.string() }), lineCount: try int())
    }

    /// Reads a signature.
    mutating func signature() throws -> Signature {
        Signature(party: try string(), date: try day(), location: try location())
    }

    /// Reads a link.
    mutating func link() throws -> MarkdownLink {
        MarkdownLink(destination: try string(), location: try location())
    }

    /// Reads a visibility.
    mutating func visibility() throws -> Visibility {
        switch try int() {
        case 0: return .joint
        case 1: return .nobody
        case 2: return .privateTo(try string())
        default: throw Malformed()
        }
    }

    /// Reads what `Partnership.listed` keeps of a meeting.
    mutating func listedMeeting() throws -> Meeting {
        let (path, pagePath, date) = (try string(), try string(), try day())
        let dateLocation = try optional { try $0.location() }
        var meeting = Meeting(path: path, pagePath: pagePath, date: date, title: try string(), kind: try string())
        meeting.dateLocation = dateLocation
        meeting.links = try array { try $0.link() }
        meeting.privacy = try privacy()
        meeting.anchors = try anchors()
        return meeting
    }
}

import AccordCore

/// Decodes a meeting note: front matter into typed fields, body into a document and records.
package enum MeetingDecoder {
    package static let knownKeys = [
        "date", "title", "kind", "chair", "attendees", "guests", "health", "kpis", "visibility",
    ]

    /// A decoded note, also when it cannot count: every problem of the file is reported in one run,
    /// so a bad `date` does not hide a misspelled owner below it.
    package struct Decoded {
        /// The meeting (dated 1970-01-01 when its date could not be read).
        package var meeting: Meeting
        /// False when the note cannot count (no front matter, a YAML error, no readable date).
        package var counts: Bool
        /// KPI readings that are not numbers, by goal id, so that an unknown goal is reported too.
        package var unreadableReadings: [(goal: String, location: SourceLocation)]
    }

    /// The meeting, or nil when the note cannot count (its problems are reported).
    /// `pagePath` is the note's page relative to the output folder.
    package static func decode(_ file: SourceFile, pagePath: String, diagnostics: inout DiagnosticBag) -> Meeting? {
        decodeAll(file, pagePath: pagePath, diagnostics: &diagnostics).flatMap { $0.counts ? $0.meeting : nil }
    }

    /// The note's body tree alone (nil when the front matter cannot be split from it): what `decodeAll` parses.
    package static func document(of file: SourceFile) -> MarkdownDocument? {
        guard case .success(let split) = FrontMatter.split(file) else { return nil }
        return body(split)
    }

    /// The body after the front matter, parsed with the file's own line numbers.
    private static func body(_ split: FrontMatter) -> MarkdownDocument {
        CmarkParser.parse(split.body, lineOffset: split.bodyLineOffset)
    }

    /// Decodes everything that can be read; nil only when the front matter cannot be split from the body.
    package static func decodeAll(_ file: SourceFile, pagePath: String, diagnostics: inout DiagnosticBag) -> Decoded? {
        let split: FrontMatter
        switch FrontMatter.split(file) {
        case .success(let value): split = value
        case .failure(let diagnostic):
            diagnostics.report(diagnostic)
            return nil
        }
        let opening = SourceLocation(path: file.path, line: 1, column: 1)
        // Records, links and heading ids are read from this tree, and the page renderer renders it (or the same
        // tree parsed again by `NoteTrees`, when it was let go after parsing).
        let document = body(split)
        let fileName = file.path.split(separator: "/").last.map { String($0.dropLast(3)) } ?? file.path
        var meeting = Meeting(
            path: file.path, pagePath: pagePath, date: Day(ordinal: 0),
            title: document.firstTitle ?? fileName, document: document)
        meeting.links = MarkdownLink.noteLinks(
            in: document, body: split.body, lineOffset: split.bodyLineOffset, path: file.path)
        meeting.privacy.sections = VisibilityReader.sections(in: document, file: file, diagnostics: &diagnostics)
        meeting.anchors = NoteAnchors(headings: Set(HeadingAnchors.ids(of: document)), lineCount: file.lines.lineCount)
        func bodyOnly(_ diagnostics: inout DiagnosticBag) -> Decoded {
            RecordExtractor(file: file).extract(from: document, into: &meeting, diagnostics: &diagnostics)
            return Decoded(meeting: meeting, counts: false, unreadableReadings: [])
        }
        guard let yaml = split.yaml else {
            diagnostics.error(
                opening, "meeting note has no front matter",
                hint: "start the note with '---', 'date: YYYY-MM-DD' and '---'")
            return bodyOnly(&diagnostics)
        }
        // A YAML error is already reported; do not add a misleading "missing 'date'".
        guard
            let root = YAMLValue.parse(
                yaml, path: file.path, lineOffset: split.yamlLineOffset, diagnostics: &diagnostics)
        else {
            return bodyOnly(&diagnostics)
        }
        guard var map = MappingReader(root, context: "the meeting note", diagnostics: &diagnostics) else {
            diagnostics.error(
                opening, "the meeting note is missing the required key 'date'", hint: "add 'date: YYYY-MM-DD'")
            return bodyOnly(&diagnostics)
        }
        map.location = opening
        map.warnUnknownKeys(known: knownKeys, diagnostics: &diagnostics)
        map.requireKey("date", diagnostics: &diagnostics, hint: "add 'date: YYYY-MM-DD'")
        let date = map.day("date", diagnostics: &diagnostics)
        if let date {
            meeting.date = date
            meeting.dateLocation = map.value("date")?.location
        }
        if let title = map.string("title", diagnostics: &diagnostics) { meeting.title = title }
        if let kind = map.string("kind", diagnostics: &diagnostics) {
            meeting.kind = kind.foldedName
        }
        let guests = map.stringList("guests", diagnostics: &diagnostics).map { $0.0.trimmed }
        meeting.guests = guests
        if let chair = map.value("chair"), let name = map.string("chair", diagnostics: &diagnostics) {
            meeting.chair = PersonName.reference(name, location: chair.location)
        }
        meeting.attendees = map.stringList("attendees", diagnostics: &diagnostics).map { name, location in
            PersonName.reference(name, location: location)
        }
        meeting.health = decodeHealth(map, diagnostics: &diagnostics)
        let readings = decodeReadings(map, diagnostics: &diagnostics)
        meeting.kpiReadings = readings.readings
        meeting.extra = map.extra()
        (meeting.privacy.visibility, meeting.privacy.location) = VisibilityReader.visibility(
            map.value("visibility"),
            diagnostics: &diagnostics)
        RecordExtractor(file: file).extract(from: document, into: &meeting, diagnostics: &diagnostics)
        return Decoded(meeting: meeting, counts: date != nil, unreadableReadings: readings.unreadable)
    }

    package static func decodeHealth(_ map: MappingReader, diagnostics: inout DiagnosticBag) -> [PartyPulse] {
        guard let value = map.value("health"),
            let parties = MappingReader(value, context: "'health'", diagnostics: &diagnostics)
        else { return [] }
        var pulses: [PartyPulse] = []
        for entry in parties.entries {
            guard
                let dimensions = MappingReader(
                    entry.value, context: "the health scores of '\(entry.key)'",
                    diagnostics: &diagnostics)
            else { continue }
            var scores: [PulseScore] = []
            for score in dimensions.entries {
                guard PulseScore.dimensions.contains(score.key) else {
                    let suggestion = EditDistance.suggestion(for: score.key, among: PulseScore.dimensions)
                    diagnostics.warning(
                        score.keyLocation, "unknown health dimension '\(score.key)' is ignored",
                        hint: suggestion.map { "did you mean '\($0)'?" }
                            ?? "dimensions are \(PulseScore.dimensions.joined(separator: ", "))")
                    continue
                }
                guard
                    let number = MappingReader.number(
                        score.value, what: "the \(score.key) score of '\(entry.key)'",
                        diagnostics: &diagnostics)
                else { continue }
                guard (1...5).contains(number) else {
                    diagnostics.error(
                        score.value.location,
                        "\(score.key) score \(NumberText.number(number)) of '\(entry.key)' is outside 1–5",
                        hint: "health scores are numbers from 1 to 5")
                    continue
                }
                scores.append(PulseScore(dimension: score.key, value: number))
            }
            pulses.append(PartyPulse(party: entry.key, scores: scores, location: entry.keyLocation))
        }
        return pulses
    }

    /// The readings that are numbers, and the goal ids of those that are not (still checked against the charter).
    package static func decodeReadings(_ map: MappingReader, diagnostics: inout DiagnosticBag)
        -> (readings: [KPIReading], unreadable: [(goal: String, location: SourceLocation)])
    {
        guard let value = map.value("kpis"),
            let goals = MappingReader(value, context: "'kpis'", diagnostics: &diagnostics)
        else { return ([], []) }
        var readings: [KPIReading] = []
        var unreadable: [(goal: String, location: SourceLocation)] = []
        for entry in goals.entries {
            if let number = MappingReader.number(
                entry.value, what: "the KPI reading of '\(entry.key)'", diagnostics: &diagnostics)
            {
                readings.append(KPIReading(goal: entry.key, value: number, location: entry.keyLocation))
            } else {
                unreadable.append((entry.key, entry.keyLocation))
            }
        }
        return (readings, unreadable)
    }
}

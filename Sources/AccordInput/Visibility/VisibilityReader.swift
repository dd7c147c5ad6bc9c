import AccordCore

/// Reads what of a file is private: the `visibility:` key of a note, and the `(private: …)` sections of any
/// Markdown body. Party ids are checked against the charter later (`VisibilityValidator`).
package enum VisibilityReader {
    /// The visibility written under `visibility:` (joint when absent) and where it is written; a value that is
    /// not text is an error here and is read as `.nobody`.
    package static func visibility(_ value: YAMLValue?, diagnostics: inout DiagnosticBag) -> (
        Visibility, SourceLocation?
    ) {
        guard let value else { return (.joint, nil) }
        guard case .scalar(let text, _) = value.shape else {
            diagnostics.error(
                value.location, "'visibility' must be 'joint' or a party id of the charter, not \(value.shapeName)",
                hint: "write 'visibility: joint' or 'visibility: PARTY-ID'")
            return (.nobody, value.location)
        }
        let written = text.trimmed
        return (written == "joint" ? .joint : .privateTo(written), value.location)
    }

    /// The private H2 sections of a document, each to the next H1 or H2. A marker on another heading level
    /// is an error: its text would be in every view.
    package static func sections(in document: MarkdownDocument, file: SourceFile, diagnostics: inout DiagnosticBag)
        -> [PrivateSection]
    {
        var sections: [PrivateSection] = []
        var open: Int?
        for block in document.blocks {
            guard case .heading(let level, let inlines, let line) = block else { continue }
            if level <= 2, let index = open {
                sections[index].endLine = line
                open = nil
            }
            guard let party = PrivateMarker.split(inlines.plainText).party else { continue }
            let location = partyLocation(party, line: line, file: file)
            guard level == 2 else {
                diagnostics.error(
                    location, "'(private: …)' marks only H2 sections; this level-\(level) heading is in every view",
                    hint:
                        "make it an H2 heading ('## …'), or move the private text into a note with 'visibility: \(party)'"
                )
                continue
            }
            if party.isEmpty {
                diagnostics.error(
                    location, "'(private: …)' names no party; the section is left out of every view",
                    hint: "write '(private: PARTY-ID)' with a party id of the charter")
            }
            sections.append(
                PrivateSection(
                    visibility: party.isEmpty ? .nobody : .privateTo(party), party: party,
                    partyLocation: location, line: line, endLine: nil))
            open = sections.count - 1
        }
        return sections
    }

    /// The column of the party id inside the heading's last parenthesis (of the parenthesis when the id is empty).
    package static func partyLocation(_ party: String, line: Int, file: SourceFile) -> SourceLocation {
        let text = file.line(line)
        guard let open = text.lastIndex(of: "(") else { return SourceLocation(path: file.path, line: line, column: 1) }
        var column = text.distance(from: text.startIndex, to: open) + 1
        if !party.isEmpty, let range = text[open...].range(of: party) {
            column = text.distance(from: text.startIndex, to: range.lowerBound) + 1
        }
        return SourceLocation(path: file.path, line: line, column: column)
    }
}

/// Checks the party ids of a file's visibility against its charter; an unknown id is an error at its line and
/// column, and the content is then left out of every view.
package enum VisibilityValidator {
    /// The privacy with unknown party ids read as `.nobody`.
    package static func validate(_ privacy: NotePrivacy, parties: [Party], diagnostics: inout DiagnosticBag)
        -> NotePrivacy
    {
        var privacy = privacy
        let ids = parties.map(\.id)
        func checked(_ visibility: Visibility, _ location: SourceLocation?, what: String) -> Visibility {
            guard case .privateTo(let id) = visibility, !id.isEmpty, !ids.contains(id) else { return visibility }
            let suggestion = EditDistance.suggestion(for: id, among: ids)
            diagnostics.error(
                location ?? SourceLocation(path: ""), "unknown party '\(id)' in \(what); it is left out of every view",
                hint: suggestion.map { "did you mean '\($0)'?" }
                    ?? "parties of the charter: \(ids.joined(separator: ", ")); or write 'joint'")
            return .nobody
        }
        privacy.visibility = checked(privacy.visibility, privacy.location, what: "'visibility'")
        privacy.sections = privacy.sections.map { section in
            var section = section
            section.visibility = checked(section.visibility, section.partyLocation, what: "'(private: …)'")
            return section
        }
        return privacy
    }
}

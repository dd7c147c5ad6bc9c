import AccordCore

/// Reads decisions, actions, issues and wins from the H2 sections of a meeting note.
package struct RecordExtractor {
    /// The kinds of measured sections.
    package enum SectionKind { case decisions, actions, issues, wins }

    package static let sectionKinds: [String: SectionKind] = [
        "decisions": .decisions, "actions": .actions, "issues": .issues, "risks": .issues,
        "wins": .wins, "accomplishments": .wins,
    ]

    package let file: SourceFile

    /// The records of a document, appended to a meeting.
    package func extract(from document: MarkdownDocument, into meeting: inout Meeting, diagnostics: inout DiagnosticBag)
    {
        for section in document.sections {
            guard let kind = Self.sectionKinds[section.normalisedTitle] else { continue }
            for item in section.topLevelItems {
                let location = SourceLocation(path: file.path, line: item.line, column: item.column)
                switch kind {
                case .decisions:
                    meeting.decisions.append(decision(item, location: location, diagnostics: &diagnostics))
                case .actions:
                    if let action = action(item, location: location, diagnostics: &diagnostics) {
                        meeting.actions.append(action)
                    }
                case .issues:
                    if let issue = issue(item, location: location, diagnostics: &diagnostics) {
                        meeting.issues.append(issue)
                    }
                case .wins:
                    meeting.wins.append(Win(text: item.leadText.trimmed, location: location))
                }
            }
        }
    }

    package func decision(_ item: MarkdownListItem, location: SourceLocation, diagnostics: inout DiagnosticBag)
        -> Decision
    {
        let text = item.leadText.trimmed
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else {
            return Decision(text: text, location: location)
        }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmed
        guard inside.lowercased().hasPrefix("agreed") else { return Decision(text: text, location: location) }
        var rest = inside.dropFirst("agreed".count)
        while rest.first == ":" || rest.first == " " { rest = rest.dropFirst() }
        let parties = rest.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        return Decision(text: text[..<open].trimmed, agreedBy: parties, location: location)
    }

    package func action(_ item: MarkdownListItem, location: SourceLocation, diagnostics: inout DiagnosticBag) -> Action?
    {
        let text = item.leadText
        guard let task = item.task else {
            diagnostics.warning(
                location, "action is not a task item, so it is not tracked",
                hint: "write it as '- [ ] Owner: what (due YYYY-MM-DD)'")
            return nil
        }
        var body = text
        var owner: ActionOwner?
        if let separator = text.firstRange(of: ": ") {
            let written = text[..<separator.lowerBound].trimmed
            body = String(text[separator.upperBound...])
            if written.hasPrefix("@") {
                owner = .party(id: String(written.dropFirst()), location: ownerLocation(written, item: item))
            } else if !written.isEmpty {
                owner = .person(PersonName.reference(written, location: ownerLocation(written, item: item)))
            }
        }
        if owner == nil {
            diagnostics.warning(
                location, "action has no owner",
                hint: "start it with the owner's name and ': ', e.g. 'Raj Patel: draft the runbook'")
        }
        let dates = taskDates(
            body, item: item, isTicked: task == .done, what: "action", keys: ("due", "done"),
            diagnostics: &diagnostics)
        let action = Action(
            owner: owner, text: dates.text, isTicked: task == .done, due: dates.opened,
            done: dates.closed, location: location)
        return action
    }

    package func issue(_ item: MarkdownListItem, location: SourceLocation, diagnostics: inout DiagnosticBag)
        -> IssueRecord?
    {
        guard let task = item.task else {
            diagnostics.warning(
                location, "issue is not a task item, so it is not tracked",
                hint: "write it as '- [ ] what (raised YYYY-MM-DD)'")
            return nil
        }
        let dates = taskDates(
            item.leadText, item: item, isTicked: task == .done, what: "issue",
            keys: ("raised", "resolved"), diagnostics: &diagnostics)
        let issue = IssueRecord(
            text: dates.text, isTicked: task == .done, raised: dates.opened, resolved: dates.closed,
            location: location)
        return issue
    }

    /// The text of a task item and the two dates of its trailing parenthesis (`due`/`done`,
    /// `raised`/`resolved`), with the warnings actions and issues share.
    package func taskDates(
        _ text: String, item: MarkdownListItem, isTicked: Bool, what: String,
        keys: (open: String, close: String),
        diagnostics: inout DiagnosticBag
    ) -> (text: String, opened: Day?, closed: Day?) {
        let split = TrailingParenthesis.split(text, keys: [keys.open, keys.close])
        var opened: Day?
        var closed: Day?
        for part in split.parts {
            switch part.key {
            case keys.open: opened = date(part, item: item, diagnostics: &diagnostics)
            case keys.close: closed = date(part, item: item, diagnostics: &diagnostics)
            default:
                warnUnknown(
                    part, in: what, expected: "\(keys.open) YYYY-MM-DD, \(keys.close) YYYY-MM-DD", item: item,
                    diagnostics: &diagnostics)
            }
        }
        if let closed, !isTicked {
            diagnostics.warning(
                locate(keys.close, in: item),
                "\(what) has a \(keys.close) date (\(closed)) but is not ticked, so it counts as open",
                hint: "tick it with '- [x]' or remove the \(keys.close) date")
        }
        return (split.text, opened, closed)
    }

    package func date(_ part: TrailingParenthesis.Part, item: MarkdownListItem, diagnostics: inout DiagnosticBag)
        -> Day?
    {
        if let day = Day(iso: part.value) { return day }
        let location = locate(part.value.isEmpty ? part.key : part.value, in: item)
        MappingReader.notADay(
            part.value, what: "'\(part.key)'", at: location, shapeHint: "write '\(part.key) YYYY-MM-DD'",
            diagnostics: &diagnostics)
        return nil
    }

    package func warnUnknown(
        _ part: TrailingParenthesis.Part, in what: String, expected: String, item: MarkdownListItem,
        diagnostics: inout DiagnosticBag
    ) {
        let written = (part.key + " " + part.value).trimmed
        diagnostics.warning(
            locate(written, in: item), "'\(written)' in the \(what)'s parenthesis is not understood",
            hint: "the parenthesis at the end holds \(expected)")
    }

    /// The location of `needle` on the item's first line, else the item's own location.
    package func locate(_ needle: String, in item: MarkdownListItem) -> SourceLocation {
        let column = needle.isEmpty ? nil : file.column(of: needle, onLine: item.line)
        return SourceLocation(path: file.path, line: item.line, column: column ?? item.column)
    }

    package func ownerLocation(_ written: String, item: MarkdownListItem) -> SourceLocation {
        locate(written, in: item)
    }
}

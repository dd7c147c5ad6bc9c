/// Reads decisions, actions, issues and wins from the H2 sections of a meeting note.
struct RecordExtractor {
    /// The kinds of measured sections.
    enum SectionKind { case decisions, actions, issues, wins }

    static let sectionKinds: [String: SectionKind] = [
        "decisions": .decisions, "actions": .actions, "issues": .issues, "risks": .issues,
        "wins": .wins, "accomplishments": .wins,
    ]

    let file: SourceFile
    /// The file's lines, split once for locating text on a line.
    let lines: [Substring]

    init(file: SourceFile) {
        self.file = file
        lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The records of a document, appended to a meeting.
    func extract(from document: MarkdownDocument, into meeting: inout Meeting, diagnostics: inout DiagnosticBag) {
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

    func decision(_ item: MarkdownListItem, location: SourceLocation, diagnostics: inout DiagnosticBag) -> Decision {
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

    func action(_ item: MarkdownListItem, location: SourceLocation, diagnostics: inout DiagnosticBag) -> Action? {
        let text = item.leadText
        guard let task = item.task else {
            diagnostics.warning(location, "action is not a task item, so it is not tracked",
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
            diagnostics.warning(location, "action has no owner",
                                hint: "start it with the owner's name and ': ', e.g. 'Raj Patel: draft the runbook'")
        }
        let split = TrailingParenthesis.split(body, keys: ["due", "done"])
        var action = Action(owner: owner, text: split.text, isTicked: task == .done, location: location)
        for part in split.parts {
            switch part.key {
            case "due": action.due = date(part, item: item, diagnostics: &diagnostics)
            case "done": action.done = date(part, item: item, diagnostics: &diagnostics)
            default: warnUnknown(part, in: "action", expected: "due YYYY-MM-DD, done YYYY-MM-DD", item: item, diagnostics: &diagnostics)
            }
        }
        if let done = action.done, !action.isTicked {
            diagnostics.warning(locate("done", in: item), "action has a done date (\(done)) but is not ticked, so it counts as open",
                                hint: "tick it with '- [x]' or remove the done date")
        }
        return action
    }

    func issue(_ item: MarkdownListItem, location: SourceLocation, diagnostics: inout DiagnosticBag) -> IssueRecord? {
        guard let task = item.task else {
            diagnostics.warning(location, "issue is not a task item, so it is not tracked",
                                hint: "write it as '- [ ] what (raised YYYY-MM-DD)'")
            return nil
        }
        let split = TrailingParenthesis.split(item.leadText, keys: ["raised", "resolved"])
        var issue = IssueRecord(text: split.text, isTicked: task == .done, location: location)
        for part in split.parts {
            switch part.key {
            case "raised": issue.raised = date(part, item: item, diagnostics: &diagnostics)
            case "resolved": issue.resolved = date(part, item: item, diagnostics: &diagnostics)
            default: warnUnknown(part, in: "issue", expected: "raised YYYY-MM-DD, resolved YYYY-MM-DD", item: item, diagnostics: &diagnostics)
            }
        }
        if let resolved = issue.resolved, !issue.isTicked {
            diagnostics.warning(locate("resolved", in: item), "issue has a resolved date (\(resolved)) but is not ticked, so it counts as open",
                                hint: "tick it with '- [x]' or remove the resolved date")
        }
        return issue
    }

    func date(_ part: TrailingParenthesis.Part, item: MarkdownListItem, diagnostics: inout DiagnosticBag) -> Day? {
        if let day = Day(iso: part.value) { return day }
        let location = locate(part.value.isEmpty ? part.key : part.value, in: item)
        diagnostics.error(location, "malformed \(part.key) date '\(part.value)'",
                          hint: "write '\(part.key) YYYY-MM-DD' with a real calendar date")
        return nil
    }

    func warnUnknown(_ part: TrailingParenthesis.Part, in what: String, expected: String, item: MarkdownListItem,
                     diagnostics: inout DiagnosticBag) {
        let written = (part.key + " " + part.value).trimmed
        diagnostics.warning(locate(written, in: item), "'\(written)' in the \(what)'s parenthesis is not understood",
                            hint: "the parenthesis at the end holds \(expected)")
    }

    /// The location of `needle` on the item's first line, else the item's own location.
    func locate(_ needle: String, in item: MarkdownListItem) -> SourceLocation {
        var column: Int?
        if !needle.isEmpty, item.line >= 1, item.line <= lines.count, let range = lines[item.line - 1].firstRange(of: needle) {
            column = lines[item.line - 1].distance(from: lines[item.line - 1].startIndex, to: range.lowerBound) + 1
        }
        return SourceLocation(path: file.path, line: item.line, column: column ?? item.column)
    }

    func ownerLocation(_ written: String, item: MarkdownListItem) -> SourceLocation {
        locate(written, in: item)
    }
}

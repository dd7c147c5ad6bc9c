import Testing

@testable import AccordKit

/// Decisions, actions, issues and wins read from a note's sections, with their diagnostics.
@Suite struct RecordExtractorTests {
    static let path = "partnerships/acme-globex/meetings/2026-03-12.md"

    static let note = """
        ---
        date: 2026-03-12
        ---

        # Steering 3

        ## Decisions
        - Move the weekly triage to a shared board (agreed: acme, globex)
        - Budget approved

        ## Actions
        - [ ] Raj Patel: draft the joint runbook (due 2026-03-26)
        - [x] Tom Lee: give Globex read access (due 2026-03-19, done 2026-03-18)
        - [ ] @acme: confirm the portal budget (due 2026-04-01)
        - [X] *Mia Chen*: upper case (done 2026-03-01)
        - [ ] Raj Patel (globex): explicit party
        - Plain action
        - [ ] no owner here
        - [ ] Tom Lee: bad date (due 2026-02-30)
        - [ ] Tom Lee: early close (done 2026-03-10)
        - [ ] Tom Lee: odd (due 2026-04-01, when later)
          - [ ] nested is not a record

        ## Risks
        - [ ] Backlog grows on Mondays (raised 2026-03-12)
        - [x] VPN access (raised 2026-02-12, resolved 2026-03-05)
        - [ ] Bad (resolved 2026-03-32)
        - Not a task issue

        ## Accomplishments
        - First month inside SLA
          - detail of the win

        ## Other notes
        - [ ] Not measured: at all (due 2026-13-13)
        """

    static func decode(_ text: String = note) -> (Meeting, [Diagnostic]) {
        var bag = DiagnosticBag()
        let meeting = MeetingDecoder.decode(SourceFile(path: path, text: text), pagePath: "m.html", diagnostics: &bag)
        return (meeting!, bag.all)
    }

    static func at(_ line: Int, _ column: Int) -> AccordKit.SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    static func day(_ text: String) -> Day { Day(iso: text)! }

    @Test func decisions() {
        let (meeting, _) = Self.decode()
        #expect(
            meeting.decisions == [
                Decision(
                    text: "Move the weekly triage to a shared board", agreedBy: ["acme", "globex"],
                    location: Self.at(8, 1)),
                Decision(text: "Budget approved", agreedBy: nil, location: Self.at(9, 1)),
            ])
    }

    @Test func actions() {
        let (meeting, _) = Self.decode()
        #expect(
            meeting.actions == [
                Action(
                    owner: .person(PersonReference(name: "Raj Patel", location: Self.at(12, 7))),
                    text: "draft the joint runbook", isTicked: false, due: Self.day("2026-03-26"),
                    location: Self.at(12, 1)),
                Action(
                    owner: .person(PersonReference(name: "Tom Lee", location: Self.at(13, 7))),
                    text: "give Globex read access", isTicked: true, due: Self.day("2026-03-19"),
                    done: Self.day("2026-03-18"),
                    location: Self.at(13, 1)),
                Action(
                    owner: .party(id: "acme", location: Self.at(14, 7)),
                    text: "confirm the portal budget", isTicked: false, due: Self.day("2026-04-01"),
                    location: Self.at(14, 1)),
                Action(
                    owner: .person(PersonReference(name: "Mia Chen", location: Self.at(15, 8))),
                    text: "upper case", isTicked: true, done: Self.day("2026-03-01"), location: Self.at(15, 1)),
                Action(
                    owner: .person(
                        PersonReference(name: "Raj Patel", explicitParty: "globex", location: Self.at(16, 7))),
                    text: "explicit party", isTicked: false, location: Self.at(16, 1)),
                Action(owner: nil, text: "no owner here", isTicked: false, location: Self.at(18, 1)),
                Action(
                    owner: .person(PersonReference(name: "Tom Lee", location: Self.at(19, 7))),
                    text: "bad date", isTicked: false, location: Self.at(19, 1)),
                Action(
                    owner: .person(PersonReference(name: "Tom Lee", location: Self.at(20, 7))),
                    text: "early close", isTicked: false, done: Self.day("2026-03-10"), location: Self.at(20, 1)),
                Action(
                    owner: .person(PersonReference(name: "Tom Lee", location: Self.at(21, 7))),
                    text: "odd", isTicked: false, due: Self.day("2026-04-01"), location: Self.at(21, 1)),
            ])
    }

    @Test func issuesUnderRisks() {
        let (meeting, _) = Self.decode()
        #expect(
            meeting.issues == [
                IssueRecord(
                    text: "Backlog grows on Mondays", isTicked: false, raised: Self.day("2026-03-12"),
                    location: Self.at(25, 1)),
                IssueRecord(
                    text: "VPN access", isTicked: true, raised: Self.day("2026-02-12"),
                    resolved: Self.day("2026-03-05"),
                    location: Self.at(26, 1)),
                IssueRecord(text: "Bad", isTicked: false, location: Self.at(27, 1)),
            ])
    }

    @Test func winsUnderAccomplishmentsKeepOnlyTheirOwnText() {
        let (meeting, _) = Self.decode()
        #expect(meeting.wins == [Win(text: "First month inside SLA", location: Self.at(31, 1))])
    }

    @Test func diagnosticsPointAtTheirLineAndColumn() {
        let (_, problems) = Self.decode()
        #expect(
            problems == [
                .warning(
                    Self.at(17, 1), "action is not a task item, so it is not tracked",
                    hint: "write it as '- [ ] Owner: what (due YYYY-MM-DD)'"),
                .warning(
                    Self.at(18, 1), "action has no owner",
                    hint: "start it with the owner's name and ': ', e.g. 'Raj Patel: draft the runbook'"),
                .error(
                    Self.at(19, 30), "'due' is not a real calendar date: '2026-02-30'",
                    hint: "February 2026 has 28 days"),
                .warning(
                    Self.at(20, 29), "action has a done date (2026-03-10) but is not ticked, so it counts as open",
                    hint: "tick it with '- [x]' or remove the done date"),
                .warning(
                    Self.at(21, 37), "'when later' in the action's parenthesis is not understood",
                    hint: "the parenthesis at the end holds due YYYY-MM-DD, done YYYY-MM-DD"),
                .error(
                    Self.at(27, 21), "'resolved' is not a real calendar date: '2026-03-32'",
                    hint: "March 2026 has 31 days"),
                .warning(
                    Self.at(28, 1), "issue is not a task item, so it is not tracked",
                    hint: "write it as '- [ ] what (raised YYYY-MM-DD)'"),
            ])
    }

    @Test func malformedDueDatePrintedLikeTheCLI() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote(
            "2026-03-12.md", "---\ndate: 2026-03-12\n---\n## Actions\n- [ ] Tom Lee: fix it (due 2026-02-30)\n")
        let outcome = content.check()
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026-03-12.md:5:28: error: 'due' is not a real calendar date: '2026-02-30'\n"
                    + "  hint: February 2026 has 28 days\n"
            ])
    }

    @Test func columnsCountCharactersNotBytes() {
        let (_, problems) = Self.decode(
            "---\ndate: 2026-03-12\n---\n## Actions\n- [ ] Zoë Brontë: café (due 2026-02-29)\n")
        // "- [ ] Zoë Brontë: café (due " is 28 characters (31 bytes).
        #expect(
            problems == [
                .error(
                    SourceLocation(path: Self.path, line: 5, column: 29),
                    "'due' is not a real calendar date: '2026-02-29'",
                    hint: "February 2026 has 28 days")
            ])
    }

    @Test func orderedListsAndIndentedItems() {
        let (meeting, problems) = Self.decode(
            "---\ndate: 2026-03-12\n---\n## Wins\n1. One\n2. Two\n\n## Actions\n 1. [ ] Ann: x\n")
        #expect(problems.isEmpty)
        #expect(meeting.wins.map(\.text) == ["One", "Two"])
        #expect(meeting.actions.map(\.location) == [SourceLocation(path: Self.path, line: 9, column: 2)])
        #expect(
            meeting.actions.first?.owner
                == .person(PersonReference(name: "Ann", location: SourceLocation(path: Self.path, line: 9, column: 9))))
    }

    @Test func sectionEndsAtNextH1() {
        let (meeting, _) = Self.decode("---\ndate: 2026-03-12\n---\n## Wins\n- A\n# Annex\n- B\n### Sub\n- C\n")
        #expect(meeting.wins.map(\.text) == ["A"])
        let (nested, _) = Self.decode("---\ndate: 2026-03-12\n---\n## Wins\n- A\n### Sub\n- C\n## Next\n- D\n")
        #expect(nested.wins.map(\.text) == ["A", "C"])
    }

    @Test func trailingParenthesisSplitting() {
        let split = TrailingParenthesis.split("Do it (due: 2026-01-02,  DONE 2026-01-03)", keys: ["due", "done"])
        #expect(split.text == "Do it")
        #expect(split.parts.map(\.key) == ["due", "done"])
        #expect(split.parts.map(\.value) == ["2026-01-02", "2026-01-03"])
        // A parenthesis without a known key stays part of the text.
        let plain = TrailingParenthesis.split("Call (the vendor)", keys: ["due", "done"])
        #expect(plain.text == "Call (the vendor)")
        #expect(plain.parts.isEmpty)
    }

    @Test func personNames() {
        #expect(PersonName.split("Raj Patel (globex)") == ("Raj Patel", "globex"))
        #expect(PersonName.split("  Raj  Patel  ") == ("Raj  Patel", nil))
        #expect(PersonName.split("Raj Patel (Globex Ltd)") == ("Raj Patel (Globex Ltd)", nil))
        #expect(PersonName.split("(acme)") == ("(acme)", nil))
    }
}

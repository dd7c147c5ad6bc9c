import Testing

@testable import AccordKit

/// Bad `visibility:` values and unknown party ids, each at its exact line and column; the same diagnostics
/// whichever view is built.
@Suite struct VisibilityDiagnosticsTests {
    func note(_ front: String, _ body: String = "") -> String {
        """
        ---
        date: 2026-03-12
        \(front)
        ---

        # Steering
        \(body)
        """
    }

    @Test func unknownPartyInVisibility() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("2026-03-12-steering.md", note("visibility: acmee"))
        #expect(
            temp.check().diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026-03-12-steering.md:3:13: error: unknown party 'acmee' in "
                    + "'visibility'; it is left out of every view\n  hint: did you mean 'acme'?\n"
            ])
    }

    @Test func visibilityThatIsNotText() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("2026-03-12-steering.md", note("visibility: [acme, globex]"))
        #expect(
            temp.check().diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026-03-12-steering.md:3:13: error: 'visibility' must be 'joint' "
                    + "or a party id of the charter, not a list\n  hint: write 'visibility: joint' or 'visibility: PARTY-ID'\n"
            ])
    }

    @Test func unknownPartyInAPrivateSectionOfANoteAndOfTheCharter() throws {
        let temp = try TempContent()
        try temp.writeCharter(body: "\n## Fallback (private: initech)\n\nText.\n")
        try temp.writeNote("2026-03-12-steering.md", note("", "\n## Read-out (PRIVATE:  globx )\n\nText.\n"))
        let charterLine = TempContent.charter(body: "\n## Fallback (private: initech)\n\nText.\n")
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("## Fallback") }.map {
                $0 + 1
            }
        #expect(
            temp.check().diagnostics.printed == [
                "Content/partnerships/acme-globex/charter.md:\(charterLine ?? 0):23: error: unknown party 'initech' in "
                    + "'(private: …)'; it is left out of every view\n"
                    + "  hint: parties of the charter: acme, globex; or write 'joint'\n",
                "Content/partnerships/acme-globex/meetings/2026-03-12-steering.md:8:24: error: unknown party 'globx' in "
                    + "'(private: …)'; it is left out of every view\n  hint: did you mean 'globex'?\n",
            ])
    }

    @Test func markerOnAnotherHeadingLevelAndWithoutAParty() throws {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("2026-03-12-steering.md", note("", "\n### Aside (private: acme)\n\n## Empty (private: )\n"))
        #expect(
            temp.check().diagnostics.printed == [
                "Content/partnerships/acme-globex/meetings/2026-03-12-steering.md:8:21: error: '(private: …)' marks only H2 "
                    + "sections; this level-3 heading is in every view\n  hint: make it an H2 heading ('## …'), or move the "
                    + "private text into a note with 'visibility: acme'\n",
                "Content/partnerships/acme-globex/meetings/2026-03-12-steering.md:10:10: error: '(private: …)' names no party; "
                    + "the section is left out of every view\n  hint: write '(private: PARTY-ID)' with a party id of the charter\n",
            ])
    }

    @Test func sameDiagnosticsWhicheverView() throws {
        let temp = try TempContent()
        try ViewFixture.write(temp)
        try temp.writeNote(
            "2026-05-01-steering.md", note("visibility: acmee", "\nSee [the prep](2026-04-20-renewal-prep.md).\n"))
        var printed: [[String]] = []
        for view in [PortfolioView.joint, .party("acme"), .party("globex")] {
            var options = ViewFixture.options(temp, view: view)
            options.asOf = Day(iso: "2026-06-01")
            printed.append(Pipeline.run(options, mode: .check).diagnostics.printed)
        }
        #expect(printed[0].count == 1)
        #expect(printed[1] == printed[0] && printed[2] == printed[0])
    }

    @Test func markerSplitsOffTheHeadingAndKeepsTheSectionName() throws {
        #expect(PrivateMarker.split("Actions (private: acme)") == ("Actions", "acme"))
        #expect(PrivateMarker.split("Actions (Private:acme) ") == ("Actions", "acme"))
        #expect(PrivateMarker.split("Actions (privately: acme)") == ("Actions (privately: acme)", nil))
        #expect(PrivateMarker.split("Risks (due 2026-01-01)") == ("Risks (due 2026-01-01)", nil))
        let document = CmarkParser.parse("## Actions (PRIVATE: acme)\n\n- [ ] Jane Smith: x\n", lineOffset: 0)
        #expect(document.sections.map(\.normalisedTitle) == ["actions"])
        #expect(document.sections.map(\.privateParty) == ["acme"])
    }
}

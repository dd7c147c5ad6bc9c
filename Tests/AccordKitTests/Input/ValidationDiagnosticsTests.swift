import Testing

@testable import AccordKit

/// Every validation error and warning, with its exact path, line, column and message, as `accord check` prints it.
@Suite struct ValidationDiagnosticsTests {
    static let charterPath = "Content/partnerships/acme-globex/charter.md"
    static let notePath = "Content/partnerships/acme-globex/meetings/2026-03-12.md"

    static func printed(_ place: String, _ severity: String, _ message: String, hint: String? = nil) -> String {
        "\(place): \(severity): \(message)\n" + (hint.map { "  hint: \($0)\n" } ?? "")
    }

    @Test func standardCharterAndNoteAreClean() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote(
            "2026-03-12.md",
            """
            ---
            date: 2026-03-12
            chair: Jane Smith
            attendees: [Jane Smith, raj  PATEL, Mia Chen (globex)]
            health:
              acme: {trust: 4, communication: 4.5, focus: 1, team: 5, innovation: 3}
            kpis: {G1: 22.5}
            ---
            ## Decisions
            - Agreed (agreed: acme, globex)
            ## Actions
            - [ ] @globex: run it (due 2026-04-01)
            - [ ] Sean O'Brien: check the apostrophe
            """)
        let outcome = content.check()
        #expect(outcome.diagnostics.printed == [])
        #expect(outcome.exitCode == 0)
    }

    @Test func charterErrors() throws {
        let content = try TempContent()
        try content.write(
            "partnerships/acme-globex/charter.md",
            """
            ---
            title: T
            parties:
              - id: acme
                name: Acme
                people: [Jane Smith, Tom Lee]
              - id: globex
                name: Globex
                people: [Raj Patel, tom  lee]
              - id: acme
                name: Acme again
            signed: {acme: 2026-01-10, globx: 2026-01-12}
            goals:
              - id: G1
                title: One
                owner: initech
                priority: {acme: 6, globex: 2.5, initch: 3}
              - id: G1
                title: Dup
            ---
            """)
        let outcome = content.check()
        #expect(outcome.exitCode == 1)
        let path = Self.charterPath
        #expect(
            outcome.diagnostics.printed == [
                Self.printed(
                    "\(path):9:25", "error", "'tom  lee' is listed under two parties ('acme' and 'globex')",
                    hint: "a person belongs to one party; write 'Name (party-id)' in notes to be explicit"),
                Self.printed("\(path):10:9", "error", "duplicate party id 'acme'", hint: "each party needs its own id"),
                Self.printed("\(path):12:28", "error", "unknown party id 'globx'", hint: "did you mean 'globex'?"),
                Self.printed("\(path):16:12", "error", "unknown party id 'initech'", hint: "parties are acme, globex"),
                Self.printed("\(path):17:22", "error", "priority must be a whole number from 1 to 5, not 6"),
                Self.printed("\(path):17:33", "error", "priority must be a whole number from 1 to 5, not 2.5"),
                Self.printed("\(path):17:38", "error", "unknown party id 'initch'", hint: "parties are acme, globex"),
                Self.printed("\(path):18:9", "error", "duplicate goal id 'G1'", hint: "each goal needs its own id"),
            ])
    }

    @Test func charterNeedsTwoPartiesAndValidIDs() throws {
        let content = try TempContent()
        try content.write(
            "partnerships/solo/charter.md",
            """
            ---
            title: Solo
            parties:
              - {id: Acme Corp, name: Acme}
            goals: []
            ---
            """)
        #expect(
            content.check().diagnostics.printed == [
                Self.printed(
                    "Content/partnerships/solo/charter.md:4:3", "error",
                    "a partnership needs at least two parties, found 0"),
                Self.printed(
                    "Content/partnerships/solo/charter.md:4:10", "error", "party id 'Acme Corp' is not a valid id",
                    hint: "use lower-case letters, digits and hyphens, e.g. 'acme-corp'"),
            ])
    }

    @Test func meetingNoteErrorsAndWarnings() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote(
            "2026-03-12.md",
            """
            ---
            date: 2026-03-12
            chair: Lee Park
            attendees: [Jane Smith, Raj Patel, Stranger Danger, Tom Lee (initech), Mia Chen (globex)]
            guests: [Lee Park]
            health:
              acme: {trust: 6, communication: 4, focus: 0.5, team: 4.5, innovation: 3}
              globx: {trust: 3}
              globex: {trust: high, mood: 3}
            kpis: {G1: 22, G9: 15, G2: n/a}
            ---

            ## Decisions
            - Shared board (agreed: acme, initech)

            ## Actions
            - [ ] @globx: confirm budget (due 2026-04-01)
            - [ ] Lee Park: guests may own actions
            - [ ] Jane Smyth: typo in a name
            """)
        let outcome = content.check()
        #expect(outcome.exitCode == 1)
        let path = Self.notePath
        #expect(
            outcome.diagnostics.printed == [
                Self.printed(
                    "\(path):4:36", "warning", "attendee 'Stranger Danger' maps to no party",
                    hint:
                        "add the name to a party's people in the charter, list it in 'guests', or write 'Stranger Danger (party-id)'"
                ),
                Self.printed("\(path):4:53", "error", "unknown party id 'initech'", hint: "parties are acme, globex"),
                Self.printed(
                    "\(path):7:17", "error", "trust score 6 of 'acme' is outside 1–5",
                    hint: "health scores are numbers from 1 to 5"),
                Self.printed(
                    "\(path):7:45", "error", "focus score 0.5 of 'acme' is outside 1–5",
                    hint: "health scores are numbers from 1 to 5"),
                Self.printed("\(path):8:3", "error", "unknown party id 'globx'", hint: "did you mean 'globex'?"),
                Self.printed("\(path):9:19", "error", "the trust score of 'globex' must be a number, not 'high'"),
                Self.printed(
                    "\(path):9:25", "warning", "unknown health dimension 'mood' is ignored",
                    hint: "dimensions are trust, communication, focus, team, innovation"),
                Self.printed("\(path):10:16", "error", "KPI reading for unknown goal 'G9'", hint: "did you mean 'G1'?"),
                Self.printed("\(path):10:24", "error", "KPI reading for unknown goal 'G2'", hint: "did you mean 'G1'?"),
                Self.printed("\(path):10:28", "error", "the KPI reading of 'G2' must be a number, not 'n/a'"),
                Self.printed("\(path):14:1", "error", "unknown party id 'initech'", hint: "parties are acme, globex"),
                Self.printed("\(path):17:7", "error", "unknown party id 'globx'", hint: "did you mean 'globex'?"),
                Self.printed(
                    "\(path):19:7", "warning", "action owner 'Jane Smyth' maps to no party",
                    hint: "did you mean 'Jane Smith'?"),
            ])
    }

    @Test func unmatchedAttendeeIsOnlyAWarningUnlessStrict() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote(
            "2026-03-12.md",
            "---\ndate: 2026-03-12\nattendees: [Jane Smith, Pat Doe, Lee Park]\nguests: [lee park]\n---\n")
        let outcome = content.check()
        #expect(outcome.exitCode == 0)
        #expect(
            outcome.diagnostics == [
                .warning(
                    SourceLocation(path: "partnerships/acme-globex/meetings/2026-03-12.md", line: 3, column: 25),
                    "attendee 'Pat Doe' maps to no party",
                    hint:
                        "add the name to a party's people in the charter, list it in 'guests', or write 'Pat Doe (party-id)'"
                )
            ])
        var strict = content.options()
        strict.strict = true
        #expect(Pipeline.run(strict, mode: .check).exitCode == 1)
    }

    @Test func readingForGoalWithoutNumericKPI() throws {
        let content = try TempContent()
        try content.writeCharter(front: "  - id: G2\n    title: Portal\n")
        try content.writeNote("2026-03-12.md", "---\ndate: 2026-03-12\nkpis:\n  G2: 40\n---\n")
        #expect(
            content.check().diagnostics.printed == [
                Self.printed(
                    "\(Self.notePath):4:3", "warning",
                    "goal 'G2' has no numeric KPI baseline and target, so this reading is ignored",
                    hint: "add 'kpi: {baseline: …, target: …}' to the goal in the charter")
            ])
    }

    @Test func unknownKeysInCharterAndSettings() throws {
        let content = try TempContent()
        try content.writeCharter(front: "reveiw: 2027-01-01\nextra: {anything: [1, 2]}\nsponsor: Ann\n")
        try content.write(
            "accord.yml", "titel: Portfolio\norganisation: Acme\nthresholds:\n  A1: {green: 80, amberr: 50}\n")
        #expect(
            content.check().diagnostics.printed == [
                Self.printed(
                    "Content/accord.yml:1:1", "warning", "unknown key 'titel' in accord.yml",
                    hint: "did you mean 'title'?"),
                Self.printed(
                    "Content/accord.yml:4:19", "warning", "unknown key 'amberr' in thresholds of A1",
                    hint: "did you mean 'amber'?"),
                Self.printed(
                    "\(Self.charterPath):23:1", "warning", "unknown key 'reveiw' in the charter",
                    hint: "did you mean 'review'?"),
                Self.printed(
                    "\(Self.charterPath):25:1", "warning", "unknown key 'sponsor' in the charter",
                    hint:
                        "known keys: title, status, parties, signed, review, cadence, goals, start, amendments, exit; put custom data under 'extra:'"
                ),
            ])
    }

    @Test func malformedFrontMatterDatesThroughThePipeline() throws {
        let content = try TempContent()
        try content.writeCharter(front: "  - id: G2\n    title: Portal\n    due: 2027-02-29\n")
        try content.writeNote("2026-03-12.md", "---\ndate: 2026-03-12 14:30\n---\n")
        try content.writeNote("2026-04-12.md", "---\ndate: 2026-04-12\n---\n## Issues\n- [ ] Slow (raised 2026-4-1)\n")
        #expect(
            content.check().diagnostics.printed == [
                Self.printed(
                    "\(Self.charterPath):25:10", "error", "'due' is not a real calendar date: '2027-02-29'",
                    hint: "February 2027 has 28 days"),
                Self.printed(
                    "\(Self.notePath):2:7", "error", "'date' must be a date without a time of day: '2026-03-12 14:30'",
                    hint: "write just '2026-03-12'"),
                Self.printed(
                    "Content/partnerships/acme-globex/meetings/2026-04-12.md:5:20", "error",
                    "'raised' must be a date YYYY-MM-DD, not '2026-4-1'",
                    hint: "write 'raised YYYY-MM-DD'"),
            ])
    }

    @Test func allProblemsInAllFilesAreReportedInOneRun() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeCharter(slug: "second", front: "  - id: G2\n    title: Portal\n    owner: globx\n")
        try content.writeNote("a.md", "---\ndate: 2026-13-01\n---\n")
        try content.writeNote("b.md", slug: "second", "---\ndate: 2026-01-01\nkpis: {G7: 1}\n---\n")
        let outcome = content.check()
        #expect(
            outcome.diagnostics.map(\.location.description) == [
                "partnerships/acme-globex/meetings/a.md:2:7",
                "partnerships/second/charter.md:25:12",
                "partnerships/second/meetings/b.md:3:8",
            ])
        #expect(
            outcome.diagnostics.map(\.message) == [
                "'date' is not a real calendar date: '2026-13-01'",
                "unknown party id 'globx'",
                "KPI reading for unknown goal 'G7'",
            ])
    }

    @Test func didYouMeanCountsASwapAsOneEdit() {
        #expect(EditDistance.between("titel", "title") == 1)
        #expect(EditDistance.between("acme", "acme") == 0)
        #expect(EditDistance.between("globx", "globex") == 1)
        #expect(EditDistance.between("abc", "cba") == 2)
        #expect(EditDistance.suggestion(for: "titel", among: SiteConfigDecoder.knownKeys) == "title")
        #expect(EditDistance.suggestion(for: "sponsor", among: CharterDecoder.knownKeys) == nil)
    }

    @Test func otherPrinterFormats() {
        let diagnostic = Diagnostic.error(
            SourceLocation(path: "partnerships/a/charter.md", line: 3, column: 9), "unknown status 'x'",
            hint: "use one of draft, active")
        #expect(
            DiagnosticPrinter(format: .github, pathPrefix: "Content/").format(diagnostic)
                == "::error file=Content/partnerships/a/charter.md,line=3,col=9::unknown status 'x'%0Ause one of draft, active\n"
        )
        #expect(
            DiagnosticPrinter(format: .json, pathPrefix: "Content/").format(diagnostic)
                == #"{"severity":"error","path":"Content/partnerships/a/charter.md","line":3,"column":9,"message":"unknown status 'x'","hint":"use one of draft, active"}"#
                + "\n")
        let folder = Diagnostic.error(SourceLocation(path: "partnerships/x"), "partnership folder has no charter.md")
        #expect(
            DiagnosticPrinter(format: .text, pathPrefix: "Content/").format(folder)
                == "Content/partnerships/x: error: partnership folder has no charter.md\n")
    }
}

import Testing

@testable import AccordKit

/// An error in a note no longer hides the note's other problems: everything is reported in one run,
/// and a note that cannot count is left out of the metrics.
@Suite struct OneRunDiagnosticsTests {
    static let note = "Content/partnerships/acme-globex/meetings/2026-03-12.md"

    func check(_ note: String) throws -> Pipeline.Outcome {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote("2026-03-12.md", note)
        return content.check()
    }

    @Test func aBadDateDoesNotHideAMisspelledOwner() throws {
        let outcome = try check(
            """
            ---
            date: 2026-02-30
            attendees: [Jane Smith]
            ---
            ## Actions
            - [ ] Raj Patell: draft the runbook (due 2026-04-01)
            """)
        #expect(
            outcome.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" } == [
                "partnerships/acme-globex/meetings/2026-03-12.md:2:7: error: 'date' is not a real calendar date: '2026-02-30'",
                "partnerships/acme-globex/meetings/2026-03-12.md:6:7: warning: action owner 'Raj Patell' maps to no party",
            ])
        #expect(outcome.metrics?.partnership("acme-globex")?.countedMeetings == 0)
    }

    @Test func aReadingThatIsNoNumberStillNamesItsUnknownGoal() throws {
        let outcome = try check(
            """
            ---
            date: 2026-03-12
            attendees: [Jane Smith]
            kpis: {G9: lots}
            ---
            """)
        #expect(
            outcome.diagnostics.map { "\($0.location): \($0.message)" } == [
                "partnerships/acme-globex/meetings/2026-03-12.md:4:8: KPI reading for unknown goal 'G9'",
                "partnerships/acme-globex/meetings/2026-03-12.md:4:12: the KPI reading of 'G9' must be a number, not 'lots'",
            ])
    }

    @Test func aYAMLErrorDoesNotHideTheBodysProblems() throws {
        let outcome = try check(
            """
            ---
            date: 2026-03-12
            attendees: [Jane Smith
            ---
            ## Actions
            - [ ] Jane Smith: send the deck (due 2026-13-01)
            """)
        let messages = outcome.diagnostics.map { "\($0.location.line ?? 0): \($0.message)" }
        #expect(messages.count == 2)
        #expect(messages.last == "6: 'due' is not a real calendar date: '2026-13-01'")
        #expect(outcome.metrics?.partnership("acme-globex")?.countedMeetings == 0)
    }

    @Test func aNoteWithoutFrontMatterStillReportsItsOwners() throws {
        let outcome = try check(
            """
            # Notes
            ## Actions
            - [ ] Nobody Known: do it
            """)
        #expect(
            outcome.diagnostics.map { "\($0.location): \($0.message)" } == [
                "partnerships/acme-globex/meetings/2026-03-12.md:1:1: meeting note has no front matter",
                "partnerships/acme-globex/meetings/2026-03-12.md:3:7: action owner 'Nobody Known' maps to no party",
            ])
    }
}

extension OneRunDiagnosticsTests {
    @Test func aNoteMoreThanAYearAfterTheReportDateIsAWarning() throws {
        let content = try TempContent()
        try content.writeCharter()
        try content.writeNote("2062-03-12.md", "---\ndate: 2062-03-12\nattendees: [Jane Smith]\n---\n")
        try content.writeNote("2027-06-01.md", "---\ndate: 2027-06-01\nattendees: [Jane Smith]\n---\n")
        let outcome = content.check()  // report date 2026-06-01: 2027-06-01 is exactly 365 days later
        #expect(
            outcome.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" } == [
                "partnerships/acme-globex/meetings/2062-03-12.md:2:7: warning: the note is dated 2062-03-12, more than a year "
                    + "after the report date 2026-06-01; it counts for nothing until then"
            ])
    }
}

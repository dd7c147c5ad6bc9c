import Testing

@testable import AccordKit

/// The diagnostics of the v1.2 lifecycle keys (`start`, `amendments`, `exit`, goal `retired`), with exact path, line,
/// column and message.
@Suite struct LifecycleDiagnosticsTests {
    static let path = "Content/partnerships/acme-globex/charter.md"

    static func printed(_ place: String, _ severity: String, _ message: String, hint: String? = nil) -> String {
        ValidationDiagnosticsTests.printed("\(path):\(place)", severity, message, hint: hint)
    }

    static func charter(_ lifecycle: String, goal: String = "") -> String {
        """
        ---
        title: T
        parties:
          - id: acme
            name: Acme
          - id: globex
            name: Globex
        signed: {acme: 2026-01-10, globex: 2026-01-12}
        goals:
          - id: G1
            title: One
        \(goal)
        \(lifecycle)
        ---
        """
    }

    @Test func validLifecycleIsClean() throws {
        let content = try TempContent()
        try content.write(
            "partnerships/acme-globex/charter.md",
            Self.charter(
                """
                start: 2025-12-01
                amendments:
                  - date: 2026-03-01
                    summary: Amendment 1
                    signed: {acme: 2026-03-02, globex: 2026-03-03}
                  - date: 2026-04-01
                exit: {decided: 2026-05-01, effective: 2026-05-01, reason: Done}
                """, goal: "    retired: 2026-04-01"))
        let outcome = content.check()
        #expect(outcome.diagnostics.printed == [])
        #expect(outcome.exitCode == 0)
    }

    @Test func lifecycleErrors() throws {
        let content = try TempContent()
        try content.write(
            "partnerships/acme-globex/charter.md",
            Self.charter(
                """
                start: 2025-13-01
                amendments:
                  - summary: no date
                  - date: 2026-02-30
                    sumary: typo
                    signed: {acme: 2026-03-02, globx: 2026-03-03, globex: soon}
                exit:
                  decided: 2026-06-10
                  effective: 2026-05-31
                  reasn: x
                """, goal: "    retired: 2026-04-01T10:00"))
        let outcome = content.check()
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.diagnostics.printed == [
                Self.printed(
                    "12:14", "error", "'retired' must be a date without a time of day: '2026-04-01T10:00'",
                    hint: "write just '2026-04-01'"),
                Self.printed(
                    "13:8", "error", "'start' is not a real calendar date: '2025-13-01'", hint: "there is no month 13"),
                Self.printed(
                    "15:5", "error", "amendment 1 is missing the required key 'date'",
                    hint: "the date the amendment takes effect, YYYY-MM-DD"),
                Self.printed(
                    "16:11", "error", "the date of amendment 2 is not a real calendar date: '2026-02-30'",
                    hint: "February 2026 has 28 days"),
                Self.printed("17:5", "warning", "unknown key 'sumary' in amendment 2", hint: "did you mean 'summary'?"),
                Self.printed("18:32", "error", "unknown party id 'globx'", hint: "did you mean 'globex'?"),
                Self.printed(
                    "18:59", "error",
                    "the signature date of 'globex' in amendment 2 must be a date YYYY-MM-DD, not 'soon'"),
                Self.printed(
                    "21:14", "error", "the exit's effective date 2026-05-31 is before its decision date 2026-06-10",
                    hint: "'effective' must be on or after 'decided'"),
                Self.printed("22:3", "warning", "unknown key 'reasn' in 'exit'", hint: "did you mean 'reason'?"),
            ])
    }

    @Test func exitNeedsADecisionDateAndAmendmentsAList() throws {
        let content = try TempContent()
        try content.write(
            "partnerships/acme-globex/charter.md",
            Self.charter(
                """
                amendments: {date: 2026-03-01}
                exit: {effective: 2026-12-31, decided: 10 June}
                """))
        #expect(
            content.check().diagnostics.printed == [
                Self.printed(
                    "13:13", "error", "'amendments' must be a list of amendments, not a mapping",
                    hint: "write each amendment as '- date: YYYY-MM-DD' with a summary and signed"),
                Self.printed("14:40", "error", "the exit's 'decided' date must be a date YYYY-MM-DD, not '10 June'"),
            ])
        try content.write(
            "partnerships/acme-globex/charter.md",
            Self.charter(
                """
                exit:
                  reason: Strategy changed
                """))
        #expect(
            content.check().diagnostics.printed == [
                Self.printed(
                    "14:3", "error", "'exit' is missing the required key 'decided'",
                    hint: "the date the exit was decided, YYYY-MM-DD")
            ])
    }
}

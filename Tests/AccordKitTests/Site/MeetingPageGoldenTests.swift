import Foundation
import Testing

@testable import AccordKit

/// The whole HTML of one meeting page of the fixture portfolio, byte for byte.
/// Regenerate with `ACCORD_UPDATE_GOLDENS=1 swift test --filter MeetingPageGoldenTests` and review the diff.
@Suite struct MeetingPageGoldenTests {
    static let page = "partnerships/acme-globex/meetings/2026-03-12-steering.html"

    /// Builds the fixture portfolio at report date 2026-06-01 and returns the meeting page.
    static func buildMeetingPage() throws -> String {
        let temp = try TempContent()
        var options = BuildOptions(today: Day(iso: "2031-12-31")!)
        options.contentPath = try Golden.fixture("Portfolio").path
        options.outputPath = temp.path("Output")
        options.asOf = Day(iso: "2026-06-01")
        let outcome = Pipeline.run(options, mode: .build)
        #expect(outcome.diagnostics.printed == [])
        #expect(outcome.exitCode == 0)
        return try String(contentsOfFile: temp.path("Output/" + page), encoding: .utf8)
    }

    @Test func meetingPageMatchesGolden() throws {
        try Golden.check(try Self.buildMeetingPage(), against: "Golden/meeting.html")
    }

    @Test func meetingPageEssentials() throws {
        let html = try Self.buildMeetingPage()
        // Links between notes and to the charter are rewritten to pages.
        #expect(html.contains(#"<a href="2026-02-12-steering.html#actions">actions of the last committee</a>"#))
        #expect(html.contains(#"<a href="../index.html">charter</a>"#))
        // Safe mode.
        #expect(html.contains("<!-- raw HTML omitted -->"))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains(#"<a href="">unsafe one</a>"#))
        // Task items are disabled checkboxes with line anchors; no literal brackets.
        #expect(
            html.contains(
                #"<li id="L26" class="task task-open"><input type="checkbox" disabled="" aria-label="open" /> Raj Patel: draft the joint runbook (due 2026-03-26)</li>"#
            ))
        #expect(!html.contains("[ ]"))
        #expect(!html.contains("[x]"))
        // Every id is unique, also for KPI readings written on one line (`kpis: {G1: 22, G2: 15}`).
        #expect(duplicateIDs(in: html) == [])
        #expect(html.contains(#"<li id="L11"><span class="goal-id">G1</span>"#))
        #expect(html.contains(#"<li id="L11-G2"><span class="goal-id">G2</span>"#))
        // Smart punctuation in the body.
        #expect(html.contains("Publish the “known issues” page before the – long – Easter break"))
    }

    @Test func subfolderNoteLinksBack() throws {
        let temp = try TempContent()
        var options = BuildOptions(today: Day(iso: "2031-12-31")!)
        options.contentPath = try Golden.fixture("Portfolio").path
        options.outputPath = temp.path("Output")
        let outcome = Pipeline.run(options, mode: .build)
        #expect(outcome.reportDate == Day(iso: "2026-06-01"))
        #expect(outcome.reportDateSource == .settings)
        let html = try String(
            contentsOfFile: temp.path("Output/partnerships/acme-globex/meetings/2026/2026-04-20-workshop.html"),
            encoding: .utf8)
        #expect(html.contains(#"<a href="../2026-03-12-steering.html#decisions">second steering committee</a>"#))
        #expect(html.contains(#"href="../../../../assets/style.css""#))
    }
}

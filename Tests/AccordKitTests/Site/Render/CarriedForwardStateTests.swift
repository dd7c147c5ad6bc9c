import Foundation
import Testing

@testable import AccordKit

/// An action or issue carried forward into later notes shows, on every page that lists it, the state of the
/// merged action at the report date (the partnership page's), not the state of its own note's checkbox.
@Suite struct CarriedForwardStateTests {
    static let first = """
        ---
        date: 2026-03-01
        attendees: [Jane Smith, Raj Patel]
        ---
        # Steering 1

        ## Actions
        - [ ] Raj Patel: draft the joint runbook (due 2026-03-10)
        - [ ] Mia Chen: set up the survey (due 2026-04-30)

        ## Issues
        - [ ] VPN access for the Globex team (raised 2026-02-20)
        """
    static let second = """
        ---
        date: 2026-03-20
        attendees: [Jane Smith, Raj Patel]
        ---
        # Steering 2

        ## Actions
        - [x] Raj Patel (globex): Draft the joint  runbook (due 2026-03-10, done 2026-03-18)
        - [ ] Mia Chen: set up the survey (due 2026-04-30)

        ## Issues
        - [x] VPN access for the Globex team (resolved 2026-03-19)
        """
    /// Dated after the report date (2026-06-01): not counted, listed as written.
    static let upcoming = """
        ---
        date: 2026-07-01
        attendees: [Jane Smith, Raj Patel]
        ---
        # Steering 3

        ## Actions
        - [ ] Mia Chen: set up the survey (due 2026-04-30)

        ## Issues
        - [ ] VPN access for the Globex team
        """

    /// Builds the three notes at report date 2026-06-01 and returns the written pages by output path.
    static func build() throws -> [String: String] {
        let temp = try TempContent()
        try temp.writeCharter()
        try temp.writeNote("2026-03-01.md", first)
        try temp.writeNote("2026-03-20.md", second)
        try temp.writeNote("2026-07-01.md", upcoming)
        let outcome = Pipeline.run(temp.options(), mode: .build)
        #expect(outcome.exitCode == 0)
        return try snapshot(of: temp.path("Output")).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func state(_ cssClass: String, _ words: String) -> String {
        #"<span class="state \#(cssClass)">\#(words)</span>"#
    }

    @Test func anActionTickedLaterIsDoneOnEveryPage() throws {
        let pages = try Self.build()
        let done = Self.state("state-done", "done on 2026-03-18")
        let note1 = try #require(pages["partnerships/acme-globex/meetings/2026-03-01.html"])
        let note2 = try #require(pages["partnerships/acme-globex/meetings/2026-03-20.html"])
        let partnership = try #require(pages["partnerships/acme-globex/index.html"])
        // Note 1 wrote it open, due 2026-03-10: at 2026-06-01 it would read "overdue" from its own checkbox.
        #expect(
            note1.contains(
                ##"<a href="#L8">draft the joint runbook</a></td><td class="num" data-label="Due">2026-03-10</td><td data-label="State">"##
                    + done))
        #expect(
            note2.contains(
                ##"<a href="#L8">Draft the joint  runbook</a></td><td class="num" data-label="Due">2026-03-10</td><td data-label="State">"##
                    + done))
        #expect(partnership.contains(done))
        #expect(
            !note1.contains(
                "runbook</a></td><td class=\"num\" data-label=\"Due\">2026-03-10</td><td data-label=\"State\"><span class=\"state state-overdue\""
            ))
        #expect(!(try #require(pages["actions.html"])).contains("runbook"))
    }

    @Test func anActionStillOpenIsOverdueByTheSameDaysOnEveryPage() throws {
        let pages = try Self.build()
        let overdue = Self.state("state-overdue", "overdue by 32 days")
        for page in [
            "partnerships/acme-globex/meetings/2026-03-01.html", "partnerships/acme-globex/meetings/2026-03-20.html",
            "partnerships/acme-globex/index.html", "actions.html",
        ] {
            let html = try #require(pages[page])
            #expect(html.components(separatedBy: overdue).count - 1 == (page == "actions.html" ? 2 : 1), "\(page)")
        }
    }

    @Test func anIssueResolvedLaterIsResolvedOnEveryPage() throws {
        let pages = try Self.build()
        let resolved = Self.state("state-done", "resolved on 2026-03-19")
        let note1 = try #require(pages["partnerships/acme-globex/meetings/2026-03-01.html"])
        #expect(
            note1.contains(
                ##"<a href="#L12">VPN access for the Globex team</a> <span class="meta">raised 2026-02-20</span> "##
                    + resolved))
        #expect(try #require(pages["partnerships/acme-globex/meetings/2026-03-20.html"]).contains(resolved))
        #expect(try #require(pages["partnerships/acme-globex/index.html"]).contains(resolved))
        #expect(!note1.contains("state-open"))
    }

    @Test func aNoteAfterTheReportDateListsItsActionsAsWrittenUpcoming() throws {
        let pages = try Self.build()
        let note3 = try #require(pages["partnerships/acme-globex/meetings/2026-07-01.html"])
        #expect(
            note3.contains(
                #"set up the survey</a></td><td class="num" data-label="Due">2026-04-30</td><td data-label="State">"#
                    + Self.state("state-upcoming", "upcoming")))
        #expect(
            note3.contains(#"<span class="meta">raised 2026-07-01</span> "# + Self.state("state-upcoming", "upcoming")))
        #expect(!note3.contains("state-overdue"))
        #expect(!note3.contains("state-done"))
    }

    /// The lookup is a product of measuring: every appearance maps to its merged action, also across owners
    /// written differently (`Raj Patel` = `Raj Patel (globex)`) and text case and spacing.
    @Test func everyAppearanceMapsToItsMergedAction() {
        let meetings = [
            Fx.meeting(
                "2026-03-01", actions: [Fx.action("Ann Lee", "a", "runbook", due: "2026-03-10", line: 8)],
                issues: [Fx.issue("VPN access", raised: "2026-02-20", line: 12)]),
            Fx.meeting(
                "2026-03-20",
                actions: [Fx.action("ann  lee", "a", "Runbook", ticked: true, done: "2026-03-18", line: 9)],
                issues: [Fx.issue("vpn access", ticked: true, resolved: "2026-03-19", line: 13)]),
        ]
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), meetings), asOf: "2026-06-01")
        #expect(metrics.actions.count == 1)
        let tracked = TrackedAppearances(metrics)
        for location in meetings.flatMap({ $0.actions.map(\.location) }) {
            #expect(tracked.action(at: location)?.status == .done(on: Fx.day("2026-03-18")))
        }
        for location in meetings.flatMap({ $0.issues.map(\.location) }) {
            #expect(tracked.issue(at: location)?.status == .resolved(on: Fx.day("2026-03-19")))
        }
        #expect(tracked.action(at: Fx.loc("elsewhere.md", 8)) == nil)
    }
}

import Foundation
import Testing

@testable import AccordKit

/// `accord init` and `accord new`: every scaffold passes `check --strict`, notes read the charter and
/// carry the latest note's open actions and issues forward.
@Suite struct ScaffoldTests {
    static let today = Day(iso: "2026-06-01")!

    /// Writes the files of `accord init` into a temporary content folder.
    func initialised() throws -> TempContent {
        let content = try TempContent()
        for file in PortfolioSkeleton.files(today: Self.today) {
            _ = try file.create(in: content.contentPath)
        }
        return content
    }

    func strictCheck(_ content: TempContent) -> Pipeline.Outcome {
        var options = content.options(asOf: "2026-06-01")
        options.strict = true
        return Pipeline.run(options, mode: .check)
    }

    @Test func initialisedPortfolioChecksCleanWithStrict() throws {
        let content = try initialised()
        let outcome = strictCheck(content)
        #expect(outcome.diagnostics.map { "\($0.location): \($0.message)" } == [String]())
        #expect(outcome.exitCode == 0)
        #expect(outcome.metrics?.partnerships.map(\.slug) == ["example-partnership"])
    }

    @Test func newPartnershipChecksCleanWithStrict() throws {
        let content = try initialised()
        _ = try Skeleton.partnership(slug: "acme-globex", today: Self.today, title: "Acme × Globex: desk")
            .create(in: content.contentPath)
        let outcome = strictCheck(content)
        #expect(outcome.diagnostics.map { "\($0.location): \($0.message)" } == [String]())
        #expect(outcome.metrics?.partnership("acme-globex")?.title == "Acme × Globex: desk")
    }

    @Test func meetingReadsTheCharterAndCarriesOpenItemsForward() throws {
        let content = try initialised()
        let plan = try MeetingSkeleton.plan(
            content.options(), slug: "example-partnership", date: Day(iso: "2026-06-01"),
            kind: "steering", title: nil)
        let text = plan.skeleton.text
        #expect(text.contains("chair: Ada Client\nattendees: [Ada Client, Sam Supplier]"))
        #expect(text.contains("# also in the charter: Ben Client, Tia Supplier"))
        #expect(text.contains("#   client: {trust: 4"))
        #expect(text.contains("# kpis: {G1: 0, G2: 0}"))
        #expect(
            plan.skeleton.carriedForward.actions == ["- [ ] Sam Supplier: draft the joint runbook (due 2026-06-15)"])
        #expect(plan.skeleton.carriedForward.issues == ["- [ ] Ticket backlog keeps growing on Mondays"])
        #expect(plan.skeleton.file.path == "partnerships/example-partnership/meetings/2026-06-01-steering.md")
    }

    @Test func threeNotesInARowCountTheCarriedActionOnce() throws {
        let content = try initialised()
        var paths: [String] = []
        for (date, kind, title) in [
            ("2026-05-20", "steering", nil), ("2026-05-25", "workshop", "Portal design"),
            ("2026-05-25", "workshop", "Portal design"),
        ] as [(String, String, String?)] {
            let plan = try MeetingSkeleton.plan(
                content.options(), slug: "example-partnership", date: Day(iso: date),
                kind: kind, title: title)
            paths.append(try plan.skeleton.file.create(in: content.contentPath))
        }
        #expect(
            paths.map { ($0 as NSString).lastPathComponent }
                == ["2026-05-20-steering.md", "2026-05-25-portal-design.md", "2026-05-25-portal-design-2.md"])
        let outcome = strictCheck(content)
        #expect(outcome.diagnostics.map { "\($0.location): \($0.message)" } == [String]())
        let metrics = try #require(outcome.metrics?.partnership("example-partnership"))
        #expect(metrics.countedMeetings == 4)
        #expect(metrics.actions.count == 2)
        let runbook = try #require(metrics.actions.first { $0.text == "draft the joint runbook" })
        #expect(runbook.appearances.count == 4)
        #expect(runbook.due == Day(iso: "2026-06-15"))
        #expect(metrics.issues.count == 1)
    }

    @Test func wrappedItemsKeepTheirLinesAndNestedDetailsStay() throws {
        let content = try initialised()
        try content.write(
            "partnerships/example-partnership/meetings/2026-05-30-steering.md",
            """
            ---
            date: 2026-05-30
            attendees: [Ada Client]
            ---
            ## Actions
            - [ ] Tia Supplier: write the *portal* brief
              for both teams (due 2026-06-20)
              - a nested detail
            - [x] Ada Client: done already (done 2026-05-30)
            1. [ ] @client: confirm the budget
            """)
        let plan = try MeetingSkeleton.plan(
            content.options(), slug: "example-partnership", date: nil,
            kind: "review", title: nil)
        #expect(plan.skeleton.date == Day(iso: "2026-06-01"))
        #expect(plan.skeleton.noteTitle == "Strategic review")
        #expect(
            plan.skeleton.carriedForward.actions == [
                "- [ ] Tia Supplier: write the *portal* brief\n  for both teams (due 2026-06-20)",
                "1. [ ] @client: confirm the budget",
            ])
    }

    @Test func defaultDateIsNeverAfterTheReportDate() throws {
        let content = try initialised()
        var options = content.options(asOf: "2026-05-28")
        options.today = Day(iso: "2026-06-10")!
        let plan = try MeetingSkeleton.plan(
            options, slug: "example-partnership", date: nil, kind: "steering", title: nil)
        #expect(plan.skeleton.date == Day(iso: "2026-05-28"))
        #expect(plan.reportDateSource == .flag)
    }

    @Test func unknownPartnershipSaysHowToCreateIt() throws {
        let content = try initialised()
        #expect(throws: MeetingSkeleton.PlanFailure.self) {
            try MeetingSkeleton.plan(content.options(), slug: "nope", date: nil, kind: "steering", title: nil)
        }
        do {
            _ = try MeetingSkeleton.plan(content.options(), slug: "nope", date: nil, kind: "steering", title: nil)
        } catch {
            #expect(error.description.hasSuffix("create it with `accord new partnership nope`"))
        }
    }

    @Test(arguments: [
        ("2026-02-30", "February 2026 has 28 days"), ("2024-02-30", "February 2024 has 29 days"),
        ("2026-13-01", "there is no month 13"), ("2026-04-31", "April 2026 has 30 days"),
        ("2026-01-00", "there is no day 00"), ("12/03/2026", "write the date as YYYY-MM-DD"),
        ("2026-1-5", "write the date as YYYY-MM-DD"), ("0000-01-01", "there is no year 0000"),
    ])
    func datesExplainWhatIsWrong(text: String, problem: String) {
        #expect(Day.problem(iso: text) == problem)
    }

    @Test func realDatesHaveNoProblem() {
        #expect(Day.problem(iso: "2024-02-29") == nil)
    }

    @Test func yamlScalarsReadBackUnchanged() {
        #expect(
            YAMLScalar.list(["Jane Smith", "O'Brien", "a: b", "yes", "#1", "Zoë"])
                == ##"[Jane Smith, "O'Brien", "a: b", "yes", "#1", Zoë]"##)
    }
}

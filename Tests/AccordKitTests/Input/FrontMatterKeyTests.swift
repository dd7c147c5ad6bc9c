import Testing

@testable import AccordInput
@testable import AccordKit

/// Front matter keys, statuses and dates of notes and charters, and the diagnostics about them.
@Suite struct FrontMatterKeyTests {
    static func meeting(_ text: String) -> (Meeting?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let meeting = MeetingDecoder.decode(SourceFile(path: "m.md", text: text), pagePath: "m.html", diagnostics: &bag)
        return (meeting, bag.all)
    }

    static func charter(_ text: String) -> (Charter?, [Diagnostic]) {
        var bag = DiagnosticBag()
        let charter = CharterDecoder.decode(SourceFile(path: "c.md", text: text), diagnostics: &bag)
        return (charter, bag.all)
    }

    static let parties = "parties:\n  - {id: a, name: A}\n  - {id: b, name: B}\ngoals: []\n"

    @Test func unknownKeyWarnsWithDidYouMean() {
        let (meeting, problems) = Self.meeting(
            "---\ndate: 2026-01-01\natendees: [X]\ncustom: 1\nextra: {any: thing}\n---\n")
        #expect(meeting != nil)
        #expect(
            problems == [
                .warning(
                    SourceLocation(path: "m.md", line: 3, column: 1), "unknown key 'atendees' in the meeting note",
                    hint: "did you mean 'attendees'?"),
                .warning(
                    SourceLocation(path: "m.md", line: 4, column: 1), "unknown key 'custom' in the meeting note",
                    hint:
                        "known keys: date, title, kind, chair, attendees, guests, health, kpis, visibility; put custom data under 'extra:'"
                ),
            ])
    }

    @Test func unknownKeysInNestedCharterMappings() {
        let (_, problems) = Self.charter(
            """
            ---
            title: T
            parties:
              - {id: a, name: A, leed: Ann}
              - {id: b, name: B}
            goals:
              - id: G1
                title: Goal
                wieght: 2
                kpi: {name: K, baseline: 1, targt: 2}
            ---
            """)
        #expect(
            problems == [
                .warning(
                    SourceLocation(path: "c.md", line: 4, column: 22), "unknown key 'leed' in a party",
                    hint: "did you mean 'lead'?"),
                .warning(
                    SourceLocation(path: "c.md", line: 9, column: 5), "unknown key 'wieght' in a goal",
                    hint: "did you mean 'weight'?"),
                .warning(
                    SourceLocation(path: "c.md", line: 10, column: 33), "unknown key 'targt' in the KPI of goal 'G1'",
                    hint: "did you mean 'target'?"),
            ])
    }

    @Test func unknownStatusIsAnError() {
        let (charter, problems) = Self.charter("---\ntitle: T\nstatus: actve\n\(Self.parties)---\n")
        #expect(charter?.status == .active)
        #expect(
            problems == [
                .error(
                    SourceLocation(path: "c.md", line: 3, column: 9), "unknown status 'actve'",
                    hint: "did you mean 'active'?")
            ])
        let (_, other) = Self.charter("---\ntitle: T\nstatus: paused-for-now\n\(Self.parties)---\n")
        #expect(
            other == [
                .error(
                    SourceLocation(path: "c.md", line: 3, column: 9), "unknown status 'paused-for-now'",
                    hint: "use one of draft, active, under-review, ended")
            ])
    }

    @Test func everyAllowedStatus() {
        for (text, status) in [
            ("draft", PartnershipStatus.draft), ("active", .active), ("under-review", .underReview), ("ended", .ended),
        ] {
            let (charter, problems) = Self.charter("---\ntitle: T\nstatus: \(text)\n\(Self.parties)---\n")
            #expect(problems.isEmpty)
            #expect(charter?.status == status)
        }
    }

    @Test func badCalendarDate() {
        let (meeting, problems) = Self.meeting("---\ndate: 2026-02-30\n---\n")
        #expect(meeting == nil)
        #expect(
            problems == [
                .error(
                    SourceLocation(path: "m.md", line: 2, column: 7),
                    "'date' is not a real calendar date: '2026-02-30'",
                    hint: "February 2026 has 28 days")
            ])
    }

    @Test func dateWithTimeOfDay() {
        let (_, problems) = Self.meeting("---\ndate: 2026-03-12T10:00:00Z\n---\n")
        #expect(
            problems == [
                .error(
                    SourceLocation(path: "m.md", line: 2, column: 7),
                    "'date' must be a date without a time of day: '2026-03-12T10:00:00Z'",
                    hint: "write just '2026-03-12'")
            ])
        let (_, spaced) = Self.meeting("---\ndate: 2026-03-12 10:00\n---\n")
        #expect(
            spaced == [
                .error(
                    SourceLocation(path: "m.md", line: 2, column: 7),
                    "'date' must be a date without a time of day: '2026-03-12 10:00'", hint: "write just '2026-03-12'")
            ])
    }

    @Test func dateInAnotherFormat() {
        let (_, problems) = Self.meeting("---\ndate: 12/03/2026\n---\n")
        #expect(
            problems == [
                .error(
                    SourceLocation(path: "m.md", line: 2, column: 7),
                    "'date' must be a date YYYY-MM-DD, not '12/03/2026'")
            ])
    }

    @Test func charterDatesAreCheckedWhereTheyAre() {
        let (_, problems) = Self.charter(
            """
            ---
            title: T
            parties:
              - {id: a, name: A}
              - {id: b, name: B}
            signed: {a: 2026-13-01, b: 2026-01-02}
            review: 2027-01-15 09:00
            goals:
              - {id: G1, title: G, due: 2026-04-31}
            ---
            """)
        #expect(
            problems == [
                .error(
                    SourceLocation(path: "c.md", line: 6, column: 13),
                    "the signature date of 'a' is not a real calendar date: '2026-13-01'", hint: "there is no month 13"),
                .error(
                    SourceLocation(path: "c.md", line: 7, column: 9),
                    "'review' must be a date without a time of day: '2027-01-15 09:00'",
                    hint: "write just '2027-01-15'"),
                .error(
                    SourceLocation(path: "c.md", line: 9, column: 29),
                    "'due' is not a real calendar date: '2026-04-31'",
                    hint: "April 2026 has 30 days"),
            ])
    }

    @Test func missingRequiredKeysPointAtTheOpeningFence() {
        let (_, problems) = Self.charter("---\nstatus: draft\n---\n# Body\n")
        #expect(
            problems == [
                .error(
                    SourceLocation(path: "c.md", line: 1, column: 1), "the charter is missing the required key 'title'"),
                .error(
                    SourceLocation(path: "c.md", line: 1, column: 1),
                    "the charter is missing the required key 'parties'",
                    hint: "list two or more parties with id and name"),
                .error(
                    SourceLocation(path: "c.md", line: 1, column: 1), "the charter is missing the required key 'goals'",
                    hint: "list the shared goals, or write 'goals: []' in a draft"),
            ])
        let (meeting, noDate) = Self.meeting("---\ntitle: Kick-off\n---\n")
        #expect(meeting == nil)
        #expect(
            noDate == [
                .error(
                    SourceLocation(path: "m.md", line: 1, column: 1),
                    "the meeting note is missing the required key 'date'",
                    hint: "add 'date: YYYY-MM-DD'")
            ])
        let (_, empty) = Self.meeting("---\n---\n# Kick-off\n")
        #expect(empty == noDate)
        // A YAML error is the only diagnostic: no "missing 'date'" on top of it.
        let (_, broken) = Self.meeting("---\ndate: 2026-01-01\ndate: 2026-01-02\n---\n")
        #expect(broken.map(\.message) == ["key 'date' is given twice in one mapping"])
    }

    @Test func noteWithoutFrontMatter() {
        let (meeting, problems) = Self.meeting("# Kick-off\n")
        #expect(meeting == nil)
        #expect(
            problems == [
                .error(
                    SourceLocation(path: "m.md", line: 1, column: 1), "meeting note has no front matter",
                    hint: "start the note with '---', 'date: YYYY-MM-DD' and '---'")
            ])
    }

    @Test func titleDefaultsToFirstH1ThenFileName() {
        let (withH1, _) = Self.meeting("---\ndate: 2026-01-01\n---\n\n## Not this\n# Kick-off meeting\n")
        #expect(withH1?.title == "Kick-off meeting")
        var bag = DiagnosticBag()
        let plain = MeetingDecoder.decode(
            SourceFile(path: "p/meetings/2026-01-01-kickoff.md", text: "---\ndate: 2026-01-01\n---\n"),
            pagePath: "x.html", diagnostics: &bag)
        #expect(plain?.title == "2026-01-01-kickoff")
        let (explicit, _) = Self.meeting("---\ndate: 2026-01-01\ntitle: Given\nkind: Review\n---\n# Other\n")
        #expect(explicit?.title == "Given")
        #expect(explicit?.kind == "review")
        #expect(explicit?.isGovernance == true)
    }
}

import Testing

@testable import AccordKit

@Suite struct OutcomeMetricsTests {
    // MARK: O1

    @Test func o1WeightsClampedProgressOfGoalsWithReadings() {
        let charter = Fx.charter(goals: [
            Fx.goal("G1", weight: 2, baseline: 30, target: 12),  // lower is better
            Fx.goal("G2", baseline: 0, target: 60),
            Fx.goal("G3", baseline: 10, target: 10),
            Fx.goal("G4", baseline: nil, target: 5),  // reading ignored
            Fx.goal("G5"),  // no reading
        ])
        let meetings = [
            Fx.meeting("2026-01-10", kpis: [("G1", 28), ("G2", 10)]),
            Fx.meeting("2026-02-10", kpis: [("G1", 22), ("G2", 75), ("G3", 10), ("G4", 3)]),
            Fx.meeting("2026-04-10", kpis: [("G1", 12)]),  // after the report date
        ]
        let metrics = Fx.measure(Fx.partnership(charter, meetings), asOf: "2026-03-01")
        // G1 (22 − 30) ÷ (12 − 30) = 4/9, weight 2; G2 75 ÷ 60 clamped to 1; G3 target = baseline and reached: 1.
        Fx.expectScore(metrics, .o1, (2 * 4.0 / 9 + 1 + 1) / 4 * 100, .amber)  // 72.22…
        let g1 = metrics.goals[0]
        #expect(g1.latest?.value == 22)
        #expect(g1.readings.map(\.value) == [28, 22])
        #expect(g1.latest?.location == Fx.loc("partnerships/p/meetings/2026-02-10-steering.md", 2))
        #expect(abs((metrics.goals[1].progressUnclamped ?? 0) - 1.25) < 1e-12)
        #expect(metrics.goals[1].progress == 1)
        #expect(metrics.goals[3].progress == nil && metrics.goals[3].status == .noData)
        #expect(metrics.goals[4].status == .noData)
        #expect(metrics.metric(.o1)?.inputs.count == 4)
    }

    @Test func o1TargetEqualToBaselineMissedIsZero() {
        let charter = Fx.charter(goals: [Fx.goal("G1", baseline: 10, target: 10)])
        let metrics = Fx.measure(
            Fx.partnership(charter, [Fx.meeting("2026-01-10", kpis: [("G1", 9)])]), asOf: "2026-03-01")
        Fx.expectScore(metrics, .o1, 0, .red)
        #expect(metrics.goals[0].progressUnclamped == 0)
    }

    @Test func o1HasNoDataWithoutUsableReadings() {
        let charter = Fx.charter(goals: [Fx.goal("G1", baseline: nil, target: nil)])
        let metrics = Fx.measure(
            Fx.partnership(charter, [Fx.meeting("2026-01-10", kpis: [("G1", 9)])]), asOf: "2026-03-01")
        Fx.expectScore(metrics, .o1, nil)
    }

    // MARK: O2

    static func sayDoMeeting() -> Meeting {
        Fx.meeting(
            "2026-02-01",
            actions: [
                Fx.action("Ann Lee", "a", "runbook", ticked: true, due: "2026-02-10", done: "2026-02-09", line: 10),
                Fx.action("Bo Chan", "b", "access", ticked: true, due: "2026-02-10", line: 11),  // undated: on time
                // Late:
                Fx.action("Bo Chan", "b", "budget", ticked: true, due: "2026-02-15", done: "2026-02-20", line: 12),
                // Done after the report date:
                Fx.action("Tom Hu", "a", "portal", ticked: true, due: "2026-02-20", done: "2026-03-05", line: 13),
                Fx.action("@b", "b", "later", due: "2026-04-01", line: 14),  // not due yet
                Fx.action("Zed Unknown", nil, "orphan", due: "2026-02-01", line: 15),  // no party
                Fx.action("Ann Lee", "a", "undated open", line: 16),  // no due date
            ])
    }

    @Test func o2CountsDueActionsDoneOnTimeOverallAndPerParty() {
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), [Self.sayDoMeeting()]), asOf: "2026-03-01")
        Fx.expectScore(metrics, .o2, 40, .red)  // 2 of 5
        #expect(metrics.sayDo.map(\.party) == ["a", "b"])
        #expect(metrics.sayDo.map(\.due) == [2, 2])
        #expect(metrics.sayDo.map(\.doneOnTime) == [1, 1])
        #expect(metrics.sayDo.map(\.undated) == [0, 1])
        #expect(metrics.sayDo.map(\.score) == [50, 50])
        Fx.expectScore(metrics, .a9, 100, .green)
        let byText = Dictionary(uniqueKeysWithValues: metrics.actions.map { ($0.text, $0) })
        #expect(byText["access"]?.isUndated == true)
        #expect(byText["access"]?.isDoneOnTime == true)
        #expect(byText["portal"]?.isDone == false)
        #expect(byText["portal"]?.daysOverdue == 9)
        #expect(byText["orphan"]?.daysOverdue == 28)
        #expect(byText["later"]?.isDueByReportDate == false)
        let overdue = metrics.attention.filter { $0.kind == .overdueAction }
        #expect(
            overdue.map(\.message) == [
                "Zed Unknown: orphan — due 2026-02-01, 28 days late",
                "Tom Hu (a): portal — due 2026-02-20, 9 days late",
            ])
        #expect(overdue.map(\.days) == [28, 9])
        #expect(overdue.last?.location == Fx.loc("partnerships/p/meetings/2026-02-01-steering.md", 13))
        #expect(
            metrics.metric(.o2)?.inputs[1].text
                == "Bo Chan (b): access — due 2026-02-10, done, undated (counted on time)")
    }

    @Test func o2HasNoDataWhenNothingIsDue() {
        let meeting = Fx.meeting("2026-02-01", actions: [Fx.action("Ann Lee", "a", "x", due: "2026-04-01")])
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), [meeting]), asOf: "2026-03-01")
        Fx.expectScore(metrics, .o2, nil)
        #expect(metrics.sayDo.allSatisfy { $0.score == nil })
    }

    @Test func actionDueOnTheReportDateCountsAndIsNotYetOverdue() {
        let meeting = Fx.meeting("2026-02-01", actions: [Fx.action("Ann Lee", "a", "x", due: "2026-03-01")])
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), [meeting]), asOf: "2026-03-01")
        Fx.expectScore(metrics, .o2, 0, .red)
        #expect(metrics.actions.first?.isOverdue == false)
    }

    // MARK: Carried-forward actions

    @Test func carriedForwardActionCountsOnceWithFirstDueAndLatestState() {
        let first = Fx.meeting(
            "2026-01-15",
            actions: [
                Fx.action("Raj Patel", "b", "draft the joint runbook", due: "2026-01-30", line: 12),
                Fx.action("@a", "a", "confirm budget", due: "2026-01-20", line: 13),
            ])
        let second = Fx.meeting(
            "2026-02-12",
            actions: [
                Fx.action("raj  patel", "b", "Draft the  joint runbook", ticked: true, done: "2026-01-29", line: 14),
                Fx.action("@a", "a", "confirm budget", line: 15),
                Fx.action("@a", "a", "Confirm budget", due: "2026-03-30", line: 16),  // copy in the same note
                Fx.action("Ann Lee", "a", "draft the joint runbook", due: "2026-02-01", line: 17),  // another owner
            ])
        let later = Fx.meeting(
            "2026-04-01",
            actions: [
                Fx.action("Raj Patel", "b", "draft the joint runbook", line: 18)  // after the report date: ignored
            ])
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), [first, second, later]), asOf: "2026-03-01")
        #expect(metrics.actions.count == 3)
        let runbook = metrics.actions[0]
        #expect(runbook.due == Fx.day("2026-01-30"))
        #expect(runbook.isDone && runbook.isDoneOnTime && !runbook.isUndated)
        #expect(runbook.firstLocation == Fx.loc("partnerships/p/meetings/2026-01-15-steering.md", 12))
        #expect(runbook.latestLocation == Fx.loc("partnerships/p/meetings/2026-02-12-steering.md", 14))
        #expect(runbook.appearances.count == 2)
        let budget = metrics.actions[1]
        #expect(budget.due == Fx.day("2026-01-20"))
        #expect(budget.appearances.count == 3)
        #expect(budget.daysOverdue == 40)
        // due: runbook (on time), budget (open), Ann's runbook (open) → 1 of 3
        Fx.expectScore(metrics, .o2, 100.0 / 3, .red)
    }

    @Test func laterNoteCanReopenAnAction() {
        let first = Fx.meeting(
            "2026-01-15", actions: [Fx.action("Ann Lee", "a", "x", ticked: true, due: "2026-01-30", done: "2026-01-20")]
        )
        let second = Fx.meeting("2026-02-12", actions: [Fx.action("Ann Lee", "a", "x")])
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), [first, second]), asOf: "2026-03-01")
        #expect(metrics.actions.count == 1)
        #expect(metrics.actions[0].isDone == false)
        Fx.expectScore(metrics, .o2, 0)
    }

    // MARK: O3

    static func issueMeetings() -> [Meeting] {
        [
            Fx.meeting(
                "2026-01-15",
                issues: [
                    Fx.issue("VPN access", raised: "2026-01-10", line: 20),
                    Fx.issue("Backlog on Mondays", line: 21),
                ]),
            Fx.meeting(
                "2026-02-01",
                issues: [
                    Fx.issue("vpn  ACCESS", ticked: true, resolved: "2026-01-20", line: 22),
                    Fx.issue("Backlog on Mondays", line: 23),
                    Fx.issue("Printer", ticked: true, resolved: "2026-02-05", line: 24),
                ]),
            Fx.meeting(
                "2026-02-20",
                issues: [
                    // Resolved after the report date:
                    Fx.issue("Licence renewal", ticked: true, resolved: "2026-03-05", line: 25),
                    Fx.issue("Future risk", raised: "2026-03-10", line: 26),  // raised after the report date
                ]),
        ]
    }

    @Test func o3CountsMergedIssuesRaisedByTheReportDate() {
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), Self.issueMeetings()), asOf: "2026-03-01")
        Fx.expectScore(metrics, .o3, 50, .red)  // VPN, Printer resolved of VPN, Backlog, Printer, Licence
        #expect(metrics.issues.count == 5)
        #expect(metrics.metric(.o3)?.figures.first?.value == 7)  // median of 10 and 4 days
        let stale = metrics.attention.filter { $0.kind == .staleIssue }
        #expect(stale.map(\.message) == ["Issue open for 45 days (raised 2026-01-15): Backlog on Mondays"])
        #expect(stale.first?.location == Fx.loc("partnerships/p/meetings/2026-02-01-steering.md", 23))
    }

    @Test func o3MedianOfOddCountAndNoData() {
        #expect(MetricMath.median([3, 1, 10]) == 3)
        #expect(MetricMath.median([10, 4]) == 7)
        #expect(MetricMath.median([]) == nil)
        Fx.expectScore(Fx.measure(Fx.partnership(Fx.charter()), asOf: "2026-03-01"), .o3, nil)
    }

    // MARK: O4

    static func cadenceMeetings() -> [Meeting] {
        [
            Fx.meeting("2026-01-05"),  // before the start: not held
            Fx.meeting("2026-01-20"),
            Fx.meeting("2026-03-25", kind: "review"),
            Fx.meeting("2026-04-10", kind: "workshop"),  // not governance
            Fx.meeting("2026-06-01"),  // after the report date
        ]
    }

    @Test func o4ComparesGovernanceMeetingsHeldWithExpected() {
        let charter = Fx.charter(
            signatures: [Fx.sign("a", "2026-01-10"), Fx.sign("b", "2026-01-12")], cadence: .monthly)
        let metrics = Fx.measure(Fx.partnership(charter, Self.cadenceMeetings()), asOf: "2026-05-01")
        // ⌊111 ÷ 30⌋ = 3 expected, 2 held
        Fx.expectScore(metrics, .o4, 200.0 / 3, .red)
        let figures = Dictionary(uniqueKeysWithValues: (metrics.metric(.o4)?.figures ?? []).map { ($0.key, $0.value) })
        #expect(figures["days_since_last_meeting"] == 37)
        #expect(figures["longest_gap_days"] == 64)
        #expect(figures["expected"] == 3)
        #expect(figures["held"] == 2)
        #expect(metrics.startDate == Fx.day("2026-01-10"))
        #expect(metrics.attention.contains { $0.kind == .meetingOverdue && $0.days == 7 })
        #expect(!metrics.redFlags.contains { $0.kind == .meetingOverdue })
    }

    @Test func o4IsCappedAt100() {
        let charter = Fx.charter(
            signatures: [Fx.sign("a", "2026-01-01"), Fx.sign("b", "2026-01-01")], cadence: .everyDays(10))
        let meetings = ["2026-01-02", "2026-01-05", "2026-01-08", "2026-01-11"].map { Fx.meeting($0) }
        Fx.expectScore(Fx.measure(Fx.partnership(charter, meetings), asOf: "2026-01-21"), .o4, 100, .green)
    }

    @Test func o4StartsAtTheFirstMeetingWithoutSignatures() {
        let charter = Fx.charter(cadence: .weekly)
        let meetings = [Fx.meeting("2026-01-01", kind: "workshop"), Fx.meeting("2026-01-09")]
        let metrics = Fx.measure(Fx.partnership(charter, meetings), asOf: "2026-01-29")
        #expect(metrics.startDate == Fx.day("2026-01-01"))
        Fx.expectScore(metrics, .o4, 25, .red)  // ⌊28 ÷ 7⌋ = 4 expected, 1 held
    }

    @Test func o4HasNoDataWithoutCadenceStartOrAPeriod() {
        let signed = [Fx.sign("a", "2026-01-01"), Fx.sign("b", "2026-01-01")]
        Fx.expectScore(Fx.measure(Fx.partnership(Fx.charter(signatures: signed)), asOf: "2026-05-01"), .o4, nil)
        Fx.expectScore(Fx.measure(Fx.partnership(Fx.charter(cadence: .monthly)), asOf: "2026-05-01"), .o4, nil)
        Fx.expectScore(
            Fx.measure(Fx.partnership(Fx.charter(signatures: signed, cadence: .monthly)), asOf: "2026-01-30"), .o4, nil)
        Fx.expectScore(
            Fx.measure(Fx.partnership(Fx.charter(signatures: signed, cadence: .monthly)), asOf: "2026-01-31"), .o4, 0,
            .red)
    }

    @Test func cadenceDays() {
        #expect([Cadence.weekly, .fortnightly, .monthly, .quarterly, .everyDays(5)].map(\.days) == [7, 14, 30, 91, 5])
    }

    // MARK: O5

    @Test func o5MeansAllScoresAndShowsTrust() {
        let meeting = Fx.meeting(
            "2026-02-01",
            health: [
                Fx.pulse("a", [("trust", 4), ("communication", 4), ("focus", 3)]),
                Fx.pulse("b", [("trust", 3), ("communication", 4), ("focus", 5), ("team", 4)]),
            ])
        let metrics = Fx.measure(Fx.partnership(Fx.charter(), [meeting]), asOf: "2026-03-01")
        Fx.expectScore(metrics, .o5, (27.0 / 7 - 1) / 4 * 100, .amber)  // 71.43
        #expect(metrics.trust.map(\.trust) == [4, 3])
        let trust = metrics.metric(.o5)?.figures.filter { $0.key == "trust" }.map(\.value)
        #expect(trust == [4, 3])
    }

    @Test func o5BandsFollowMeanScore() {
        func score(_ value: Double) -> MetricBand? {
            let meeting = Fx.meeting(
                "2026-02-01", health: [Fx.pulse("a", [("trust", value)]), Fx.pulse("b", [("trust", value)])])
            return Fx.measure(Fx.partnership(Fx.charter(), [meeting]), asOf: "2026-03-01").metric(.o5)?.band
        }
        #expect(score(4.0) == .green)
        #expect(score(3.9) == .amber)
        #expect(score(3.0) == .amber)
        #expect(score(2.9) == .red)
    }
}

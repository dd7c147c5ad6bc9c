import Testing

@testable import AccordKit

/// The five warning signs of v1.2 at and around their bounds, with hand-computed figures.
@Suite struct WarningSignTests {
    static let signed = [Fx.sign("a", "2025-01-01"), Fx.sign("b", "2025-01-01")]

    static func measure(_ meetings: [Meeting], charter: Charter = Fx.charter(signatures: signed), asOf: String)
        -> PartnershipMetrics
    {
        Fx.measure(Fx.partnership(charter, meetings), asOf: asOf)
    }

    static func signs(_ meetings: [Meeting], charter: Charter = Fx.charter(signatures: signed), asOf: String)
        -> [WarningSignKind]
    {
        measure(meetings, charter: charter, asOf: asOf).warnings.map(\.kind)
    }

    /// A meeting with a trust pulse of both parties (b steady at `b`).
    static func pulse(_ date: String, a: Double, b: Double = 3.5, path: String? = nil) -> Meeting {
        Fx.meeting(
            date, path: path, health: [Fx.pulse("a", [("trust", a)], line: 7), Fx.pulse("b", [("trust", b)], line: 8)])
    }

    // MARK: trust-falling

    @Test func trustFallingByExactlyOnePointFires() {
        let metrics = Self.measure(
            [Self.pulse("2026-01-12", a: 4.0), Self.pulse("2026-06-01", a: 3.0)], asOf: "2026-07-01")
        #expect(metrics.warnings.map(\.kind) == [.trustFalling])
        #expect(metrics.warnings.first?.message == "A's trust fell from 4.0 to 3.0 since 2026-01-12")
        #expect(metrics.warnings.first?.brief == "A's trust fell 4.0 → 3.0")
        #expect(metrics.warnings.first?.location == Fx.loc("partnerships/p/meetings/2026-06-01-steering.md", 7))
        #expect(metrics.warnings.first?.party == "a")
        let item = metrics.attention.first { $0.kind == .trustFalling }
        #expect(item?.severity == .warningSign)
        #expect(item?.message == "A's trust fell from 4.0 to 3.0 since 2026-01-12")
    }

    @Test func trustFallingByPointNineDoesNot() {
        #expect(
            Self.signs([Self.pulse("2026-01-12", a: 3.9), Self.pulse("2026-06-01", a: 3.0)], asOf: "2026-07-01") == [])
    }

    @Test func trustFallingTakesTheHighestEarlierScoreAndItsLatestDate() {
        let meetings = [
            Self.pulse("2026-01-12", a: 4.5), Self.pulse("2026-02-12", a: 3.0), Self.pulse("2026-03-12", a: 4.5),
            Self.pulse("2026-06-01", a: 3.25),
        ]
        let metrics = Self.measure(meetings, asOf: "2026-07-01")
        #expect(metrics.warnings.first?.message == "A's trust fell from 4.5 to 3.25 since 2026-03-12")
    }

    @Test func anEarlierPulse366DaysOldIsIgnored() {
        // 2025-06-01 is 365 days before 2026-06-01 and counts; 2025-05-31 (366 days) does not
        #expect(
            Self.signs([Self.pulse("2025-05-31", a: 4.0), Self.pulse("2026-06-01", a: 3.0)], asOf: "2026-07-01") == [])
        #expect(
            Self.signs([Self.pulse("2025-06-01", a: 4.0), Self.pulse("2026-06-01", a: 3.0)], asOf: "2026-07-01")
                == [.trustFalling])
    }

    @Test func trustFallingNeedsACountedLatestPulseAndEarlierMeetingOrder() {
        // the latest pulse is 181 days old: no latest pulse, no sign
        #expect(
            Self.signs([Self.pulse("2026-01-12", a: 4.0), Self.pulse("2026-06-01", a: 3.0)], asOf: "2026-11-29") == [])
        // a pulse after the report date does not count
        #expect(
            Self.signs([Self.pulse("2026-01-12", a: 3.0), Self.pulse("2026-08-01", a: 1.0)], asOf: "2026-07-01") == [])
        // same date: ordered by path, so the 'b' note is the latest and the 'a' note is earlier
        let sameDay = [
            Self.pulse("2026-06-01", a: 4.0, path: "partnerships/p/meetings/a.md"),
            Self.pulse("2026-06-01", a: 3.0, path: "partnerships/p/meetings/b.md"),
        ]
        #expect(Self.signs(sameDay, asOf: "2026-07-01") == [.trustFalling])
    }

    // MARK: trust-gap

    @Test func trustGapOfExactlyOnePointFiveFires() {
        let metrics = Self.measure([Self.pulse("2026-06-01", a: 3.0, b: 4.5)], asOf: "2026-07-01")
        #expect(metrics.warnings.map(\.kind) == [.trustGap])
        #expect(metrics.warnings.first?.message == "Trust differs by 1.5 in the pulse of 2026-06-01: B 4.5, A 3.0")
        #expect(metrics.warnings.first?.location == Fx.loc("partnerships/p/meetings/2026-06-01-steering.md", 7))
        #expect(metrics.redFlags.isEmpty)
    }

    @Test func trustGapOfOnePointFourDoesNot() {
        #expect(Self.signs([Self.pulse("2026-06-01", a: 3.0, b: 4.4)], asOf: "2026-07-01") == [])
    }

    @Test func trustGapNeedsTwoPartiesThatScoredTrust() {
        let meeting = Fx.meeting("2026-06-01", health: [Fx.pulse("a", [("trust", 1.5)]), Fx.pulse("b", [("team", 5)])])
        #expect(Self.measure([meeting], asOf: "2026-07-01").warnings.isEmpty)
    }

    // MARK: party-disengaged

    /// Governance meetings where party b is present at the first `bPresent` of `total`, a always with its lead.
    static func governance(total: Int, bPresent: Int, bLead: Bool = true, kind: String = "steering") -> [Meeting] {
        (0..<total).map { index in
            var attendees: [(String, String?)] = [("Ann Lee", "a")]
            if index < bPresent { attendees.append((bLead ? "Bo Chan" : "Cy Dee", "b")) }
            return Fx.meeting(
                Day(ordinal: Fx.day("2026-01-05").ordinal + 14 * index).description, kind: kind,
                attendees: attendees)
        }
    }

    @Test func threeOfSixMeetingsPresentIsEnough() {
        #expect(Self.signs(Self.governance(total: 6, bPresent: 3), asOf: "2026-07-01") == [])
    }

    @Test func twoOfSixMeetingsPresentFires() {
        let metrics = Self.measure(Self.governance(total: 6, bPresent: 2), asOf: "2026-07-01")
        #expect(metrics.warnings.map(\.kind) == [.partyDisengaged])
        #expect(metrics.warnings.first?.message == "B was present at 2 of the last 6 governance meetings")
        #expect(metrics.warnings.first?.brief == "B at 2 of 6 governance meetings")
        #expect(metrics.warnings.first?.party == "b")
        // the latest meeting without b (its page opens with the attendees by party)
        #expect(metrics.warnings.first?.location == Fx.loc("partnerships/p/meetings/2026-03-16-steering.md"))
    }

    @Test func onlyTheLastSixGovernanceMeetingsCount() {
        // b came to the first four of ten, so to none of the last six
        #expect(Self.signs(Self.governance(total: 10, bPresent: 4), asOf: "2026-07-01") == [.partyDisengaged])
        // b came to the first six of ten: 2 of the last six
        #expect(Self.signs(Self.governance(total: 10, bPresent: 6), asOf: "2026-07-01") == [.partyDisengaged])
        #expect(Self.signs(Self.governance(total: 10, bPresent: 7), asOf: "2026-07-01") == [])
    }

    @Test func fewerThanThreeGovernanceMeetingsGiveNone() {
        #expect(Self.signs(Self.governance(total: 2, bPresent: 0), asOf: "2026-07-01") == [])
        #expect(Self.signs(Self.governance(total: 3, bPresent: 1), asOf: "2026-07-01") == [.partyDisengaged])
        // workshops are not governance meetings
        #expect(Self.signs(Self.governance(total: 6, bPresent: 0, kind: "workshop"), asOf: "2026-07-01") == [])
    }

    @Test func anAbsentLeadFires() {
        // b is always present, but its lead Bo Chan came to 2 of 6
        let meetings = Self.governance(total: 6, bPresent: 6, bLead: false).enumerated().map { index, meeting in
            var copy = meeting
            if index < 2 { copy.attendees.append(Fx.person("Bo Chan", "b", path: meeting.path)) }
            return copy
        }
        let metrics = Self.measure(meetings, asOf: "2026-07-01")
        #expect(metrics.warnings.map(\.kind) == [.partyDisengaged])
        #expect(metrics.warnings.first?.message == "B's lead Bo Chan attended 2 of the last 6 governance meetings")
    }

    @Test func aNoteWithoutAttendeesCountsAsNobodyPresent() {
        var meetings = Self.governance(total: 6, bPresent: 6)
        for index in 0..<3 { meetings[index].attendees = [] }
        // a and b were each present at 3 of 6: no sign
        #expect(Self.signs(meetings, asOf: "2026-07-01") == [])
        meetings[3].attendees = []
        #expect(Self.signs(meetings, asOf: "2026-07-01") == [.partyDisengaged])
    }

    // MARK: commitments-slipping

    /// Actions of party a due on the given dates, the first `onTime` of them done on their due date.
    static func actions(due dates: [String], onTime: Int) -> [Meeting] {
        let actions = dates.enumerated().map { index, due in
            Fx.action(
                "Ann Lee", "a", "task \(index)", ticked: index < onTime, due: due, done: index < onTime ? due : nil,
                line: 10 + index)
        }
        return [Fx.meeting("2026-01-02", actions: actions)]
    }

    static let fourDueDates = ["2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"]

    @Test func fourDueActionsWithTwoOnTimeAreFine() {
        #expect(Self.signs(Self.actions(due: Self.fourDueDates, onTime: 2), asOf: "2026-07-01") == [])
    }

    @Test func fourDueActionsWithOneOnTimeFire() {
        let metrics = Self.measure(Self.actions(due: Self.fourDueDates, onTime: 1), asOf: "2026-07-01")
        #expect(metrics.warnings.map(\.kind) == [.commitmentsSlipping])
        #expect(metrics.warnings.first?.message == "A did 1 of its 4 actions due in the last 180 days on time")
        #expect(metrics.warnings.first?.brief == "A on time with 1 of 4 recent actions")
        // the latest-due action that slipped
        #expect(metrics.warnings.first?.location == Fx.loc("partnerships/p/meetings/2026-01-02-steering.md", 13))
    }

    @Test func threeDueActionsGiveNone() {
        #expect(Self.signs(Self.actions(due: Array(Self.fourDueDates.prefix(3)), onTime: 0), asOf: "2026-07-01") == [])
    }

    @Test func onlyTheLast180DaysCount() {
        // report date 2026-07-01: 2026-01-02 is exactly 180 days before and is out; 2026-01-03 is in
        let out = ["2026-01-02", "2026-04-01", "2026-05-01", "2026-06-01"]
        #expect(Self.signs(Self.actions(due: out, onTime: 0), asOf: "2026-07-01") == [])
        let inside = ["2026-01-03", "2026-04-01", "2026-05-01", "2026-06-01"]
        #expect(Self.signs(Self.actions(due: inside, onTime: 0), asOf: "2026-07-01") == [.commitmentsSlipping])
        // due after the report date: not yet counted
        let later = ["2026-04-01", "2026-05-01", "2026-06-01", "2026-07-02"]
        #expect(Self.signs(Self.actions(due: later, onTime: 0), asOf: "2026-07-01") == [])
    }

    // MARK: goals-behind

    /// Goals G1…Gn due 2026-12-31 with readings giving the progress values (nil: no reading).
    static func goalsMeasured(_ progress: [Double?]) -> (Charter, [Meeting]) {
        let goals = progress.indices.map { Fx.goal("G\($0 + 1)", start: "2026-01-01", line: 30 + $0) }
        let kpis = progress.enumerated().compactMap { index, value in value.map { ("G\(index + 1)", $0 * 10) } }
        return (Fx.charter(signatures: Self.signed, goals: goals), [Fx.meeting("2026-06-01", kpis: kpis)])
    }

    @Test func twoOfFourGoalsBehindFire() {
        // at 2026-07-02 about half the time is gone: progress 0.1 is behind, 0.9 on track
        let (charter, meetings) = Self.goalsMeasured([0.1, 0.9, 0.1, 0.9])
        let metrics = Self.measure(meetings, charter: charter, asOf: "2026-07-02")
        #expect(metrics.goals.map(\.status) == [.behind, .onTrack, .behind, .onTrack])
        #expect(metrics.warnings.map(\.kind) == [.goalsBehind])
        #expect(metrics.warnings.first?.message == "2 of 4 measured goals are behind: G1, owned by A; G3, owned by A")
        #expect(metrics.warnings.first?.brief == "2 of 4 goals behind")
    }

    @Test func oneOfThreeGoalsBehindDoesNot() {
        let (charter, meetings) = Self.goalsMeasured([0.1, 0.9, 0.9])
        #expect(Self.signs(meetings, charter: charter, asOf: "2026-07-02") == [])
    }

    @Test func goalsWithoutDataAndRetiredGoalsAreLeftOut() {
        // one goal behind of one measured: needs two
        let (charter, meetings) = Self.goalsMeasured([0.1, nil])
        #expect(Self.signs(meetings, charter: charter, asOf: "2026-07-02") == [])
        // two behind of three, but one of them retired: one behind of two is still half
        let (original, notes) = Self.goalsMeasured([0.1, 0.1, 0.9])
        var retiring = original
        retiring.goals[0].retired = Fx.day("2026-06-15")
        #expect(Self.signs(notes, charter: retiring, asOf: "2026-07-02") == [.goalsBehind])
        retiring.goals[1].retired = Fx.day("2026-06-15")
        #expect(Self.signs(notes, charter: retiring, asOf: "2026-07-02") == [])
        #expect(Self.signs(notes, charter: retiring, asOf: "2026-06-14") == [.goalsBehind])
    }

    // MARK: scope

    @Test func draftAndEndedGetNoWarningSignsExitingDo() {
        let meetings = [Self.pulse("2026-06-01", a: 3.0, b: 4.5)]
        for status in [PartnershipStatus.draft, .ended] {
            #expect(
                Self.signs(meetings, charter: Fx.charter(signatures: Self.signed, status: status), asOf: "2026-07-01")
                    == [])
        }
        var exiting = Fx.charter(signatures: Self.signed)
        exiting.exit = ExitDecision(decided: Fx.day("2026-05-01"), location: Fx.loc())
        let metrics = Self.measure(meetings, charter: exiting, asOf: "2026-07-01")
        #expect(metrics.warnings.map(\.kind) == [.trustGap])
        #expect(metrics.tier == .exiting)
    }

    @Test func signsAreListedInTheTablesOrder() {
        var meetings = Self.governance(total: 6, bPresent: 1)
        meetings.append(Self.pulse("2026-01-01", a: 4.5, b: 4.5))
        meetings.append(Self.pulse("2026-04-01", a: 2.9, b: 4.5))
        meetings += Self.actions(due: Self.fourDueDates, onTime: 0)
        let kinds = Self.signs(meetings, asOf: "2026-07-01")
        #expect(kinds == [.trustFalling, .trustGap, .partyDisengaged, .commitmentsSlipping])
    }
}

import Testing

@testable import AccordKit

@Suite struct GoalStatusTests {
    /// A goal 0 → 10 from 2026-01-01 to 2026-12-31 (364 days), read once.
    static func status(
        reading: Double, due: String? = "2026-12-31", start: String? = "2026-01-01",
        asOf: String = "2026-07-02"
    ) -> GoalResult? {
        let charter = Fx.charter(goals: [Fx.goal("G1", start: start, due: due)])
        let meeting = Fx.meeting("2026-02-01", kpis: [("G1", reading)])
        return Fx.measure(Fx.partnership(charter, [meeting]), asOf: asOf).goals.first
    }

    @Test func statusComparesProgressWithElapsedTime() {
        // elapsed = 182 ÷ 364 = 0.5; on track needs progress ≥ 0.4
        #expect(Self.status(reading: 4)?.elapsed == 0.5)
        #expect(Self.status(reading: 4)?.status == .onTrack)
        #expect(Self.status(reading: 3.9)?.status == .behind)
        #expect(Self.status(reading: 10)?.status == .achieved)
        #expect(Self.status(reading: 12)?.status == .achieved)
        #expect(Self.status(reading: 12)?.progress == 1)
    }

    @Test func goalWithoutDueDateIsOnTrackWhileProgressIsPositive() {
        #expect(Self.status(reading: 0.1, due: nil)?.status == .onTrack)
        #expect(Self.status(reading: 0, due: nil)?.status == .behind)
        #expect(Self.status(reading: -3, due: nil)?.status == .behind)
        #expect(Self.status(reading: 0, due: nil)?.elapsed == nil)
    }

    @Test func dueNotAfterStartMeansAllTimeHasPassed() {
        #expect(Self.status(reading: 9, due: "2026-01-01")?.elapsed == 1)
        #expect(Self.status(reading: 8.9, due: "2026-01-01")?.status == .behind)
        #expect(Self.status(reading: 9, due: "2026-01-01")?.status == .onTrack)  // 0.9 ≥ 1 − 0.1, at the bound
        #expect(Self.status(reading: 9.5, due: "2025-12-01")?.status == .onTrack)  // 0.95 ≥ 0.9
    }

    @Test func goalStartDefaultsToThePartnershipStart() {
        let charter = Fx.charter(signatures: [Fx.sign("a", "2026-01-01")], goals: [Fx.goal("G1", due: "2026-12-31")])
        let meeting = Fx.meeting("2026-02-01", kpis: [("G1", 1)])
        let goal = Fx.measure(Fx.partnership(charter, [meeting]), asOf: "2026-07-02").goals.first
        #expect(goal?.elapsed == 0.5)
        #expect(goal?.status == .behind)
        // before the start, elapsed is clamped to 0
        #expect(Self.status(reading: 0, start: "2026-08-01", asOf: "2026-07-02")?.elapsed == 0)
        #expect(Self.status(reading: 0, start: "2026-08-01", asOf: "2026-07-02")?.status == .onTrack)
    }

    @Test func goalWithoutReadingHasNoData() {
        let charter = Fx.charter(goals: [Fx.goal("G1")])
        let goal = Fx.measure(
            Fx.partnership(charter, [Fx.meeting("2026-02-01", kpis: [("G1", 5)])]), asOf: "2026-01-15"
        ).goals.first
        #expect(goal?.status == .noData)
        #expect(goal?.latest == nil)
    }

    @Test func behindGoalsNeedAttention() {
        let charter = Fx.charter(goals: [Fx.goal("G1", start: "2026-01-01", due: "2026-12-31")])
        let meeting = Fx.meeting("2026-02-01", kpis: [("G1", 1)])
        let metrics = Fx.measure(Fx.partnership(charter, [meeting]), asOf: "2026-07-02")
        let items = metrics.attention.filter { $0.kind == .goalBehind }
        #expect(items.map(\.message) == ["Goal G1 “Goal G1” is behind: progress 0.10 with 50% of its time gone"])
        #expect(items.first?.location == Fx.loc("partnerships/p/meetings/2026-02-01-steering.md", 2))
    }
}

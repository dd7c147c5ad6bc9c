import Testing

@testable import AccordKit

/// The v1.2 tier table, the lifecycle (start, amendments, exit, retired goals) and the portfolio order.
@Suite struct LifecycleMetricsTests {
    static let signed = [Fx.sign("a", "2026-01-01"), Fx.sign("b", "2026-01-01")]

    static func tier(
        _ a: Double?, _ o: Double?, flags: Int = 0, warnings: Int = 0, status: PartnershipStatus = .active,
        exiting: Bool = false
    ) -> HealthTier {
        MetricsEngine.tier(
            status: status, isExiting: exiting, alignment: a, outcome: o, redFlags: flags, warnings: warnings)
    }

    @Test func theV12TierTableInOrder() {
        #expect(Self.tier(90, 90, status: .draft, exiting: true) == .draft)
        #expect(Self.tier(90, 90, status: .ended, exiting: true) == .ended)
        #expect(Self.tier(nil, nil, flags: 3, exiting: true) == .exiting)
        #expect(Self.tier(nil, 90) == .unrated)
        #expect(Self.tier(39.99, 90) == .atRisk)
        #expect(Self.tier(90, 90, flags: 2) == .atRisk)
        #expect(Self.tier(90, 90, flags: 1, warnings: 2) == .atRisk)
        #expect(Self.tier(90, 90, flags: 1, warnings: 1) == .marginal)
        #expect(Self.tier(90, 90, warnings: 5) == .marginal)
        #expect(Self.tier(90, 90, warnings: 2) == .marginal)
        #expect(Self.tier(80, 80) == .highPerforming)
        #expect(Self.tier(80, 80, warnings: 1) == .healthy)
        #expect(Self.tier(80, 80, flags: 1) == .healthy)
        #expect(Self.tier(60, 60, warnings: 1) == .healthy)
        #expect(Self.tier(59.99, 90) == .marginal)
        #expect(Self.tier(40, 40, flags: 1, warnings: 1) == .marginal)
    }

    // MARK: amendments

    static func amendment(_ date: String, order: Int, _ signatures: [Signature]) -> Amendment {
        Amendment(
            date: Fx.day(date), summary: "Amendment \(order + 1)", signatures: signatures, order: order,
            location: Fx.loc(Fx.charterPath, 40 + order))
    }

    static func amended(_ amendments: [Amendment]) -> Charter {
        var charter = Fx.charter(signatures: Self.signed)
        charter.amendments = amendments
        return charter
    }

    @Test func currentTermsDriveA2AndUnsigned() {
        let charter = Self.amended([Self.amendment("2026-03-01", order: 0, [Fx.sign("a", "2026-03-02")])])
        let early = Fx.measure(Fx.partnership(charter), asOf: "2026-03-31")  // 30 days after the amendment
        Fx.expectScore(early, .a2, 50, .red)
        #expect(
            early.metric(.a2)?.inputs.map(\.text) == [
                "Current terms: the amendment of 2026-03-01 (Amendment 1)",
                "A (a): signed 2026-03-02", "B (b): not signed",
            ])
        #expect(early.redFlags.isEmpty)
        #expect(
            early.attention.filter { $0.kind == .unsigned }.map(\.message) == [
                "B (b) has not signed the amendment of 2026-03-01"
            ])
        #expect(early.attention.filter { $0.kind == .unsigned }.map(\.location) == [Fx.loc(Fx.charterPath, 40)])
        let late = Fx.measure(Fx.partnership(charter), asOf: "2026-04-01")  // 31 days
        #expect(late.redFlags.map(\.kind) == [.unsigned])
        #expect(
            late.redFlags.first?.message
                == "The amendment of 2026-03-01 is not signed by B (b), 31 days after its date.")
        #expect(late.redFlags.first?.brief == "the amendment of 2026-03-01 not signed by B")
        // before the amendment counts, the original charter (signed by both) is the current terms
        Fx.expectScore(Fx.measure(Fx.partnership(charter), asOf: "2026-02-28"), .a2, 100, .green)
    }

    @Test func nobodyHasSignedTheAmendment() {
        let charter = Self.amended([Self.amendment("2026-03-01", order: 0, [Fx.sign("a", "2026-05-01")])])
        let metrics = Fx.measure(Fx.partnership(charter), asOf: "2026-03-10")
        #expect(metrics.redFlags.map(\.message) == ["Nobody has signed the amendment of 2026-03-01."])
        Fx.expectScore(metrics, .a2, 0, .red)
        Fx.expectScore(Fx.measure(Fx.partnership(charter), asOf: "2026-05-01"), .a2, 50, .red)
    }

    @Test func anUncountedFutureAmendmentIsIgnored() {
        let charter = Self.amended([
            Self.amendment("2026-03-01", order: 0, [Fx.sign("a", "2026-03-01"), Fx.sign("b", "2026-03-01")]),
            Self.amendment("2026-09-01", order: 1, []),
        ])
        let metrics = Fx.measure(Fx.partnership(charter), asOf: "2026-08-31")
        Fx.expectScore(metrics, .a2, 100, .green)
        #expect(metrics.redFlags.isEmpty)
        #expect(Fx.measure(Fx.partnership(charter), asOf: "2026-09-01").redFlags.map(\.kind) == [.unsigned])
    }

    @Test func amendmentsOfOneDateAreOrderedByTheList() {
        let both = [Fx.sign("a", "2026-03-01"), Fx.sign("b", "2026-03-01")]
        let one = [Fx.sign("a", "2026-03-01")]
        let lastHasOne = Self.amended([
            Self.amendment("2026-03-01", order: 0, both), Self.amendment("2026-03-01", order: 1, one),
        ])
        Fx.expectScore(Fx.measure(Fx.partnership(lastHasOne), asOf: "2026-03-05"), .a2, 50)
        let lastHasBoth = Self.amended([
            Self.amendment("2026-03-01", order: 0, one), Self.amendment("2026-03-01", order: 1, both),
        ])
        Fx.expectScore(Fx.measure(Fx.partnership(lastHasBoth), asOf: "2026-03-05"), .a2, 100)
        // by date first, whatever the list order
        let written = Self.amended([
            Self.amendment("2026-04-01", order: 0, both), Self.amendment("2026-03-01", order: 1, one),
        ])
        Fx.expectScore(Fx.measure(Fx.partnership(written), asOf: "2026-04-05"), .a2, 100)
    }

    @Test func startKeyWinsAndAmendmentsNeverMoveIt() {
        var charter = Self.amended([Self.amendment("2025-06-01", order: 0, [])])
        #expect(Fx.measure(Fx.partnership(charter), asOf: "2026-03-01").startDate == Fx.day("2026-01-01"))
        charter.start = Fx.day("2026-09-01")  // after the report date, used as written
        let metrics = Fx.measure(Fx.partnership(charter, [Fx.meeting("2026-02-01")]), asOf: "2026-03-01")
        #expect(metrics.startDate == Fx.day("2026-09-01"))
        #expect(
            MetricsExport.json(
                MetricsEngine.measure(
                    Portfolio(config: Fx.config(), partnerships: [Fx.partnership(charter)]),
                    asOf: Fx.day("2026-03-01"))
            ).contains(#""start": "2026-09-01","#))
    }

    // MARK: exit

    static func exiting(effective: String? = "2026-12-31", status: PartnershipStatus = .active) -> Charter {
        var charter = Fx.charter(signatures: Self.signed, status: status, review: "2026-05-01")
        charter.exit = ExitDecision(
            decided: Fx.day("2026-06-10"), effective: effective.map(Fx.day),
            reason: "Intent obsolete", location: Fx.loc(Fx.charterPath, 50),
            effectiveLocation: Fx.loc(Fx.charterPath, 51))
        return charter
    }

    @Test func anExitDecidedGivesTheTierExitingAndNoReviewOverdue() {
        let before = Fx.measure(Fx.partnership(Self.exiting()), asOf: "2026-06-09")
        #expect(before.tier == .unrated)
        #expect(before.redFlags.map(\.kind) == [.reviewOverdue])
        let after = Fx.measure(Fx.partnership(Self.exiting()), asOf: "2026-06-10")
        #expect(after.tier == .exiting)
        #expect(after.redFlags.isEmpty)
        #expect(!after.attention.contains { $0.kind == .reviewDue || $0.kind == .reviewOverdue })
        #expect(after.isWindingDown)
        #expect(!after.isListedApart)
        #expect(after.exitDaysLeft == 204)
        #expect(Fx.measure(Fx.partnership(Self.exiting(status: .ended)), asOf: "2026-07-01").tier == .ended)
        #expect(Fx.measure(Fx.partnership(Self.exiting(effective: nil)), asOf: "2026-07-01").exitDaysLeft == nil)
    }

    @Test func afterTheEffectiveDateAnItemSaysToSetEnded() {
        let on = Fx.measure(Fx.partnership(Self.exiting()), asOf: "2026-12-31")
        #expect(!on.attention.contains { $0.kind == .exitEffective })
        #expect(on.exitDaysLeft == 0)
        let past = Fx.measure(Fx.partnership(Self.exiting()), asOf: "2027-01-05")
        let items = past.attention.filter { $0.kind == .exitEffective }
        #expect(
            items.map(\.message) == [
                "The exit took effect on 2026-12-31, 5 days ago: set 'status: ended' in the charter"
            ])
        #expect(items.map(\.location) == [Fx.loc(Fx.charterPath, 51)])
        #expect(past.exitDaysLeft == -5)
    }

    @Test func exitingPartnershipsKeepTheirAttentionInThePortfolio() {
        let portfolio = Portfolio(
            config: Fx.config(),
            partnerships: [
                Fx.partnership(Self.exiting(), slug: "leaving"),
                Fx.partnership(Fx.charter(status: .draft), slug: "new"),
            ])
        let metrics = MetricsEngine.measure(portfolio, asOf: Fx.day("2027-01-05"))
        #expect(metrics.attention.map(\.slug) == ["leaving"])
        #expect(metrics.listedApart.map(\.slug) == ["new"])
        #expect(metrics.activePartnerships.map(\.slug) == ["leaving"])
    }

    // MARK: retired goals

    @Test func retiredGoalsLeaveA3A4AndO1ButKeepTheirReadings() {
        var goals = [
            Fx.goal("G1", priorities: [("a", 5), ("b", 1)], start: "2026-01-01", line: 30),
            Fx.goal("G2", priorities: [("a", 4), ("b", 4)], start: "2026-01-01", line: 31),
        ]
        goals[0].retired = Fx.day("2026-06-10")
        goals[0].owner = nil
        let charter = Fx.charter(signatures: Self.signed, goals: goals)
        let meetings = [Fx.meeting("2026-05-01", kpis: [("G1", 1), ("G2", 8)])]
        let before = Fx.measure(Fx.partnership(charter, meetings), asOf: "2026-06-09")
        Fx.expectScore(before, .a3, 50)  // (0 + 1) ÷ 2
        Fx.expectScore(before, .a4, 50)  // G1 has no owner
        Fx.expectScore(before, .o1, 45)  // (0.1 + 0.8) ÷ 2
        let after = Fx.measure(Fx.partnership(charter, meetings), asOf: "2026-06-10")
        #expect(after.goals.map(\.status) == [.retired, .onTrack])
        #expect(after.goals.first?.progress == 0.1)
        #expect(after.goals.first?.readings.count == 1)
        Fx.expectScore(after, .a3, 100)
        Fx.expectScore(after, .a4, 100)
        Fx.expectScore(after, .o1, 80)
        #expect(after.metric(.a4)?.inputs.map(\.text).last == "G1: retired 2026-06-10, not counted")
        #expect(!after.attention.contains { $0.kind == .goalBehind })
        // the history recomputes the charter metrics once the goal is retired
        let history = Fx.measure(Fx.partnership(charter, meetings + [Fx.meeting("2026-07-01")]), asOf: "2026-07-01")
            .history
        #expect(history.map { $0.scores[.a3] } == [50, 100])
    }

    // MARK: portfolio order

    @Test func portfolioOrderIsTierThenLowerIndexThenSlug() {
        func metrics(_ slug: String, _ tier: HealthTier, _ a: Double?, _ o: Double?) -> PartnershipMetrics {
            var measured = Fx.measure(Fx.partnership(Fx.charter(), slug: slug), asOf: "2026-01-01")
            measured.tier = tier
            measured.alignment.index = a
            measured.outcome.index = o
            return measured
        }
        let items = [
            metrics("h", .healthy, 70, 70), metrics("m2", .marginal, 50, 90), metrics("m1", .marginal, 55, 45),
            metrics("u", .unrated, nil, 50), metrics("x", .exiting, 10, 10), metrics("r", .atRisk, 90, 39),
            metrics("hp", .highPerforming, 90, 90), metrics("m0", .marginal, nil, 30), metrics("d", .draft, 1, 1),
            metrics("e", .ended, 1, 1), metrics("m3", .marginal, 45, 50),
        ]
        #expect(
            items.sorted(by: PartnershipMetrics.portfolioOrder).map(\.slug)
                == ["r", "m1", "m3", "m2", "m0", "h", "hp", "u", "x", "d", "e"])
    }
}

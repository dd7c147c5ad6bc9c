import Testing

@testable import AccordKit

@Suite struct FlagsAndTierTests {
    static let signed = [Fx.sign("a", "2026-01-01"), Fx.sign("b", "2026-01-01")]

    static func flags(_ charter: Charter, _ meetings: [Meeting] = [], asOf: String) -> [RedFlagKind] {
        Fx.measure(Fx.partnership(charter, meetings), asOf: asOf).redFlags.map(\.kind)
    }

    @Test func reviewOverdueOnlyWhileActive() {
        #expect(
            Self.flags(Fx.charter(signatures: Self.signed, review: "2026-02-28"), asOf: "2026-03-01") == [
                .reviewOverdue
            ])
        #expect(Self.flags(Fx.charter(signatures: Self.signed, review: "2026-03-01"), asOf: "2026-03-01") == [])
        #expect(
            Self.flags(
                Fx.charter(signatures: Self.signed, status: .underReview, review: "2026-02-01"), asOf: "2026-03-01")
                == [])
    }

    @Test func reviewDueAttentionWithin60Days() {
        func review(_ date: String) -> [String] {
            Fx.measure(Fx.partnership(Fx.charter(signatures: Self.signed, review: date)), asOf: "2026-03-01")
                .attention.filter { $0.kind == .reviewDue }.map(\.message)
        }
        #expect(review("2026-04-30") == ["The strategic review is due in 60 days (2026-04-30)"])
        #expect(review("2026-05-01") == [])
        #expect(review("2026-03-01") == ["The strategic review is due today (2026-03-01)"])
        // v1.2: a passed review of an active partnership is stated once, by its red flag, first
        #expect(review("2026-02-19") == [])
        let flagged = Fx.measure(
            Fx.partnership(Fx.charter(signatures: Self.signed, review: "2026-02-19")), asOf: "2026-03-01")
        #expect(flagged.attention.map(\.kind) == [.reviewOverdue])
        #expect(flagged.attention.map(\.severity) == [.redFlag])
        #expect(
            flagged.attention.map(\.message) == [
                "The strategic review date 2026-02-19 has passed (10 days ago) while the partnership is active."
            ])
        // under review: no flag, so the notice says it
        let underReview = Fx.measure(
            Fx.partnership(Fx.charter(signatures: Self.signed, status: .underReview, review: "2026-02-19")),
            asOf: "2026-03-01")
        #expect(underReview.attention.map(\.message) == ["The strategic review date 2026-02-19 passed 10 days ago"])
    }

    @Test func meetingOverdueAfterTwiceTheCadence() {
        let charter = Fx.charter(signatures: Self.signed, cadence: .monthly)
        let meetings = [Fx.meeting("2026-01-01"), Fx.meeting("2026-02-20", kind: "workshop")]
        #expect(Self.flags(charter, meetings, asOf: "2026-03-02") == [])  // 60 days
        #expect(Self.flags(charter, meetings, asOf: "2026-03-03") == [.meetingOverdue])  // 61 days
        // without a governance meeting: counted from the start date
        #expect(Self.flags(charter, [], asOf: "2026-03-03") == [.meetingOverdue])
        // no start date and no meeting: no flag (but nobody signed)
        #expect(Self.flags(Fx.charter(cadence: .monthly), [], asOf: "2026-12-01") == [.unsigned])
        // no cadence: no flag
        #expect(Self.flags(Fx.charter(signatures: Self.signed), [], asOf: "2027-03-03") == [])
    }

    @Test func lowTrustBelow2Point5AndAttentionBelow3() {
        func pulse(_ a: Double, _ b: Double) -> PartnershipMetrics {
            let meeting = Fx.meeting(
                "2026-02-01", health: [Fx.pulse("a", [("trust", a)], line: 4), Fx.pulse("b", [("trust", b)], line: 5)])
            return Fx.measure(Fx.partnership(Fx.charter(signatures: Self.signed), [meeting]), asOf: "2026-03-01")
        }
        // v1.2: the flag fires at 2.5 and below
        #expect(pulse(2.4, 4).redFlags.map(\.kind) == [.lowTrust])
        #expect(pulse(2.5, 4).redFlags.map(\.kind) == [.lowTrust])
        #expect(pulse(2.51, 4).redFlags.isEmpty)
        #expect(pulse(2.5, 4).redFlags.map(\.brief) == ["A's trust 2.5"])
        let attention = pulse(2.5, 2.9).attention.filter { $0.kind == .lowTrust }
        #expect(attention.map(\.party) == ["a", "b"])
        #expect(attention.map(\.severity) == [.redFlag, .notice])
        #expect(
            attention.map(\.message) == [
                "Trust at or below 2.5 in the latest pulse: A (a) 2.5.",
                "B (b) rates trust 2.9 in the pulse of 2026-02-01",
            ])
        #expect(pulse(3, 3).attention.allSatisfy { $0.kind != .lowTrust })
    }

    @Test func unsignedRules() {
        // nobody signed
        #expect(Self.flags(Fx.charter(), asOf: "2026-03-01") == [.unsigned])
        let half = Fx.charter(signatures: [Fx.sign("a", "2026-01-01")])
        #expect(Self.flags(half, asOf: "2026-01-31") == [])  // 30 days after the start
        #expect(Self.flags(half, asOf: "2026-02-01") == [.unsigned])  // 31 days
        // a signature after the report date does not count
        let late = Fx.charter(signatures: [Fx.sign("a", "2026-01-01"), Fx.sign("b", "2026-03-01")])
        #expect(Self.flags(late, asOf: "2026-02-15") == [.unsigned])
        #expect(Self.flags(late, asOf: "2026-03-01") == [])
        let items = Fx.measure(Fx.partnership(half), asOf: "2026-01-05").attention.filter { $0.kind == .unsigned }
        #expect(items.map(\.message) == ["B (b) has not signed the charter"])
    }

    @Test func draftAndEndedGetTheirTierAndNoFlags() {
        for status in [PartnershipStatus.draft, .ended] {
            let metrics = Fx.measure(
                Fx.partnership(Fx.charter(status: status, review: "2020-01-01")), asOf: "2026-03-01")
            #expect(metrics.redFlags.isEmpty)
            #expect(metrics.tier.rawValue == status.rawValue)
            #expect(metrics.isListedApart)
        }
    }

    @Test func tierRulesInOrder() {
        func tier(_ a: Double?, _ o: Double?, _ flags: Int = 0, _ status: PartnershipStatus = .active) -> HealthTier {
            MetricsEngine.tier(status: status, alignment: a, outcome: o, redFlags: flags)
        }
        #expect(tier(90, 90, 0, .draft) == .draft)
        #expect(tier(90, 90, 0, .ended) == .ended)
        #expect(tier(nil, 90) == .unrated)
        #expect(tier(90, nil, 3) == .unrated)
        #expect(tier(39.99, 90) == .atRisk)
        #expect(tier(90, 39.99) == .atRisk)
        #expect(tier(90, 90, 2) == .atRisk)
        #expect(tier(80, 80) == .highPerforming)
        #expect(tier(80, 80, 1) == .healthy)
        #expect(tier(79.99, 95) == .healthy)
        #expect(tier(60, 60, 1) == .healthy)
        #expect(tier(59.99, 90) == .marginal)
        #expect(tier(40, 40) == .marginal)
        #expect(tier(80 - 1e-12, 80) == .highPerforming)
        #expect(tier(90, 90, 0, .underReview) == .highPerforming)
    }

    @Test func newPartnershipIsUnrated() {
        let metrics = Fx.measure(Fx.partnership(Fx.charter(signatures: Self.signed)), asOf: "2026-03-01")
        #expect(metrics.outcome.index == nil)
        #expect(metrics.tier == .unrated)
    }

    @Test func attentionIsSortedMostUrgentFirst() {
        let charter = Fx.charter(signatures: [Fx.sign("a", "2026-01-01")], review: "2026-03-15", cadence: .monthly)
        let meeting = Fx.meeting(
            "2026-01-10", health: [Fx.pulse("a", [("trust", 2)]), Fx.pulse("b", [("trust", 4)])],
            actions: [Fx.action("Ann Lee", "a", "x", due: "2026-02-01")],
            issues: [Fx.issue("old")])
        let metrics = Fx.measure(
            Fx.partnership(charter, [meeting]), asOf: "2026-03-01",
            config: Fx.config(sections: ["Governance"]))
        // v1.2: red flags (flag order), warning signs, overdue actions, then the rest; a flagged fact is not repeated
        // (the trust gap is stated by its warning sign, not again as a shared-view gap)
        #expect(
            metrics.attention.map(\.kind) == [
                .lowTrust, .unsigned, .trustGap, .overdueAction, .meetingOverdue, .reviewDue,
                .missingSection, .staleIssue,
            ])
        #expect(
            metrics.attention.map(\.severity) == [
                .redFlag, .redFlag, .warningSign, .notice, .notice, .notice, .notice,
                .notice,
            ])
        #expect(metrics.redFlags.map(\.kind) == [.lowTrust, .unsigned])  // 50 days is not twice the cadence
        #expect(metrics.tier == .atRisk)
    }
}

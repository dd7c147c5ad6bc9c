import Testing

@testable import AccordKit

/// Properties of the v1.2 tier: a warning sign (or a red flag) more never gives a better tier.
@Suite struct TierPropertyTests {
    /// How good a computed tier is (higher is better); nil for tiers that do not rank (unrated, exiting, draft, ended).
    static func goodness(_ tier: HealthTier) -> Int? {
        switch tier {
        case .highPerforming: 3
        case .healthy: 2
        case .marginal: 1
        case .atRisk: 0
        case .unrated, .exiting, .draft, .ended: nil
        }
    }

    /// True when `after` is not better than `before` (and the tiers that do not rank stay as they are).
    static func noBetter(_ after: HealthTier, than before: HealthTier) -> Bool {
        guard let old = goodness(before) else { return after == before }
        guard let new = goodness(after) else { return false }
        return new <= old
    }

    @Test(arguments: 0..<200)
    func aWarningSignMoreNeverImprovesTheTier(seed: Int) {
        var rng = SplitMix64(state: UInt64(seed))
        let statuses: [PartnershipStatus] = [.active, .active, .underReview, .draft, .ended]
        let status = statuses[Int.random(in: 0..<statuses.count, using: &rng)]
        let exiting = Int.random(in: 0..<10, using: &rng) == 0
        func index() -> Double? {
            Int.random(in: 0..<12, using: &rng) == 0 ? nil : Double(Int.random(in: 0...1000, using: &rng)) / 10
        }
        let alignment = index()
        let outcome = index()
        let flags = Int.random(in: 0...4, using: &rng)
        let warnings = Int.random(in: 0...5, using: &rng)
        let before = MetricsEngine.tier(
            status: status, isExiting: exiting, alignment: alignment, outcome: outcome,
            redFlags: flags, warnings: warnings)
        let moreWarnings = MetricsEngine.tier(
            status: status, isExiting: exiting, alignment: alignment, outcome: outcome,
            redFlags: flags, warnings: warnings + 1)
        let moreFlags = MetricsEngine.tier(
            status: status, isExiting: exiting, alignment: alignment, outcome: outcome,
            redFlags: flags + 1, warnings: warnings)
        #expect(Self.noBetter(moreWarnings, than: before), "\(before) → \(moreWarnings) with a warning sign more")
        #expect(Self.noBetter(moreFlags, than: before), "\(before) → \(moreFlags) with a red flag more")
    }

    @Test(arguments: 0..<60)
    func aMeasuredPartnershipsTierNeverImprovesWithASignMore(seed: Int) {
        let partnership = RandomPartnership.make(seed: UInt64(seed), labels: MetricsPropertyTests.labels)
        for asOf in MetricsPropertyTests.asOfDates {
            let metrics = Fx.measure(partnership, asOf: asOf, config: MetricsPropertyTests.config())
            let recomputed = MetricsEngine.tier(
                status: metrics.status, isExiting: false, alignment: metrics.alignment.index,
                outcome: metrics.outcome.index, redFlags: metrics.redFlags.count,
                warnings: metrics.warnings.count)
            #expect(recomputed == metrics.tier)
            let missing = WarningSignKind.allCases.filter { kind in !metrics.warnings.contains { $0.kind == kind } }
            guard !missing.isEmpty else { continue }
            let worse = MetricsEngine.tier(
                status: metrics.status, isExiting: false, alignment: metrics.alignment.index,
                outcome: metrics.outcome.index, redFlags: metrics.redFlags.count,
                warnings: metrics.warnings.count + 1)
            #expect(Self.noBetter(worse, than: metrics.tier))
            #expect(metrics.warnings.map(\.kind.rank) == metrics.warnings.map(\.kind.rank).sorted())
        }
    }
}

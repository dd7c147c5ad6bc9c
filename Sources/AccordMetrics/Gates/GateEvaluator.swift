import AccordCore

/// Evaluates the health gates on measured partnerships. Draft and ended partnerships are never gated; an index
/// with no data fails no floor (gate `unrated` with `fail_on_tier`); indices are compared as shown, to one decimal.
public enum GateEvaluator {
    /// Every failing gate, partnerships in the portfolio (attention) order, gates in `HealthGates.keys` order.
    public static func failures(_ gates: HealthGates, metrics: PortfolioMetrics, charterPaths: [String: String])
        -> [GateFailure]
    {
        guard !gates.isEmpty else { return [] }
        let ordered = metrics.partnerships.filter { !$0.isListedApart }.sorted(by: PartnershipMetrics.portfolioOrder)
        return ordered.flatMap { partnership in
            failures(
                gates, partnership,
                charterPath: charterPaths[partnership.slug]
                    ?? "partnerships/\(partnership.slug)/charter.md")
        }
    }

    /// The failing gates of one partnership.
    package static func failures(_ gates: HealthGates, _ partnership: PartnershipMetrics, charterPath: String)
        -> [GateFailure]
    {
        let place = SourceLocation(path: charterPath, line: 1, column: 1)
        var failures: [GateFailure] = []
        func fail(_ gate: String, _ message: String) {
            failures.append(GateFailure(gate: gate, slug: partnership.slug, message: message, location: place))
        }
        if gates.failOnTier.contains(where: { $0.value == partnership.tier }) {
            fail("fail_on_tier", "health gate 'fail_on_tier' failed: the tier is \(partnership.tier.rawValue)")
        }
        let wanted = Set(gates.failOnSigns.map(\.value))
        for flag in partnership.redFlags where wanted.contains(flag.kind.rawValue) {
            fail(
                "fail_on_red_flags",
                "health gate 'fail_on_red_flags' failed: red flag '\(flag.kind.rawValue)' "
                    + "is raised (\(flag.brief))")
        }
        for sign in partnership.warnings where wanted.contains(sign.kind.rawValue) {
            fail(
                "fail_on_red_flags",
                "health gate 'fail_on_red_flags' failed: warning sign '\(sign.kind.rawValue)' "
                    + "is raised (\(sign.brief))")
        }
        let floors: [(String, String, HealthGates.Written<Double>?, Double?)] = [
            ("min_alignment", "alignment", gates.minAlignment, partnership.alignment.index),
            ("min_outcome", "outcome", gates.minOutcome, partnership.outcome.index),
        ]
        for (gate, family, floor, index) in floors {
            guard let floor, let index else { continue }
            let shown = MetricMath.rounded(index, places: 1)
            if shown < floor.value {
                fail(
                    gate,
                    "health gate '\(gate)' failed: the \(family) index is \(NumberText.score(index)), "
                        + "below \(NumberText.number(floor.value))")
            }
        }
        return failures
    }
}

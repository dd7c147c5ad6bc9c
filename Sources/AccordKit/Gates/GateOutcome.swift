/// The health gates of one run: the failures and how they are reported (errors when enforced, else warnings).
/// Kept apart from the content's diagnostics so that a failing gate is exit 4, never a content error.
struct GateOutcome {
    /// The failing gates.
    var failures: [GateFailure] = []
    /// True when failures are errors (`check`, `build --gates`).
    var enforced = false

    /// No gates evaluated.
    init() {}

    /// Evaluates the portfolio's gates on its metrics.
    init(_ portfolio: Portfolio, metrics: PortfolioMetrics, enforced: Bool) {
        var charters: [String: String] = [:]
        for partnership in portfolio.partnerships { charters[partnership.slug] = partnership.charter.path }
        failures = GateEvaluator.failures(portfolio.config.gates ?? HealthGates(), metrics: metrics, charterPaths: charters)
        self.enforced = enforced
    }

    /// True when an enforced gate failed.
    var fails: Bool { enforced && !failures.isEmpty }

    /// The content's diagnostics with the gates' added, sorted.
    func merged(into diagnostics: DiagnosticBag) -> [Diagnostic] {
        guard !failures.isEmpty else { return diagnostics.sorted }
        var all = diagnostics
        for failure in failures { all.report(failure.diagnostic(enforced ? .error : .warning)) }
        return all.sorted
    }
}

import AccordCore
import AccordInput
import AccordMetrics
import AccordSite

/// The health gates of one run: the failures and how they are reported (errors when enforced, else warnings).
/// Kept apart from the content's diagnostics so that a failing gate is exit 4, never a content error.
package struct GateOutcome {
    /// The failing gates.
    package var failures: [GateFailure] = []
    /// True when failures are errors (`check`, `build --gates`).
    package var enforced = false

    /// No gates evaluated.
    package init() {}

    /// Evaluates the portfolio's gates on its metrics.
    package init(_ portfolio: Portfolio, metrics: PortfolioMetrics, enforced: Bool) {
        var charters: [String: String] = [:]
        for partnership in portfolio.partnerships { charters[partnership.slug] = partnership.charter.path }
        failures = GateEvaluator.failures(
            portfolio.config.gates ?? HealthGates(), metrics: metrics, charterPaths: charters)
        self.enforced = enforced
    }

    /// True when an enforced gate failed.
    package var fails: Bool { enforced && !failures.isEmpty }

    /// The content's diagnostics with the gates' added, sorted.
    package func merged(into diagnostics: DiagnosticBag) -> [Diagnostic] {
        guard !failures.isEmpty else { return diagnostics.sorted }
        var all = diagnostics
        for failure in failures { all.report(failure.diagnostic(enforced ? .error : .warning)) }
        return all.sorted
    }
}

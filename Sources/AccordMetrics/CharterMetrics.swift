/// The alignment metrics that read the charter alone (A1, A3, A4, A8): the same at every report date with the
/// same retired goals, so the history computes them once per partnership instead of at every meeting date.
package struct CharterMetrics {
    /// A1, charter completeness.
    package let charterCompleteness: MetricResult
    /// A3, goal agreement.
    package let goalAgreement: MetricResult
    /// A4, outcome clarity.
    package let outcomeClarity: MetricResult
    /// A8, value balance.
    package let valueBalance: MetricResult
    /// The goals retired at the date these were computed for (A3 and A4 leave them out).
    package let retiredGoals: Set<String>

    /// Computes the four metrics from a context (only its charter, parties, required sections and thresholds are read).
    package init(_ context: MeasureContext) {
        charterCompleteness = MetricsEngine.charterCompleteness(context)
        goalAgreement = MetricsEngine.goalAgreement(context)
        outcomeClarity = MetricsEngine.outcomeClarity(context)
        valueBalance = MetricsEngine.valueBalance(context)
        retiredGoals = context.retiredGoals
    }
}

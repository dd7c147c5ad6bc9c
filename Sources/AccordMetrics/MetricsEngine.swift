import AccordCore

/// Computes every metric, goal status, red flag, tier, attention item and history point from the content
/// and a report date alone: no clock, no locale, no I/O.
public enum MetricsEngine {
    /// Measures one partnership at a report date with the site's required sections and thresholds.
    public static func measure(_ partnership: Partnership, config: SiteConfig, asOf: Day) -> PartnershipMetrics {
        let thresholds = MetricThresholds(overrides: config.thresholds)
        let snapshot = Snapshot(
            partnership: partnership, asOf: asOf, thresholds: thresholds,
            requiredSections: config.requiredSections)
        let context = snapshot.context
        let flags = redFlags(context)
        let warnings = warningSigns(context)
        let status = partnership.charter.status
        let missing = sectionMatches(context).filter { $0.line == nil }.map(\.section)
        return PartnershipMetrics(
            slug: partnership.slug, title: partnership.charter.title, status: status, asOf: asOf,
            parties: partnership.charter.parties,
            startDate: context.start, countedMeetings: context.meetings.count,
            governanceMeetings: context.governance.count, lastGovernanceMeeting: context.governance.last?.date,
            latestPulseDate: context.latestPulse?.date, alignment: snapshot.alignment, outcome: snapshot.outcome,
            goals: context.goals, actions: context.actions, issues: context.issues, sayDo: snapshot.sayDo,
            participation: participation(context), trust: trust(context), redFlags: flags, warnings: warnings,
            tier: tier(
                status: status, isExiting: context.isExiting, alignment: snapshot.alignment.index,
                outcome: snapshot.outcome.index, redFlags: flags.count, warnings: warnings.count),
            attention: attention(
                context, goals: context.goals, missingSections: missing, redFlags: flags, warnings: warnings),
            history: history(
                partnership, asOf: asOf, thresholds: thresholds, requiredSections: config.requiredSections,
                atReportDate: snapshot),
            exit: partnership.charter.exit)
    }

    /// Measures every partnership of a portfolio (in slug order) with the portfolio's settings; `known` may
    /// answer for a partnership with its metrics from an earlier build of the same files, settings and date.
    public static func measure(
        _ portfolio: Portfolio, asOf: Day, known: @Sendable (Partnership) -> PartnershipMetrics? = { _ in nil }
    ) -> PortfolioMetrics {
        let config = portfolio.config
        // Partnerships are independent: measured on all cores, results in slug order.
        let partnerships = portfolio.partnerships.sorted { $0.slug < $1.slug }
            .parallelMap { known($0) ?? measure($0, config: config, asOf: asOf) }
        return assemble(partnerships, asOf: asOf)
    }

    /// The portfolio's metrics made of its partnerships' (in any order; listed in slug order): the tier
    /// distribution and the portfolio's attention items.
    public static func assemble(_ measured: [PartnershipMetrics], asOf: Day) -> PortfolioMetrics {
        let partnerships = measured.sorted { $0.slug < $1.slug }
        let distribution = HealthTier.allCases.map { tier in
            TierCount(tier: tier, count: partnerships.filter { $0.tier == tier }.count)
        }
        return PortfolioMetrics(asOf: asOf, partnerships: partnerships, tierDistribution: distribution)
    }

    /// The metrics of one partnership at one date, without flags, attention or history (also a history point).
    package struct Snapshot {
        package let context: MeasureContext
        package let sayDo: [PartySayDo]
        package let alignment: MetricFamilyResult
        package let outcome: MetricFamilyResult

        package init(partnership: Partnership, asOf: Day, thresholds: MetricThresholds, requiredSections: [String]) {
            self.init(
                MeasureContext(
                    partnership: partnership, asOf: asOf, thresholds: thresholds,
                    requiredSections: requiredSections))
        }

        /// The metrics of a context; `charter` supplies the charter-only metrics when they were computed already.
        package init(_ context: MeasureContext, charter: CharterMetrics? = nil) {
            let sayDo = MetricsEngine.sayDo(context)
            // Charter metrics computed at another date stay valid while the same goals are retired.
            let charter = charter.flatMap { $0.retiredGoals == context.retiredGoals ? $0 : nil }
            self.context = context
            self.sayDo = sayDo
            alignment = MetricsEngine.alignment(context, sayDo: sayDo, charter: charter)
            outcome = MetricsEngine.outcome(context, sayDo: sayDo)
        }
    }
}

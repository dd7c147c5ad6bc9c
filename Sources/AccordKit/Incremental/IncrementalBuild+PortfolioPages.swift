import AccordCore
import AccordInput
import AccordMetrics
import AccordSite

extension IncrementalBuild {
    /// What step 4 of an incremental build measured.
    package struct Measured {
        /// The portfolio's metrics; only the rebuilt partnerships' when `complete` is false.
        package var metrics: PortfolioMetrics
        /// The previous site's portfolio pages (index, pages of actions, metrics) when they are linked, not
        /// rendered; nil when they are rendered.
        package var reusedPortfolioPages: [String]?
        /// False when `metrics` holds only the rebuilt partnerships: the portfolio pages are linked and no health
        /// gate reads the others, so their metrics are not even decoded from the cache.
        package var complete: Bool
    }

    /// Measures the portfolio. The partnerships this build parsed are measured first; when each kept the
    /// metrics and charter it had (an edit of a note's prose, say) and no health gate is set, their metrics are
    /// all this build needs. Otherwise the reused partnerships' metrics are decoded from the cache.
    package func measure(_ portfolio: Portfolio, asOf: Day) -> Measured {
        let config = portfolio.config
        let reusable = state.withLock { $0.reusesRendering }
        guard reusable else {
            return Measured(
                metrics: MetricsEngine.measure(portfolio, asOf: asOf), reusedPortfolioPages: nil, complete: true)
        }
        let rebuilt = portfolio.partnerships.filter { partnership in
            state.withLock { $0.reused[partnership.slug] == nil }
        }
        .sorted { $0.slug < $1.slug }
        let measured = rebuilt.parallelMap { MetricsEngine.measure($0, config: config, asOf: asOf) }
        state.withLock { state in
            for item in measured { state.measured[item.slug] = item }
        }
        let partial = PortfolioMetrics(asOf: asOf, partnerships: measured, tierDistribution: [])
        let unchanged = portfolioPagesUnchanged(portfolio, metrics: partial)
        if unchanged != nil, (config.gates ?? HealthGates()).isEmpty {
            return Measured(metrics: partial, reusedPortfolioPages: unchanged, complete: false)
        }
        let metrics = MetricsEngine.measure(portfolio, asOf: asOf) {
            self.knownMetrics($0, config: config, asOf: asOf)
        }
        return Measured(metrics: metrics, reusedPortfolioPages: unchanged, complete: true)
    }

    /// The previous site's portfolio pages (index, pages of actions, metrics) when they are what this build
    /// would write: measuring and rendering are reused, the same partnerships are listed, and each one rebuilt
    /// has the metrics and charter it had, while those pages are still the files the previous build wrote.
    package func portfolioPagesUnchanged(_ portfolio: Portfolio, metrics: PortfolioMetrics) -> [String]? {
        let (reusable, previous, reused) = state.withLock { ($0.reusesRendering, $0.previous, $0.reused) }
        guard reusable, let previous, let previousOutput else { return nil }
        let pages = previousOutput.files.keys.filter(SitePaths.isPortfolioPage).sorted()
        guard [SitePaths.index, SitePaths.actions, SitePaths.metrics].allSatisfy(pages.contains),
            pages.allSatisfy(previousOutput.isUnchanged)
        else { return nil }
        let listed = Set(previous.entries.filter { !$0.value.model.isEmpty }.keys)
        guard listed == Set(portfolio.partnerships.map(\.slug)) else { return nil }
        var measured: [String: PartnershipMetrics] = [:]
        for item in metrics.partnerships { measured[item.slug] = item }
        for partnership in portfolio.partnerships where reused[partnership.slug] == nil {
            guard let entry = previous.entries[partnership.slug], let now = measured[partnership.slug],
                let model = entry.model.bytes, let before = try? Partnership(bytes: model),
                let bytes = entry.metrics.bytes,
                let measuredBefore = try? PartnershipMetrics(bytes: bytes),
                measuredBefore == now, before.charter.withoutTree == partnership.charter.withoutTree
            else { return nil }
        }
        return pages
    }
}

import AccordCore
import AccordInput
import AccordMetrics

extension SiteRenderer {
    /// Renders every partnership of `portfolio` (whose partnerships may be kept without their records: `full`
    /// gives each one whole), measuring each with `measure` as it is rendered and letting it go, then the
    /// portfolio pages from the metrics `assemble` makes of theirs; returns those metrics. What the portfolio
    /// keeps of each partnership's metrics is what `keep` returns once its pages are rendered; `jsonObject` gives
    /// its object in `metrics.json` from that. No partnership's records wait for the others' metrics, nor its whole
    /// metrics for the others'. Stops at the first error `emit` throws.
    public func renderMeasuring(
        _ portfolio: Portfolio, asOf: Day, assets: [AssetFile], diagnostics: inout DiagnosticBag,
        full: @Sendable (Partnership) throws -> Partnership,
        measure: @Sendable (Partnership) -> PartnershipMetrics,
        keep: @Sendable (PartnershipMetrics) -> PartnershipMetrics = { $0 },
        jsonObject: @escaping @Sendable (PartnershipMetrics) -> String = MetricsExport.partnershipObjectText,
        assemble: ([PartnershipMetrics]) -> PortfolioMetrics,
        emit: @Sendable ([OutputFile]) throws -> Void
    ) throws -> PortfolioMetrics {
        let context = Context(self, portfolio, asOf: asOf)
        let results = portfolio.partnerships.parallelMap { listed in
            var outcome = partnershipJob(listed, context, full: full, measure: { measure($0) }, emit: emit)
            outcome.metrics = outcome.metrics.map(keep)
            return outcome
        }
        var measured: [PartnershipMetrics] = []
        for outcome in results {
            diagnostics.merge(outcome.diagnostics)
            if let failure = outcome.failure { throw RenderFailure(description: failure) }
            if let metrics = outcome.metrics { measured.append(metrics) }
        }
        let metrics = assemble(measured)
        try portfolioFiles(
            portfolio, metrics: metrics, assets: assets, site: context.site, links: context.links,
            label: context.labels.label(for: nil), reusingPages: nil, jsonObject: jsonObject, emit: emit)
        return metrics
    }

    /// What every page of one rendering shares.
    struct Context: Sendable {
        let asOf: Day
        let site: SiteView
        let links: LinkMap
        let labels: ViewLabeler

        init(_ renderer: SiteRenderer, _ portfolio: Portfolio, asOf: Day) {
            self.asOf = asOf
            site = SiteView(
                title: portfolio.config.title, organisation: portfolio.config.organisation,
                reportDate: asOf.description, reportDateReadable: asOf.readable,
                generator: renderer.generator, extra: portfolio.config.extra)
            links = LinkMap(portfolio: portfolio)
            labels = ViewLabeler(view: renderer.view, portfolio: portfolio)
        }
    }

    /// What rendering one partnership gave: its metrics, the renderer's findings, or the failure that stopped it.
    struct JobOutcome: Sendable {
        var metrics: PartnershipMetrics?
        var diagnostics = DiagnosticBag()
        var failure: String?
    }

    /// Makes the listed partnership whole, measures it, renders its pages and hands them to `emit`.
    func partnershipJob(
        _ listed: Partnership, _ context: Context, full: @Sendable (Partnership) throws -> Partnership,
        measure: (Partnership) -> PartnershipMetrics?, emit: @Sendable ([OutputFile]) throws -> Void
    ) -> JobOutcome {
        var outcome = JobOutcome()
        do {
            let partnership = try full(listed)
            let metrics = measure(partnership)
            outcome.metrics = metrics
            let files = pages(
                of: partnership, metrics: metrics, asOf: context.asOf, site: context.site,
                links: context.links, label: context.labels.label(for: partnership),
                diagnostics: &outcome.diagnostics)
            try emit(files)
        } catch {
            outcome.failure = "\(error)"
        }
        return outcome
    }
}

import AccordCore
import AccordMetrics
import AccordSite

extension IncrementalBuild {
    /// True when the index, actions and metrics pages of the previous site are what this build would write:
    /// measuring and rendering are reused, the same partnerships are listed, and each one rebuilt has the
    /// metrics and charter it had (an edit of a note's prose, say), while those pages are still the files the
    /// previous build wrote.
    package func portfolioPagesUnchanged(_ portfolio: Portfolio, metrics: PortfolioMetrics) -> Bool {
        let (reusable, previous, reused) = state.withLock { ($0.reusesRendering, $0.previous, $0.reused) }
        guard reusable, let previous, let previousOutput,
            SiteRenderer.portfolioPages.allSatisfy(previousOutput.isUnchanged)
        else { return false }
        let listed = Set(previous.entries.filter { !$0.value.model.isEmpty }.keys)
        guard listed == Set(portfolio.partnerships.map(\.slug)) else { return false }
        var measured: [String: PartnershipMetrics] = [:]
        for item in metrics.partnerships { measured[item.slug] = item }
        for partnership in portfolio.partnerships where reused[partnership.slug] == nil {
            guard let entry = previous.entries[partnership.slug], let now = measured[partnership.slug],
                let before = try? CompactDecoder.decode(Partnership.self, from: entry.model),
                let measuredBefore = try? CompactDecoder.decode(PartnershipMetrics.self, from: entry.metrics),
                measuredBefore == now, before.charter.withoutTree == partnership.charter.withoutTree
            else { return false }
        }
        return true
    }
}

extension Charter {
    /// The charter without its tree, as the portfolio pages read it.
    var withoutTree: Charter {
        var charter = self
        charter.document = MarkdownDocument()
        return charter
    }
}

/// The view model of the portfolio page.
struct IndexPageView {
    struct Row {
        var title: String
        var href: String
        var parties: String
        var status: String
        var tier: String
        var tierClass: String
        var alignment: String
        var alignmentBand: String
        var alignmentSparkline: ChartView
        var outcome: String
        var outcomeBand: String
        var outcomeSparkline: ChartView
        var meetings: Int
        var openActions: Int
        var overdueActions: Int
        var hasOverdue: Bool
        var nextReview: String
        var redFlags: String?
    }

    struct Attention {
        var partnership: String
        var partnershipHref: String
        var kind: String
        var message: String
        var href: String?
        var source: String
    }

    var organisation: String?
    var rows: [Row]
    var hasRows = false
    var apart: [Row]
    var hasApart = false
    var tierChart: ChartView
    var attention: [Attention]
    var hasAttention = false
    var totals: String
}

extension IndexPageView {
    /// Builds the portfolio page.
    init(portfolio: Portfolio, metrics: PortfolioMetrics, links: LinkMap) {
        let page = SitePaths.index
        let linker = SourceLinker(links: links, page: page)
        var bySlug: [String: Partnership] = [:]
        for partnership in portfolio.partnerships { bySlug[partnership.slug] = partnership }

        func row(_ measured: PartnershipMetrics) -> Row? {
            guard let partnership = bySlug[measured.slug] else { return nil }
            let charter = partnership.charter
            func spark(_ id: String, _ value: (MetricsHistoryPoint) -> Double?) -> ChartView {
                ChartView(SparklineChart.build(
                    idPrefix: "\(id)-\(measured.slug)", title: "\(id == "a" ? "Alignment" : "Outcome") index of \(charter.title)",
                    points: measured.history.map { ChartPoint(day: $0.date, value: value($0)) }))
            }
            let open = measured.actions.filter { !$0.isDone }
            let alignmentBand = PartnershipPageView.indexBand(measured.alignment.index)
            let outcomeBand = PartnershipPageView.indexBand(measured.outcome.index)
            return Row(
                title: charter.title, href: SitePaths.link(from: page, to: partnership.pagePath),
                parties: charter.parties.map(\.name).joined(separator: " × "), status: charter.status.rawValue,
                tier: measured.tier.title, tierClass: "tier-" + measured.tier.rawValue,
                alignment: NumberText.score(measured.alignment.index), alignmentBand: alignmentBand.rawValue,
                alignmentSparkline: spark("a", \.alignmentIndex),
                outcome: NumberText.score(measured.outcome.index), outcomeBand: outcomeBand.rawValue,
                outcomeSparkline: spark("o", \.outcomeIndex),
                meetings: measured.countedMeetings, openActions: open.count,
                overdueActions: open.filter(\.isOverdue).count, hasOverdue: open.contains(where: \.isOverdue),
                nextReview: charter.review?.description ?? "—",
                redFlags: measured.redFlags.isEmpty ? nil
                    : "\(measured.redFlags.count) red flag\(measured.redFlags.count == 1 ? "" : "s")")
        }
        organisation = portfolio.config.organisation
        rows = metrics.activePartnerships.compactMap(row)
        apart = metrics.listedApart.compactMap(row)
        var counts: [HealthTier: Int] = [:]
        for entry in metrics.tierDistribution { counts[entry.tier] = entry.count }
        tierChart = ChartView(TierDistributionChart.build(idPrefix: "tiers", title: "Partnerships by health tier", counts: counts))
        attention = metrics.attention.map { item in
            let partnership = bySlug[item.slug]
            return Attention(partnership: partnership?.charter.title ?? item.slug,
                             partnershipHref: partnership.map { SitePaths.link(from: page, to: $0.pagePath) } ?? "#",
                             kind: item.kind.rawValue, message: item.message, href: linker.href(item.location),
                             source: SourceLinker.label(item.location))
        }
        hasRows = !rows.isEmpty
        hasApart = !apart.isEmpty
        hasAttention = !attention.isEmpty
        let count = metrics.partnerships.count
        totals = "\(count) partnership\(count == 1 ? "" : "s"): \(rows.count) in the active portfolio, \(apart.count) draft or ended"
    }
}

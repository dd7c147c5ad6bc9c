import AccordCore
import AccordInput
import AccordMetrics

/// The view model of the portfolio page: a briefing for an executive. It opens with the partnerships that need
/// attention now (at risk, then marginal) and their reasons in words, then the table in the v1.2 tier order,
/// the winding-down partnerships, the tier chart, the attention list grouped by partnership, and draft and ended.
package struct IndexPageView: TemplateView {
    package struct Row: TemplateView {
        package var title: String
        package var href: String
        package var parties: String
        package var status: String
        package var tier: String
        package var tierClass: String
        package var signals: String?
        package var alignment: String
        package var alignmentBand: String
        package var alignmentBandWord: String
        package var alignmentTrend: String
        package var outcome: String
        package var outcomeBand: String
        package var outcomeBandWord: String
        package var outcomeTrend: String
        package var meetings: Int
        package var openActions: Int
        package var overdueActions: Int
        package var hasOverdue: Bool
        package var nextReview: String
    }

    /// One reason of a briefing line, linked to the line that shows it.
    package struct Reason: TemplateView {
        package var text: String
        package var href: String?
        package var isLast: Bool
    }

    /// One line of the briefing: a partnership at risk or marginal and why.
    package struct Briefing: TemplateView {
        package var title: String
        package var href: String
        package var tier: String
        package var tierClass: String
        package var reasons: [Reason]
    }

    /// A partnership whose exit has been decided.
    package struct WindingDown: TemplateView {
        package var title: String
        package var href: String
        package var parties: String
        package var decided: String
        package var effective: String
        package var daysLeft: String
        package var isPastEffective: Bool
        package var reason: String?
        package var signals: String?
    }

    package struct Attention: TemplateView {
        package var kind: String
        package var severity: String
        package var severityLabel: String?
        package var message: String
        package var href: String?
        package var source: String
    }

    /// The attention items of one partnership: counts by kind, the first few items, a link to the rest.
    package struct AttentionGroup: TemplateView {
        package var title: String
        package var href: String
        package var tier: String
        package var tierClass: String
        package var counts: String
        package var items: [Attention]
        package var hiddenCount: Int
        package var hasHidden: Bool
        package var allHref: String
        package var total: Int
    }

    package var organisation: String?
    package var briefing: [Briefing]
    package var hasBriefing = false
    /// Partnerships at risk or marginal beyond `briefingLimit` (they lead the table).
    package var moreBriefing: Int
    package var hasMoreBriefing = false
    package var rows: [Row]
    package var hasRows = false
    package var windingDown: [WindingDown]
    package var hasWindingDown = false
    package var apart: [Row]
    package var hasApart = false
    package var tierChart: ChartView
    package var groups: [AttentionGroup]
    package var hasGroups = false
    /// The groups beyond `groupLimit`, shown one line each (title, tier, counts, link to the full list).
    package var otherGroups: [AttentionGroup]
    package var hasOtherGroups = false
    package var totals: String

    /// Items shown per partnership in the grouped attention list; the rest are on its page.
    package static let itemsPerPartnership = 5
    /// Briefing lines shown in full; a portfolio of 500 keeps its page light (the rest lead the table).
    package static let briefingLimit = 12
    /// Partnerships whose attention items are shown on the portfolio page; the others get one line each.
    package static let groupLimit = 12
}

extension IndexPageView {
    /// Builds the portfolio page.
    package init(portfolio: Portfolio, metrics: PortfolioMetrics, links: LinkMap) {
        let page = SitePaths.index
        let linker = SourceLinker(links: links, page: page)
        var bySlug: [String: Partnership] = [:]
        for partnership in portfolio.partnerships { bySlug[partnership.slug] = partnership }
        func href(_ measured: PartnershipMetrics) -> String {
            bySlug[measured.slug].map { SitePaths.link(from: page, to: $0.pagePath) } ?? "#"
        }

        let ordered = metrics.partnerships.sorted(by: PartnershipMetrics.portfolioOrder)
        let active = ordered.filter { !$0.isListedApart && !$0.isWindingDown }
        organisation = portfolio.config.organisation
        rows = active.compactMap { Self.row($0, partnership: bySlug[$0.slug], page: page) }
        let urgent = active.filter { $0.tier == .atRisk || $0.tier == .marginal }
        moreBriefing = max(0, urgent.count - Self.briefingLimit)
        briefing = urgent.prefix(Self.briefingLimit).map { measured in
            Briefing(
                title: measured.title, href: href(measured), tier: measured.tier.title,
                tierClass: measured.tier.cssClass,
                reasons: Self.reasons(measured, linker: linker, partnershipHref: href(measured)))
        }
        windingDown = ordered.filter { $0.tier == .exiting }.map { Self.windingDown($0, href: href($0)) }
        apart = ordered.filter { $0.tier == .draft || $0.tier == .ended }
            .compactMap { Self.row($0, partnership: bySlug[$0.slug], page: page) }
        var counts: [HealthTier: Int] = [:]
        for entry in metrics.tierDistribution { counts[entry.tier] = entry.count }
        tierChart = ChartView(
            TierDistributionChart.build(idPrefix: "tiers", title: "Partnerships by health tier", counts: counts))
        let grouped = ordered.filter { !$0.isListedApart && !$0.attention.isEmpty }
        func group(_ measured: PartnershipMetrics, items limit: Int) -> AttentionGroup {
            let shown = measured.attention.prefix(limit).map { item in
                Attention(
                    kind: item.kind.rawValue, severity: item.severity.rawValue,
                    severityLabel: Wording.severity(item.severity), message: item.message,
                    href: linker.href(item.location), source: SourceLinker.label(item.location))
            }
            let hidden = measured.attention.count - shown.count
            return AttentionGroup(
                title: measured.title, href: href(measured), tier: measured.tier.title,
                tierClass: measured.tier.cssClass, counts: Self.counts(measured.attention),
                items: Array(shown), hiddenCount: hidden, hasHidden: hidden > 0,
                allHref: href(measured) + "#attention", total: measured.attention.count)
        }
        groups = grouped.prefix(Self.groupLimit).map { group($0, items: Self.itemsPerPartnership) }
        otherGroups = grouped.dropFirst(Self.groupLimit).map { group($0, items: 0) }
        hasBriefing = !briefing.isEmpty
        hasRows = !rows.isEmpty
        hasWindingDown = !windingDown.isEmpty
        hasApart = !apart.isEmpty
        hasGroups = !groups.isEmpty
        hasOtherGroups = !otherGroups.isEmpty
        hasMoreBriefing = moreBriefing > 0
        let count = metrics.partnerships.count
        totals =
            "\(count) partnership\(count == 1 ? "" : "s"): \(rows.count) in the active portfolio, "
            + "\(windingDown.count) winding down, \(apart.count) draft or ended"
    }

    /// A table row.
    package static func row(_ measured: PartnershipMetrics, partnership: Partnership?, page: String) -> Row? {
        guard let partnership else { return nil }
        let charter = partnership.charter
        func spark(_ label: String, _ value: (MetricsHistoryPoint) -> Double?) -> String {
            SparklineChart.compact(
                label: label, points: measured.history.map { ChartPoint(day: $0.date, value: value($0)) })
        }
        let open = measured.actions.filter { !$0.isDone }
        let alignmentBand = PartnershipPageView.indexBand(measured.alignment.index)
        let outcomeBand = PartnershipPageView.indexBand(measured.outcome.index)
        return Row(
            title: charter.title, href: SitePaths.link(from: page, to: partnership.pagePath),
            parties: charter.parties.map(\.name).joined(separator: " × "), status: charter.status.rawValue,
            tier: measured.tier.title, tierClass: measured.tier.cssClass, signals: signals(measured),
            alignment: NumberText.score(measured.alignment.index), alignmentBand: alignmentBand.rawValue,
            alignmentBandWord: Wording.band(alignmentBand), alignmentTrend: spark("Alignment", \.alignmentIndex),
            outcome: NumberText.score(measured.outcome.index), outcomeBand: outcomeBand.rawValue,
            outcomeBandWord: Wording.band(outcomeBand), outcomeTrend: spark("Outcome", \.outcomeIndex),
            meetings: measured.countedMeetings, openActions: open.count,
            overdueActions: open.filter(\.isOverdue).count, hasOverdue: open.contains(where: \.isOverdue),
            nextReview: charter.review?.description ?? "—")
    }

    /// `2 red flags · 1 warning sign`, nil when there are none.
    package static func signals(_ measured: PartnershipMetrics) -> String? {
        var parts: [String] = []
        if !measured.redFlags.isEmpty { parts.append(Wording.count(measured.redFlags.count, "red flag")) }
        if !measured.warnings.isEmpty { parts.append(Wording.count(measured.warnings.count, "warning sign")) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The reasons of a briefing line: red flags, warning signs, then any index below 60, each linked to its source.
    package static func reasons(_ measured: PartnershipMetrics, linker: SourceLinker, partnershipHref: String)
        -> [Reason]
    {
        var reasons: [(String, String?)] = []
        for flag in measured.redFlags { reasons.append((flag.brief, linker.href(flag.location))) }
        for sign in measured.warnings { reasons.append((sign.brief, linker.href(sign.location))) }
        for (name, family, anchor) in [
            ("alignment", measured.alignment, "#alignment"), ("outcome", measured.outcome, "#outcomes"),
        ] {
            guard let index = family.index, MetricMath.isBelow(index, 60) else { continue }
            let band = Wording.band(PartnershipPageView.indexBand(index))
            reasons.append(("\(name) index \(NumberText.score(index)) (\(band))", partnershipHref + anchor))
        }
        return reasons.enumerated().map { index, reason in
            Reason(text: reason.0, href: reason.1, isLast: index == reasons.count - 1)
        }
    }

    /// A winding-down entry: the decision, the effective date and the days left to it.
    package static func windingDown(_ measured: PartnershipMetrics, href: String) -> WindingDown {
        let exit = measured.exit
        let daysLeft: String
        switch measured.exitDaysLeft {
        case nil: daysLeft = "no effective date set"
        case let days? where days > 0: daysLeft = "\(NumberText.days(days)) left"
        case 0?: daysLeft = "ends today"
        case let days?: daysLeft = "ended \(NumberText.days(-days)) ago: set status: ended"
        }
        return WindingDown(
            title: measured.title, href: href, parties: measured.parties.map(\.name).joined(separator: " × "),
            decided: exit?.decided.description ?? "—", effective: exit?.effective?.description ?? "not set",
            daysLeft: daysLeft, isPastEffective: (measured.exitDaysLeft ?? 0) < 0,
            reason: exit?.reason, signals: signals(measured))
    }

    /// Counts by kind in the order the items come: `1 red flag · 2 warning signs · 3 overdue actions`.
    package static func counts(_ items: [AttentionItem]) -> String {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for item in items {
            let key: String
            switch item.severity {
            case .redFlag: key = "red flag"
            case .warningSign: key = "warning sign"
            case .notice: key = Wording.attentionKind(item.kind)
            }
            if counts[key] == nil { order.append(key) }
            counts[key, default: 0] += 1
        }
        return order.map { Wording.count(counts[$0] ?? 0, $0) }.joined(separator: " · ")
    }
}

import AccordCore

/// How many partnerships are in one tier.
public struct TierCount: Sendable, Hashable {
    /// The tier.
    public var tier: HealthTier
    /// Number of partnerships in it.
    public var count: Int
}

/// Everything measured about a portfolio at a report date.
public struct PortfolioMetrics: Sendable {
    /// The report date.
    public var asOf: Day
    /// Every partnership, in slug order (draft and ended included; see `isListedApart`).
    public var partnerships: [PartnershipMetrics]
    /// Partnerships per tier, every tier listed in `HealthTier.allCases` order (zero counts included).
    public var tierDistribution: [TierCount]
    /// Metrics of their parts.
    package init(asOf: Day, partnerships: [PartnershipMetrics], tierDistribution: [TierCount]) {
        self.asOf = asOf
        self.partnerships = partnerships
        self.tierDistribution = tierDistribution
    }

    /// The "needs attention" items of the portfolio (draft and ended left out), grouped by partnership in the
    /// portfolio order (`PartnershipMetrics.portfolioOrder`), each partnership's items most urgent first. Made
    /// when asked for from the partnerships' own lists, so that the portfolio does not hold them twice.
    public var attention: [AttentionItem] {
        partnerships.filter { !$0.isListedApart }.sorted(by: PartnershipMetrics.portfolioOrder).flatMap(\.attention)
    }

    /// The partnerships that are not draft or ended (exiting ones included), in slug order.
    public var activePartnerships: [PartnershipMetrics] { partnerships.filter { !$0.isListedApart } }
    /// The draft and ended partnerships, listed apart, in slug order.
    public var listedApart: [PartnershipMetrics] { partnerships.filter(\.isListedApart) }

    /// The partnership with a slug.
    public func partnership(_ slug: String) -> PartnershipMetrics? {
        partnerships.first { $0.slug == slug }
    }
}

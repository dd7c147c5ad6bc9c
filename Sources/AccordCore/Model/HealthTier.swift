/// The health tier of a partnership.
public enum HealthTier: String, Sendable, Hashable, CaseIterable, Codable {
    /// Both indices ≥ 80, no red flag and no warning sign.
    case highPerforming = "high-performing"
    /// Both indices ≥ 60 and at most one red flag and warning sign in all.
    case healthy
    /// Otherwise.
    case marginal
    /// An index < 40, two or more red flags, or one red flag and two or more warning signs.
    case atRisk = "at-risk"
    /// An index has no data.
    case unrated
    /// An exit has been decided (v1.2).
    case exiting
    /// Status `draft`.
    case draft
    /// Status `ended`.
    case ended

    /// The tier as shown on pages.
    public var title: String {
        switch self {
        case .highPerforming: "High-performing"
        case .healthy: "Healthy"
        case .marginal: "Marginal"
        case .atRisk: "At risk"
        case .unrated: "Unrated"
        case .exiting: "Exiting"
        case .draft: "Draft"
        case .ended: "Ended"
        }
    }

    /// The portfolio order of v1.2, worst first: at risk, marginal, healthy, high-performing, unrated, exiting,
    /// draft, ended.
    public static let portfolioOrder: [HealthTier] = [
        .atRisk, .marginal, .healthy, .highPerforming, .unrated, .exiting, .draft, .ended,
    ]

    /// The position in `portfolioOrder` (0 is at risk).
    public var portfolioRank: Int { Self.portfolioOrder.firstIndex(of: self) ?? Self.portfolioOrder.count }
}

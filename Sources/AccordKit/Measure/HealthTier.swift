/// The health tier of a partnership.
public enum HealthTier: String, Sendable, Hashable, CaseIterable {
    /// Both indices ≥ 80 and no red flag.
    case highPerforming = "high-performing"
    /// Both indices ≥ 60.
    case healthy
    /// Otherwise.
    case marginal
    /// An index < 40, or two or more red flags.
    case atRisk = "at-risk"
    /// An index has no data.
    case unrated
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
        case .draft: "Draft"
        case .ended: "Ended"
        }
    }
}

/// A partnership health tier as the tier distribution chart shows it, in display order.
public enum ChartTier: String, Sendable, Hashable, CaseIterable {
    /// Both indices ≥ 80 and no red flag.
    case highPerforming = "high-performing"
    /// Both indices ≥ 60.
    case healthy
    /// Neither at risk nor healthy.
    case marginal
    /// An index < 40 or two or more red flags.
    case atRisk = "at-risk"
    /// An index has no data.
    case unrated
    /// Status `draft`.
    case draft
    /// Status `ended`.
    case ended

    /// The label shown on the chart and in tables, e.g. `At risk`.
    public var label: String {
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

    /// The CSS class that sets the tier's colour, e.g. `tier-at-risk`.
    public var cssClass: String { "tier-" + rawValue }

    /// Index of the fill pattern drawn over the tier's segment (0 = solid).
    var patternIndex: Int {
        switch self {
        case .highPerforming: 0
        case .healthy: 1
        case .marginal: 2
        case .atRisk: 4
        case .unrated: 3
        case .draft: 5
        case .ended: 6
        }
    }
}

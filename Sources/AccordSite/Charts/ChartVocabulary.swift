import AccordCore
import AccordMetrics

/// How the charts name and style the metrics' bands, tiers and goal statuses: in words, so colour
/// never carries the meaning alone, and as CSS classes the stylesheet colours.
extension MetricBand {
    /// The band in words (`green`, `no data`).
    public var word: String { self == .noData ? "no data" : rawValue }
    /// The CSS class that colours it (`band-green`).
    public var cssClass: String { "band-" + rawValue }
}

extension HealthTier {
    /// The CSS class that colours it (`tier-at-risk`).
    public var cssClass: String { "tier-" + rawValue }

    /// The fill pattern that tells tiers apart without colour.
    package var patternIndex: Int {
        switch self {
        case .highPerforming: 0
        case .healthy: 1
        case .marginal: 2
        case .atRisk: 4
        case .unrated: 3
        case .exiting: 7
        case .draft: 5
        case .ended: 6
        }
    }
}

extension GoalStatus {
    /// The status in words (`on track`).
    public var word: String {
        switch self {
        case .achieved: "achieved"
        case .onTrack: "on track"
        case .behind: "behind"
        case .noData: "no data"
        case .retired: "retired"
        }
    }
    /// The CSS class that colours it (`status-on-track`).
    public var cssClass: String { "status-" + rawValue }
}

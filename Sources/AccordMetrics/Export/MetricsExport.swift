/// The machine- and human-readable forms of the metrics: `metrics.json`, CSV and the `accord metrics` table.
public enum MetricsExport {
    /// The `metrics.json` schema version; raised only when a key is renamed or removed.
    public static let schemaVersion = 1

    /// The partnerships to export: all, or the one with `slug` (none when no partnership has that slug).
    package static func selected(_ metrics: PortfolioMetrics, slug: String?) -> [PartnershipMetrics] {
        guard let slug else { return metrics.partnerships }
        return metrics.partnerships.filter { $0.slug == slug }
    }
}

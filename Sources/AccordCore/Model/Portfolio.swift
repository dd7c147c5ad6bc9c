/// Everything read from a content folder.
public struct Portfolio: Sendable {
    /// Site settings.
    public var config: SiteConfig
    /// The partnerships, sorted by slug.
    public var partnerships: [Partnership]

    /// A portfolio; partnerships are sorted by slug.
    public init(config: SiteConfig, partnerships: [Partnership]) {
        self.config = config
        self.partnerships = partnerships.sorted { $0.slug < $1.slug }
    }
}

/// Everything found in a content folder, read from disk, before any parsing.
public struct ContentInventory: Sendable {
    /// `accord.yml`, when present.
    public var settings: SourceFile?
    /// One entry per partnership folder, sorted by slug.
    public var partnerships: [PartnershipFiles]
    /// Files of `static/`, copied to the root of the output.
    public var staticFiles: [AssetFile]

    /// An inventory.
    public init(settings: SourceFile? = nil, partnerships: [PartnershipFiles] = [], staticFiles: [AssetFile] = []) {
        self.settings = settings
        self.partnerships = partnerships
        self.staticFiles = staticFiles
    }
}

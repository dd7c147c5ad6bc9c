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

/// The files of one partnership folder.
public struct PartnershipFiles: Sendable {
    /// The folder name.
    public var slug: String
    /// Path of the folder relative to the content folder (`partnerships/SLUG`).
    public var folder: String
    /// `charter.md`.
    public var charter: SourceFile
    /// Meeting notes (`meetings/**/*.md`), sorted by path.
    public var meetings: [SourceFile]
    /// Non-Markdown files beside the charter and the notes, copied next to their pages.
    public var assets: [AssetFile]

    /// The files of a partnership.
    public init(slug: String, folder: String, charter: SourceFile, meetings: [SourceFile], assets: [AssetFile] = []) {
        self.slug = slug
        self.folder = folder
        self.charter = charter
        self.meetings = meetings
        self.assets = assets
    }
}

/// A file copied as it is into the output.
public struct AssetFile: Sendable, Hashable {
    /// Path relative to the content folder (used in diagnostics).
    public var sourcePath: String
    /// Absolute path on disk to copy from.
    public var absolutePath: String
    /// Path relative to the output folder.
    public var outputPath: String

    /// An asset.
    public init(sourcePath: String, absolutePath: String, outputPath: String) {
        self.sourcePath = sourcePath
        self.absolutePath = absolutePath
        self.outputPath = outputPath
    }
}

import AccordCore

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

    /// The fingerprint of what parsing reads: the slug and every Markdown file's path and text (assets are
    /// copied, not parsed).
    public var fingerprint: ContentHash {
        var hash = ContentHash(slug)
        for file in [charter] + meetings {
            hash.combine(file.path)
            hash.combine(file.text)
        }
        return hash
    }
}
